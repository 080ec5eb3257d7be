/**
 * One FTP control session with the adversary's Pure-FTPd server, as Splunk Stream records it:
 * one stream:ftp event per command and its reply (the greeting has no command). Windows ftp.exe
 * uses active mode, so every listing or transfer is preceded by a PORT command.
 */
import { ATTACKER, type Machine } from '../cast';
import type { SampleEvent } from '../event';
import { streamFtp } from '../formats/stream';
import type { Rng } from '../rng';
import type { TransferFile } from './files';

export const SERVER_MAC = '00:0C:29:4F:12:B8';
export const PASSWORD = 'Hild3g@rd!2017';

/** What the client asks, before times and ports are known. */
export type FtpStep =
  | { kind: 'greeting' }
  | { kind: 'login' }
  | { kind: 'binary' }
  | { kind: 'list'; matches: number }
  | { kind: 'get'; file: TransferFile }
  | { kind: 'put'; file: TransferFile; aborted?: boolean }
  | { kind: 'quit' };

export interface FtpSessionPlan {
  machine: Machine;
  start: number;
  /** Pure-FTPd numbers its logged-in users; the greeting says which one this is. */
  userNumber: number;
  steps: FtpStep[];
  /** Spread the steps so that the session ends near this time (uploads of many files). */
  endBy?: number;
}

/** A data connection the server opened back to the client (active mode). */
export interface DataConnection {
  time: number;
  clientPort: number;
  bytes: number;
  ms: number;
  upload: boolean;
}

export interface FtpSession {
  machine: Machine;
  flowId: string;
  srcPort: number;
  start: number;
  end: number;
  bytesUp: number;
  bytesDown: number;
  commands: number;
  events: SampleEvent[];
  data: DataConnection[];
}

/** Transfer speed of the office uplink, bytes per millisecond (about 1.4 MB/s). */
const BYTES_PER_MS = 1_400;

function localClock(ms: number): string {
  // The server's clock (Arizona, UTC-7 all year) reads the same as Pacific daylight time.
  const d = new Date(ms - 7 * 3_600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

function portArgument(ip: string, port: number): string {
  return `${ip.replace(/\./g, ',')},${port >> 8},${port & 255}`;
}

export function ftpSession(rng: Rng, plan: FtpSessionPlan): FtpSession {
  const m = plan.machine;
  const flowId = rng.uuid();
  const srcPort = rng.int(49_200, 49_900);
  let dataPort = rng.int(50_100, 52_000);
  let t = plan.start;
  let bytesUp = 0;
  let bytesDown = 0;
  const events: SampleEvent[] = [];
  const data: DataConnection[] = [];
  const transfers = plan.steps.filter((s) => s.kind === 'put').length;
  const slotMs = plan.endBy && transfers > 0 ? (plan.endBy - plan.start) / (transfers + 1) : 0;

  const emit = (
    method: string | undefined,
    param: string | undefined,
    replyCode: number,
    replyContent: string,
    durationMs: number,
    file?: { name: string; way: 'Upload' | 'Download'; bytes: number; ms: number },
  ) => {
    if (file || method === 'NLST') {
      data.push({
        time: t,
        clientPort: dataPort - 1,
        bytes: file?.bytes ?? 180,
        ms: file?.ms ?? durationMs,
        upload: file?.way === 'Upload',
      });
    }
    const micros = rng.int(0, 999);
    const sent = method ? method.length + (param ? param.length + 1 : 0) + 2 : 0;
    const received = String(replyCode).length + replyContent.length + 3;
    events.push(
      streamFtp({
        time: t,
        micros,
        durationMicros: Math.round(durationMs * 1000) + micros,
        host: m.host,
        srcIp: m.ip,
        srcMac: m.mac,
        srcPort,
        destIp: ATTACKER.ftpIp,
        destMac: SERVER_MAC,
        destPort: 21,
        flowId,
        method,
        methodParameter: param,
        replyCode,
        replyContent,
        filename: file?.name,
        loadway: file?.way,
        bytesIn: sent + (file?.way === 'Upload' ? file.bytes : 0),
        bytesOut: received + (file?.way === 'Download' ? file.bytes : 0),
        transferDurationMicros: file ? Math.round(file.ms * 1000) : undefined,
      }),
    );
    t += Math.round(durationMs) + rng.int(15, 120);
  };

  const port = () => {
    emit('PORT', portArgument(m.ip, dataPort++), 200, 'PORT command successful', rng.int(20, 60));
  };

  for (const step of plan.steps) {
    switch (step.kind) {
      case 'greeting':
        emit(
          undefined,
          undefined,
          220,
          `---------- Welcome to Pure-FTPd [privsep] [TLS] ---------- You are user number ${plan.userNumber} of 50 allowed. Local time is now ${localClock(t)}. Server port: 21. This is a private system - No anonymous login You will be disconnected after 15 minutes of inactivity.`,
          rng.int(40, 90),
        );
        break;
      case 'login':
        emit(
          'USER',
          ATTACKER.account,
          331,
          `User ${ATTACKER.account} OK. Password required`,
          rng.int(30, 70),
        );
        emit('PASS', PASSWORD, 230, 'OK. Current restricted directory is /', rng.int(120, 400));
        break;
      case 'binary':
        emit('TYPE', 'I', 200, 'TYPE is now 8-bit binary', rng.int(20, 60));
        break;
      case 'list':
        port();
        emit('NLST', undefined, 226, `${step.matches} matches total`, rng.int(80, 200));
        break;
      case 'get': {
        port();
        const ms = step.file.bytes / BYTES_PER_MS + rng.int(40, 160);
        emit('RETR', step.file.name, 226, 'File successfully transferred', ms, {
          name: step.file.name,
          way: 'Download',
          bytes: step.file.bytes,
          ms,
        });
        bytesDown += step.file.bytes;
        break;
      }
      case 'put': {
        const slotStart = t;
        port();
        if (step.aborted) {
          emit(
            'STOR',
            step.file.name,
            426,
            'Connection closed; transfer aborted.',
            rng.int(900, 1500),
            {
              name: step.file.name,
              way: 'Upload',
              bytes: 0,
              ms: 0,
            },
          );
          break;
        }
        const ms = Math.min(step.file.bytes / BYTES_PER_MS, slotMs ? slotMs * 0.8 : Infinity);
        emit('STOR', step.file.name, 226, 'File successfully transferred', ms + rng.int(30, 90), {
          name: step.file.name,
          way: 'Upload',
          bytes: step.file.bytes,
          ms,
        });
        bytesUp += step.file.bytes;
        // Between files the client lists and opens the next one; fill the slot so that the
        // batch takes as long as the scenario says.
        if (slotMs) t = Math.max(t, Math.round(slotStart + slotMs * (0.85 + rng.next() * 0.3)));
        break;
      }
      case 'quit':
        emit(
          'QUIT',
          undefined,
          221,
          `Goodbye. You uploaded ${Math.round(bytesUp / 1024)} and downloaded ${Math.round(bytesDown / 1024)} kbytes.`,
          rng.int(20, 50),
        );
        break;
    }
  }
  return {
    machine: m,
    flowId,
    srcPort,
    start: plan.start,
    end: t,
    bytesUp,
    bytesDown,
    commands: events.length,
    events,
    data,
  };
}

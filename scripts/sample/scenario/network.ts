/**
 * The story as the network logs it: the six FTP sessions (stream:ftp), their flows (suricata),
 * the firewall's sessions (pan:traffic: allowed from the workstations, blocked from venus and
 * mercury) and its two threat logs (pan:threat).
 */
import { ATTACKER, BTUN, FIREWALL, KLAGERF, MARS, MERCURY, VENUS, type Machine } from '../cast';
import type { SampleEvent } from '../event';
import { panThreat, panTraffic } from '../formats/pan';
import { streamDns } from '../formats/stream';
import { suricataEvent } from '../formats/suricata';
import type { Rng } from '../rng';
import { documentNames, PASSWORD_DB, TOOLS, TOPSECRET, type TransferFile } from './files';
import { ftpSession, type FtpSession, type FtpStep } from './ftp-session';
import { AT } from './timeline';

export const BATCH1_COUNT = 213;
export const BATCH2_COUNT = 496;
export const BATCH2_REPEATS = 150;

function documents(rng: Rng): { batch1: TransferFile[]; batch2: TransferFile[] } {
  const names = documentNames(rng, BATCH1_COUNT + BATCH2_COUNT - BATCH2_REPEATS);
  const files = names.map((name) => ({ name, bytes: rng.int(40_000, 1_600_000) }));
  const batch1 = files.slice(0, BATCH1_COUNT);
  const fresh = files.slice(BATCH1_COUNT);
  // The second folder holds copies of some of the first folder's documents.
  const repeats = [...batch1];
  for (let i = repeats.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [repeats[i], repeats[j]] = [repeats[j], repeats[i]];
  }
  const batch2 = [...fresh, ...repeats.slice(0, BATCH2_REPEATS)];
  // mput sends a folder's files in the order the directory lists them: by name.
  const byName = (a: TransferFile, b: TransferFile) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  return { batch1: batch1.sort(byName), batch2: batch2.sort(byName) };
}

const upload = (files: TransferFile[]): FtpStep[] => [
  { kind: 'greeting' },
  { kind: 'login' },
  { kind: 'binary' },
  ...files.map((file): FtpStep => ({ kind: 'put', file })),
  { kind: 'quit' },
];

const download: FtpStep[] = [
  { kind: 'greeting' },
  { kind: 'login' },
  { kind: 'binary' },
  { kind: 'list', matches: TOOLS.length },
  ...TOOLS.map((file): FtpStep => ({ kind: 'get', file })),
  { kind: 'quit' },
];

export function networkStory(rng: Rng): SampleEvent[] {
  const { batch1, batch2 } = documents(rng.fork('documents'));
  const sessions = [
    ftpSession(rng, {
      machine: BTUN,
      start: AT.btunDownload + 1_000,
      userNumber: 1,
      steps: download,
    }),
    ftpSession(rng, {
      machine: KLAGERF,
      start: AT.klagerfDownload + 1_000,
      userNumber: 1,
      steps: download,
    }),
    ftpSession(rng, {
      machine: KLAGERF,
      start: AT.klagerfUpload,
      userNumber: 1,
      steps: upload([PASSWORD_DB]),
    }),
    ftpSession(rng, {
      machine: BTUN,
      start: AT.btunBatch1,
      userNumber: 1,
      steps: upload(batch1),
      endBy: AT.btunBatch1End,
    }),
    ftpSession(rng, {
      machine: BTUN,
      start: AT.btunBatch2,
      userNumber: 2,
      steps: upload(batch2),
      endBy: AT.btunBatch2End,
    }),
    ftpSession(rng, {
      machine: BTUN,
      start: AT.btunOpen,
      userNumber: 1,
      steps: [
        { kind: 'greeting' },
        { kind: 'login' },
        { kind: 'binary' },
        { kind: 'put', file: TOPSECRET, aborted: true },
        { kind: 'quit' },
      ],
    }),
  ];

  const events: SampleEvent[] = [];
  for (const s of sessions) {
    events.push(...s.events, ...flows(rng, s), allowedSession(rng, s));
  }
  events.push(blockedAttempt(rng, VENUS, AT.venusDownload + 420));
  events.push(blockedAttempt(rng, MERCURY, AT.mercuryDownload + 385));
  events.push(domainLookup(rng, BTUN, AT.btunOpen - 160));

  const alerted = sessions[3].events.find((e) => e.fields.filename === batch1[97].name);
  const blocked = sessions[5].events.find((e) => e.fields.filename === TOPSECRET.name);
  if (!alerted || !blocked) throw new Error('scenario: threat log targets not found');
  events.push(threat(rng, alerted.time + 400, batch1[97].name, 'alert', 'low'));
  events.push(threat(rng, blocked.time + 350, TOPSECRET.name, 'deny', 'high'));
  return events;
}

/** Suricata's flow records: the control connection, and each data connection the server opened. */
function flows(rng: Rng, s: FtpSession): SampleEvent[] {
  const m = s.machine;
  const out: SampleEvent[] = [
    suricataEvent({
      time: s.end + rng.int(30_000, 60_000),
      micros: rng.int(0, 999),
      flowId: rng.int(1e14, 2 ** 52),
      srcIp: m.ip,
      srcPort: s.srcPort,
      destIp: ATTACKER.ftpIp,
      destPort: 21,
      proto: 'TCP',
      eventType: 'flow',
      appProto: 'ftp',
      pktsToServer: s.commands + 4,
      pktsToClient: s.commands + 6,
      bytesToServer: s.commands * 70,
      bytesToClient: s.commands * 110,
      start: s.start,
      ageSec: Math.max(1, Math.round((s.end - s.start) / 1000)),
    }),
  ];
  for (const d of s.data) {
    const packets = Math.max(2, Math.ceil(d.bytes / 1448));
    out.push(
      suricataEvent({
        time: d.time + Math.round(d.ms) + rng.int(30_000, 60_000),
        micros: rng.int(0, 999),
        flowId: rng.int(1e14, 2 ** 52),
        srcIp: ATTACKER.ftpIp,
        srcPort: 20,
        destIp: m.ip,
        destPort: d.clientPort,
        proto: 'TCP',
        eventType: 'flow',
        pktsToServer: d.upload ? Math.ceil(packets / 2) : packets,
        pktsToClient: d.upload ? packets : Math.ceil(packets / 2),
        bytesToServer: d.upload ? 60 * packets : d.bytes + 60 * packets,
        bytesToClient: d.upload ? d.bytes + 60 * packets : 60 * packets,
        start: d.time,
        ageSec: Math.max(0, Math.round(d.ms / 1000)),
      }),
    );
  }
  return out;
}

function allowedSession(rng: Rng, s: FtpSession): SampleEvent {
  const m = s.machine;
  return panTraffic({
    time: s.end + rng.int(200, 900),
    srcIp: m.ip,
    destIp: ATTACKER.ftpIp,
    natSrcIp: FIREWALL.externalIp,
    srcPort: s.srcPort,
    destPort: 21,
    natSrcPort: rng.int(1_024, 65_000),
    rule: 'Allow outbound',
    user: `frothly\\${m.owner}`,
    app: 'ftp',
    srcZone: 'Trust',
    destZone: 'Untrust',
    protocol: 'tcp',
    vendorAction: 'allow',
    bytesSent: s.commands * 70 + s.bytesUp,
    bytesReceived: s.commands * 110 + s.bytesDown,
    packetsSent: s.commands + 4,
    packetsReceived: s.commands + 6,
    elapsedSec: Math.max(1, Math.round((s.end - s.start) / 1000)),
    category: 'any',
    destLocation: 'United States',
    endReason: 'tcp-fin',
  });
}

function blockedAttempt(rng: Rng, m: Machine, time: number): SampleEvent {
  return panTraffic({
    time,
    srcIp: m.ip,
    destIp: ATTACKER.ftpIp,
    natSrcIp: '0.0.0.0',
    srcPort: rng.int(49_200, 49_900),
    destPort: 21,
    natSrcPort: 0,
    rule: 'block outbound FTP',
    user: '',
    app: 'ftp',
    srcZone: 'Servers',
    destZone: 'Untrust',
    protocol: 'tcp',
    vendorAction: 'reset-both',
    bytesSent: 198,
    bytesReceived: 0,
    packetsSent: 3,
    packetsReceived: 0,
    elapsedSec: 0,
    category: 'any',
    destLocation: 'United States',
    endReason: 'policy-deny',
  });
}

function threat(
  rng: Rng,
  time: number,
  fileName: string,
  vendorAction: 'alert' | 'deny',
  severity: 'low' | 'high',
): SampleEvent {
  return panThreat({
    time,
    srcIp: FIREWALL.externalIp,
    destIp: ATTACKER.ftpIp,
    srcPort: rng.int(50_100, 52_000),
    destPort: 21,
    rule: 'Allow outbound',
    user: `frothly\\${BTUN.owner}`,
    app: 'ftp',
    subtype: 'data',
    vendorAction,
    fileName,
    threatName: 'Frothly Confidential',
    threatId: 60_001,
    category: 'any',
    severity,
    fileType: 'pdf',
  });
}

function domainLookup(rng: Rng, m: Machine, time: number): SampleEvent {
  return streamDns({
    time,
    micros: rng.int(0, 999),
    host: m.host,
    flowId: rng.uuid(),
    srcIp: m.ip,
    srcMac: m.mac,
    srcPort: rng.int(50_000, 65_000),
    destIp: MARS.ip,
    destMac: MARS.mac,
    destPort: 53,
    query: ATTACKER.domain,
    queryType: 'A',
    answers: [ATTACKER.ftpIp],
    ttl: 600,
    transactionId: rng.int(1, 65_535),
    responseMicros: rng.int(20_000, 90_000),
  });
}

/**
 * Starting a Windows process, as the logs see it: a Sysmon event 1 where Sysmon runs and a
 * Security 4688 where process auditing is on. The story and the background both start
 * processes through here, so the two logs always agree with each other.
 */
import { DOMAIN, sidOf, type Machine } from './cast';
import type { SampleEvent } from './event';
import { sysmonProcessStart } from './formats/sysmon';
import type { WindowsAccount } from './formats/windows-common';
import { hexId, systemAccount } from './formats/windows-common';
import { processCreated } from './formats/wineventlog';
import type { Rng } from './rng';
import { MONTH_START } from './time';

export interface RunningProcess {
  guid: string;
  pid: number;
  image: string;
  commandLine: string;
}

export const SYSTEM_USER = 'NT AUTHORITY\\SYSTEM';

/** The interactive logon of a machine's usual user (or of a service account). */
export function userAccount(
  machine: Machine,
  name = machine.owner,
  rid = machine.rid,
): WindowsAccount {
  // A stable logon id per machine and account, as one logon session would have.
  const h = hash(machine.host + name);
  return {
    name,
    domain: DOMAIN,
    sid: rid === machine.rid ? sidOf(machine) : sidOf({ ...machine, rid }),
    logonId: hexId(0x20000 + (h % 0x7ffff))
      .toUpperCase()
      .replace('0X', '0x'),
  };
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/**
 * Sysmon's ProcessGuid: a part fixed per machine, the process's start time in epoch seconds (low
 * 16 bits, then high), and a counter; so GUIDs of one machine and day look alike, as they do.
 */
export function processGuid(rng: Rng, machine: Machine, time: number): string {
  const machinePart = hash(machine.host).toString(16).padStart(8, '0');
  const seconds = Math.floor(time / 1000)
    .toString(16)
    .padStart(8, '0');
  const counter = rng.hex(8);
  return `{${machinePart}-${seconds.slice(4)}-${seconds.slice(0, 4)}-0000-0010${counter}}`.toUpperCase();
}

/** A process that was already running when the month began (explorer, services, ...). */
export function existingProcess(
  rng: Rng,
  machine: Machine,
  image: string,
  commandLine = image,
): RunningProcess {
  const boot = MONTH_START - rng.int(1, 20) * 86_400_000 + rng.int(0, 86_399_999);
  return { guid: processGuid(rng, machine, boot), pid: rng.int(100, 2000) * 4, image, commandLine };
}

/** A SHA1-shaped digest that depends only on the image path: the same binary, the same hash. */
export function sha1Of(image: string): string {
  let out = '';
  let h = 0x12345678;
  for (let round = 0; out.length < 40; round++) {
    for (const c of image.toLowerCase() + round) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
    out += (h >>> 0).toString(16).toUpperCase().padStart(8, '0');
  }
  return out.slice(0, 40);
}

export interface Launch {
  time: number;
  machine: Machine;
  /** Who runs it; SYSTEM for services. */
  account: WindowsAccount | 'system';
  image: string;
  commandLine: string;
  currentDirectory: string;
  parent: RunningProcess;
  elevated?: boolean;
  /** For 4688 only: the account the new process runs as, when it differs from its creator's. */
  target?: WindowsAccount;
  /** Override what the machine logs, for the rare event one log missed. */
  logs?: { sysmon?: boolean; audit?: boolean };
}

export function launch(rng: Rng, l: Launch): { process: RunningProcess; events: SampleEvent[] } {
  const process: RunningProcess = {
    guid: processGuid(rng, l.machine, l.time),
    pid: rng.int(200, 4000) * 4,
    image: l.image,
    commandLine: l.commandLine,
  };
  const system = l.account === 'system';
  const account = l.account === 'system' ? systemAccount(l.machine) : l.account;
  const events: SampleEvent[] = [];
  if (l.logs?.sysmon ?? l.machine.sysmon) {
    events.push(
      sysmonProcessStart({
        time: l.time,
        machine: l.machine,
        user: system ? SYSTEM_USER : `${account.domain}\\${account.name}`,
        logonId: account.logonId.toLowerCase(),
        integrity: system ? 'System' : l.elevated ? 'High' : 'Medium',
        processGuid: process.guid,
        processId: process.pid,
        image: l.image,
        commandLine: l.commandLine,
        currentDirectory: l.currentDirectory,
        sha1: sha1Of(l.image),
        parentGuid: l.parent.guid,
        parentProcessId: l.parent.pid,
        parentImage: l.parent.image,
        parentCommandLine: l.parent.commandLine,
        sysmonPid: 1980,
        sysmonTid: rng.int(500, 4000) * 4,
      }),
    );
  }
  if (l.logs?.audit ?? l.machine.processAudit) {
    events.push(
      processCreated({
        time: l.time + rng.int(0, 3),
        machine: l.machine,
        creator: account,
        target: l.target,
        newProcessId: process.pid,
        newProcessName: l.image,
        creatorProcessId: l.parent.pid,
        creatorProcessName: l.parent.image,
        commandLine: l.commandLine,
        elevation: system ? '%%1936' : l.elevated ? '%%1937' : '%%1938',
        label: system ? 'System' : l.elevated ? 'High' : 'Medium',
      }),
    );
  }
  return { process, events };
}

/**
 * Ordinary endpoint activity: programs starting on workstations and servers (Sysmon and 4688),
 * logons and logoffs, and the IT administrator's PowerShell.
 */
import { KLAGERF, MARS, SATURN, SERVERS, VENUS, WORKSTATIONS, type Machine } from '../cast';
import type { SampleEvent } from '../event';
import { scriptBlockLogged } from '../formats/powershell';
import { systemAccount, type WindowsAccount } from '../formats/windows-common';
import { accountLoggedOff, accountLoggedOn } from '../formats/wineventlog-logon';
import { existingProcess, launch, userAccount, type RunningProcess } from '../processes';
import type { Rng } from '../rng';
import { occurrences, weekdayMornings } from './rhythm';
import {
  ADMIN_PROGRAMS,
  DESKTOP_PROGRAMS,
  PARENTS,
  SERVER_PROGRAMS,
  type Program,
} from './software';

const weights = (programs: readonly Program[]) => programs.map((p) => [p, p.weight] as const);

function startPrograms(
  rng: Rng,
  m: Machine,
  perHour: number,
  profile: 'office' | 'server',
  programs: readonly Program[],
): SampleEvent[] {
  const parents = new Map<string, RunningProcess>();
  const parentOf = (key: keyof typeof PARENTS) => {
    let p = parents.get(key);
    if (!p) parents.set(key, (p = existingProcess(rng, m, PARENTS[key])));
    return p;
  };
  const user = userAccount(m);
  const events: SampleEvent[] = [];
  const table = weights(programs);
  for (const time of occurrences(rng, perHour, profile)) {
    const program = rng.weighted(table);
    events.push(
      ...launch(rng, {
        time,
        machine: m,
        account: program.system ? 'system' : user,
        image: program.image,
        commandLine: program.commandLine(m, rng),
        currentDirectory: program.cwd(m),
        parent: parentOf(program.parent),
      }).events,
    );
  }
  return events;
}

/** Morning logon, screen unlocks through the day, and file-share logons on the servers. */
function logons(rng: Rng, m: Machine): SampleEvent[] {
  const events: SampleEvent[] = [];
  const user = userAccount(m);
  const system = systemAccount(m);
  const local = {
    subject: system,
    account: user,
    processName: 'C:\\Windows\\System32\\svchost.exe',
    processId: 0x3a4,
    workstationName: m.host.toUpperCase(),
    sourceAddress: '127.0.0.1',
    sourcePort: 0,
    logonProcess: 'User32 ',
    authPackage: 'Negotiate',
    machine: m,
  };
  for (const morning of weekdayMornings(rng, 7.3, 9.4)) {
    events.push(
      accountLoggedOn({
        ...local,
        time: morning,
        logonType: rng.chance(0.8) ? 2 : 11,
        logonGuid: rng.guid(),
      }),
    );
    // Unlocks after breaks and meetings.
    for (let i = rng.int(2, 5); i > 0; i--) {
      const t = morning + rng.int(1, 9) * 3_600_000 + rng.int(0, 3_599_999);
      events.push(accountLoggedOn({ ...local, time: t, logonType: 7, logonGuid: rng.guid() }));
    }
    // The file server and the mail server see network logons from this workstation.
    for (let i = rng.int(2, 6); i > 0; i--) {
      const server = rng.chance(0.6) ? VENUS : SATURN;
      const t = morning + rng.int(0, 9 * 3_600_000);
      events.push(networkLogon(rng, server, m, user, t));
      events.push(
        accountLoggedOff(
          t + rng.int(5_000, 600_000),
          server,
          { ...user, logonId: '0x' + rng.hex(6).toUpperCase() },
          3,
        ),
      );
    }
    events.push(accountLoggedOff(morning + rng.int(8, 10) * 3_600_000, m, user, 2));
  }
  return events;
}

const NULL_SUBJECT: WindowsAccount = { name: '-', domain: '-', sid: 'S-1-0-0', logonId: '0x0' };

function networkLogon(
  rng: Rng,
  server: Machine,
  from: Machine,
  user: WindowsAccount,
  time: number,
): SampleEvent {
  return accountLoggedOn({
    time,
    machine: server,
    subject: NULL_SUBJECT,
    account: { ...user, logonId: '0x' + rng.hex(6).toUpperCase() },
    logonType: 3,
    logonGuid: rng.guid(),
    processId: 0,
    processName: '-',
    workstationName: '-',
    sourceAddress: from.ip,
    sourcePort: rng.int(49_200, 65_000),
    logonProcess: 'Kerberos',
    authPackage: 'Kerberos',
  });
}

const ADMIN_SCRIPTS = [
  "Get-Service -ComputerName venus | Where-Object { $_.Status -eq 'Stopped' }",
  'Get-ADUser -Filter * -Properties LastLogonDate | Sort-Object LastLogonDate | Select-Object -First 20',
  'Get-WmiObject -Class Win32_LogicalDisk -ComputerName saturn | Select-Object DeviceID, FreeSpace, Size',
  'Test-Connection -ComputerName mars -Count 2',
  'Get-EventLog -LogName System -EntryType Error -Newest 50 -ComputerName venus',
  'Get-ADComputer -Filter * | Select-Object Name, Enabled',
  'Restart-Service -Name Spooler -Force',
  'Get-SmbShare -CimSession venus',
];

function adminScripts(rng: Rng): SampleEvent[] {
  const events: SampleEvent[] = [];
  const sid = userAccount(KLAGERF).sid;
  const pid = rng.int(300, 2500) * 4;
  for (const time of occurrences(rng, 0.45, 'office')) {
    events.push(
      scriptBlockLogged({
        time,
        machine: KLAGERF,
        userSid: sid,
        text: rng.pick(ADMIN_SCRIPTS),
        scriptBlockId: rng.guid().toLowerCase(),
        activityId: rng.guid(),
        suspicious: false,
        processId: pid,
        threadId: rng.int(500, 3000) * 4,
      }),
    );
  }
  // Saturn's nightly mailbox report.
  for (let day = 0; day < 31; day++) {
    const time = Date.UTC(2017, 7, day + 1, 9, 30, rng.int(0, 59), rng.int(0, 999));
    events.push(
      scriptBlockLogged({
        time,
        machine: SATURN,
        userSid: 'S-1-5-18',
        text: 'Get-MailboxDatabase -Status | Select-Object Name, DatabaseSize, AvailableNewMailboxSpace',
        scriptBlockId: rng.guid().toLowerCase(),
        activityId: rng.guid(),
        suspicious: false,
        processId: rng.int(300, 2500) * 4,
        threadId: rng.int(500, 3000) * 4,
      }),
    );
  }
  return events;
}

export function endpointNoise(rng: Rng): SampleEvent[] {
  const events: SampleEvent[] = [];
  for (const m of WORKSTATIONS) {
    const r = rng.fork(m.host);
    events.push(...startPrograms(r, m, 1.1, 'office', DESKTOP_PROGRAMS));
    if (m === KLAGERF) events.push(...startPrograms(r, m, 0.5, 'office', ADMIN_PROGRAMS));
    events.push(...logons(r, m));
  }
  for (const m of SERVERS) {
    const r = rng.fork(`server:${m.host}`);
    events.push(...startPrograms(r, m, m === MARS ? 0.9 : 0.6, 'server', SERVER_PROGRAMS));
  }
  events.push(...adminScripts(rng.fork('admin')));
  return events;
}

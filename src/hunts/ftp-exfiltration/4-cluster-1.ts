import type { HuntStep } from '../types';
import { AUG_23_EVENING } from './ranges';

/** The workshop's side-by-side search, verbatim: it must run in Splunk as it runs here. */
const SIDE_BY_SIDE = `index=botsv2 sourcetype=stream:ftp src=10.0.2.107 dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST
| table _time src filename method method_parameter
| sort + _time
| appendcols
    [search index=botsv2 sourcetype=stream:ftp src=10.0.2.109 dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST
    | table _time src filename method method_parameter
    | sort + _time
    | eval time=_time
    | fieldformat time=strftime(time,"%B %H:%M:%S")
    | foreach *
        [eval <<FIELD>>_s=<<FIELD>>]]
| eval time_s=strftime(time_s,"%H:%M:%S")
| table _time src filename method method_parameter time_s src_s filename_s method_s method_parameter_s`;

export const cluster1Steps: HuntStep[] = [
  {
    id: 'cluster-1-overview',
    kind: 'cluster-1',
    title: 'Cluster 1: a first look',
    narrative: `Stay zoomed on the evening of Aug 23 and open the \`stream:ftp\` events. Before
reading single events, let the fields summarise them: how many sessions (\`flow_id\`), which
port, which files, which replies.`,
    timeRange: AUG_23_EVENING,
    trainerNotes: `About 7 minutes. Use the field list: have the room read out \`dest_port\`,
\`flow_id\` and \`filename\` before revealing the notes.
- Ask *uploaded or downloaded?* Many say uploaded because we hunt exfiltration; \`RETR\` is a
  download: tools coming in (T1105).
- Pitfall: \`loadway\` is told from the client's side.`,
    searches: [
      {
        id: 'cluster1-events',
        title: 'The FTP events of Aug 23',
        spl: 'index=botsv2 sourcetype=stream:ftp dest=160.153.91.7',
        view: 'events',
        notice: `In the field list: \`dest_port\` has one value, 21; \`flow_id\` two;
\`reply_content\` shows two welcome banners, successful logins, "Transfer complete" and goodbyes;
\`filename\` has seven values.`,
      },
      {
        id: 'cluster1-summary',
        title: 'Sessions, ports and files',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7
| stats dc(flow_id) as sessions values(dest_port) as dest_port dc(filename) as files count`,
        view: 'statistics',
        notice: 'Two sessions on the standard port, seven distinct files.',
      },
      {
        id: 'cluster1-direction',
        title: 'Which way did the files go?',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7 filename=*
| stats count by method loadway`,
        view: 'statistics',
        notice: '`RETR` and `Download`: the files came from the server to the workstations.',
      },
    ],
    questions: [
      {
        id: 'cluster1-port',
        kind: 'number',
        prompt: 'Which destination port do the sessions use?',
        answer: 21,
        hints: ['`dest_port` in the summary.'],
        explanation: `21, the standard FTP port. Adversaries stay on standard ports to blend in
with legitimate traffic and to get through firewalls that allow the protocol.`,
        derive: { search: 'cluster1-summary', rule: { field: 'dest_port' } },
      },
      {
        id: 'cluster1-sessions',
        kind: 'number',
        prompt: 'How many FTP sessions are there on Aug 23?',
        answer: 2,
        hints: ['Each session has its own `flow_id`.'],
        explanation: 'Two sessions, one per workstation.',
        derive: { search: 'cluster1-summary', rule: { field: 'sessions' } },
      },
      {
        id: 'cluster1-distinct-files',
        kind: 'number',
        prompt: 'How many distinct files are transferred?',
        answer: 7,
        hints: ['`files` in the summary, or the values of `filename`.'],
        explanation: 'Seven files, each of them twice: once per workstation.',
        derive: { search: 'cluster1-summary', rule: { field: 'files' } },
      },
      {
        id: 'cluster1-direction-command',
        kind: 'value',
        prompt: 'Which FTP command moves the files?',
        answer: 'RETR',
        hints: ['The `method` of the events that have a `filename`.'],
        explanation: '`RETR` (retrieve) copies a file from the server to the client.',
        derive: { search: 'cluster1-direction', rule: { field: 'method' } },
      },
      {
        id: 'cluster1-direction-way',
        kind: 'choice',
        prompt: 'So were these files uploaded or downloaded by the workstations?',
        options: [
          { id: 'download', label: 'Downloaded: from the server to the workstations' },
          { id: 'upload', label: 'Uploaded: from the workstations to the server' },
        ],
        answer: 'download',
        hints: ['`loadway` says it directly.'],
        explanation: `Downloaded. Not exfiltration yet: the adversary is bringing tools in,
ATT&CK T1105 (Ingress Tool Transfer, formerly "Remote File Copy").`,
        derive: { search: 'cluster1-direction', rule: { field: 'loadway' } },
      },
    ],
  },
  {
    id: 'cluster-1-conversation',
    kind: 'cluster-1',
    title: 'Cluster 1: read the conversation',
    narrative: `Read the sessions as a conversation: a table sorted by time. The data channel
chatter (\`PORT\`, \`TYPE\`, \`NLST\`) hides the interesting commands, so drop it with
\`method!=PORT method!=TYPE method!=NLST\`. Note that \`!=\` also drops the events that have no
\`method\` (the server's unsolicited banner): \`NOT method=PORT\` would keep them.`,
    timeRange: AUG_23_EVENING,
    trainerNotes: `About 5 minutes. The \`!=\` versus \`NOT\` point is worth a live demo: change
the search to \`NOT method=PORT\` and show the server's banner come back.
- Pitfall: the session start times only match the answers in Pacific time; check the zone.`,
    searches: [
      {
        id: 'cluster1-conversation',
        title: 'The conversation, in order',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7
| eval time=strftime(_time, "%H:%M:%S")
| table _time time src flow_id method method_parameter reply_code reply_content filename
| sort 0 + _time`,
        view: 'table',
        notice: `Each session: welcome banner, \`USER\`, \`PASS\`, then file by file, then
\`QUIT\`. wrk-btun starts at 20:36:14, wrk-klagerf at 20:59:56.`,
      },
      {
        id: 'cluster1-commands',
        title: 'Only the commands, one session per column group',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST
| table _time src method method_parameter filename reply_content
| sort 0 + _time`,
        view: 'side-by-side',
        split: { field: 'src' },
        notice: 'The two columns are the same, command for command.',
      },
    ],
    questions: [
      {
        id: 'cluster1-btun-start',
        kind: 'value',
        prompt: "At what time (HH:MM:SS) does wrk-btun's session start?",
        answer: '20:36:14',
        accept: ['8:36:14 pm', '20:36'],
        hints: ['The first row of the conversation.'],
        explanation: '20:36:14 Pacific time, Aug 23.',
        derive: { search: 'cluster1-conversation', rule: { field: 'time' } },
      },
      {
        id: 'cluster1-klagerf-start',
        kind: 'value',
        prompt: "And wrk-klagerf's?",
        answer: '20:59:56',
        accept: ['8:59:56 pm', '20:59'],
        hints: ['The first row from 10.0.2.109.'],
        explanation: `20:59:56: about 24 minutes later, the same script on another machine. Keep
both times: endpoint logs at those moments will show what started the sessions.`,
        derive: {
          search: 'cluster1-conversation',
          rule: { field: 'time', where: { field: 'src', equals: '10.0.2.109' } },
        },
      },
    ],
  },
  {
    id: 'cluster-1-side-by-side',
    kind: 'cluster-1',
    title: 'Cluster 1: side by side',
    narrative: `A second way to compare: put each session's commands in its own group of
columns, row by row. \`appendcols\` glues a subsearch's rows to the main rows by position; inside
the subsearch, \`foreach *\` copies every field to a name ending in \`_s\`, so the second session's
columns do not overwrite the first's. \`fieldformat\` only changes how \`time\` is shown, so the
outer \`eval\` still gets the epoch number to format.`,
    timeRange: AUG_23_EVENING,
    trainerNotes: `About 6 minutes. This is the workshop's own search, verbatim; keep the
\`appendcols\`/\`foreach\`/\`fieldformat\` explanation to two minutes unless the room asks.
- Ask: *what does identical tell us about the adversary?* A playbook run by script, not a person
  typing.`,
    searches: [
      {
        id: 'cluster1-appendcols',
        title: 'wrk-btun and wrk-klagerf, row by row',
        spl: SIDE_BY_SIDE,
        view: 'side-by-side',
        split: { suffix: '_s' },
        notice: 'Every row matches: the same commands and the same files, in the same order.',
      },
    ],
    questions: [
      {
        id: 'cluster1-same-actions',
        kind: 'choice',
        prompt: 'Did the two workstations do the same thing?',
        options: [
          { id: 'same', label: 'Yes: the same commands and files, in the same order' },
          { id: 'similar', label: 'Mostly, but with different files' },
          { id: 'different', label: 'No' },
        ],
        answer: 'same',
        hints: ['Compare `method` with `method_s` and `filename` with `filename_s`.'],
        explanation: 'Exactly the same sequence: one script, run on two systems.',
      },
    ],
  },
  {
    id: 'cluster-1-files',
    kind: 'cluster-1',
    title: 'Cluster 1: the seven files',
    narrative: `Now the files themselves. The names alone say a lot about the adversary's plan
(and, sometimes, about the adversary).`,
    timeRange: AUG_23_EVENING,
    trainerNotes: `About 6 minutes. Ask the room to sort the seven files: tools (nc, psexec, wget64),
a runtime (the Python installer), a script (dns.py), a disguised ftp script (winsys64.dll) and a
document (the .hwp).
- The .hwp name is Korean ("I love David"). Hold attribution back: artefacts can be planted.
  It returns in the Diamond model.`,
    searches: [
      {
        id: 'cluster1-files',
        title: 'Files, and who fetched them',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7 filename=*
| stats count values(src) as src by filename`,
        view: 'statistics',
        notice: 'Seven files, each fetched by both workstations.',
      },
      {
        id: 'cluster1-file-transfers',
        title: 'How often each file was fetched',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7 filename=*
| stats count by filename
| stats values(count) as transfers`,
        view: 'statistics',
        notice: 'One value only: every file was fetched the same number of times.',
      },
    ],
    questions: [
      {
        id: 'cluster1-file-names',
        kind: 'set',
        prompt: 'Which files were downloaded?',
        answer: [
          'nc.exe',
          'psexec.exe',
          'wget64.exe',
          'winsys64.dll',
          'python-2.7.6.amd64.msi',
          'dns.py',
          '나는_데이비드를_사랑한다.hwp',
        ],
        hints: ['The `filename` column.', 'Seven names, one of them not in Latin letters.'],
        explanation: `Netcat (\`nc.exe\`), PsExec and wget: tools for connections, remote
execution and downloads. \`winsys64.dll\`: another FTP script in disguise. Python's installer and
a Python script, \`dns.py\`. And a Hangul word processor document with a Korean name.`,
        derive: { search: 'cluster1-files', rule: { valuesOf: 'filename' } },
      },
      {
        id: 'cluster1-file-transfers-each',
        kind: 'number',
        prompt: 'How many times was each file transferred?',
        answer: 2,
        hints: ['Two workstations…'],
        explanation: 'Twice each: once to each workstation.',
        derive: { search: 'cluster1-file-transfers', rule: { field: 'transfers' } },
      },
      {
        id: 'cluster1-korean-document',
        kind: 'value',
        prompt: 'Which file is a document of the Korean word processor Hangul?',
        answer: '나는_데이비드를_사랑한다.hwp',
        accept: ['.hwp', 'hwp'],
        hints: ['Hangul documents end in `.hwp`.'],
        explanation: `\`.hwp\` is the Hangul (Hancom) word processor's format, common in Korea,
rare elsewhere. An artefact like this hints at the adversary's language; weigh it as a hint, not
as attribution.`,
      },
      {
        id: 'cluster1-python-script',
        kind: 'value',
        prompt: 'Which file is a Python script?',
        answer: 'dns.py',
        hints: ['Python scripts end in `.py`.'],
        explanation: `\`dns.py\`, downloaded together with the Python installer: the adversary
brings their own runtime. We will find where it ran in the loose ends.`,
      },
    ],
  },
];

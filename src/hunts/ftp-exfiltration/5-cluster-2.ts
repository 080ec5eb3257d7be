import type { HuntStep } from '../types';
import { AUG_25_EVENING } from './ranges';

export const cluster2Steps: HuntStep[] = [
  {
    id: 'cluster-2-transmissions',
    kind: 'cluster-2',
    title: 'Cluster 2: four transmissions',
    narrative: `Back to the hourly chart, and zoom to the evening of Aug 25, about two hours.
This time look for \`STOR\`: the command that sends a file *to* the server. Group the uploads by
session to see how many transmissions there were, when, from where, and how large.`,
    timeRange: AUG_25_EVENING,
    trainerNotes: `About 6 minutes. Zoom to the evening of Aug 25 (about two hours) and ask
the room to count the groups before revealing.
- \`STOR\` is an upload: from here the exfiltration half of the hypothesis gets its evidence.`,
    searches: [
      {
        id: 'cluster2-timechart',
        title: 'Uploads per minute, by source',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7 method=STOR
| timechart span=1m count by src`,
        view: 'timechart',
        notice: 'Four groups: a single file, a long run, a longer run, and a single file.',
      },
      {
        id: 'cluster2-sessions',
        title: 'Uploads per session',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7 method=STOR
| stats count as files min(_time) as first max(_time) as last by flow_id src
| sort first
| eval minutes=round((last-first)/60), first=strftime(first, "%H:%M:%S"), last=strftime(last, "%H:%M:%S")
| table first last minutes src files flow_id`,
        view: 'statistics',
        notice: `~22:28 one file from wrk-klagerf; 22:42–22:52 and 23:13–23:36 two long runs
from wrk-btun; ~23:45 one last file from wrk-btun.`,
      },
    ],
    questions: [
      {
        id: 'cluster2-transmission-count',
        kind: 'number',
        prompt: 'How many upload sessions are there on the evening of Aug 25?',
        answer: 4,
        hints: ['One row per `flow_id`.'],
        explanation: 'Four transmissions: one from wrk-klagerf, three from wrk-btun.',
        derive: { search: 'cluster2-sessions', rule: { rowCount: true } },
      },
      {
        id: 'cluster2-second-batch',
        kind: 'number',
        prompt: 'How many files does the second transmission (about 22:42–22:52) upload?',
        answer: 213,
        hints: ['The second row, column `files`.'],
        explanation: '213 PDF files in ten minutes.',
        derive: { search: 'cluster2-sessions', rule: { field: 'files', row: 1 } },
      },
      {
        id: 'cluster2-third-batch',
        kind: 'number',
        prompt: 'And the third (about 23:13–23:36)?',
        answer: 496,
        hints: ['The third row.'],
        explanation: '496 files in 23 minutes. Are they all new? We check below.',
        derive: { search: 'cluster2-sessions', rule: { field: 'files', row: 2 } },
      },
    ],
  },
  {
    id: 'cluster-2-password-database',
    kind: 'cluster-2',
    title: 'Cluster 2: the first upload',
    narrative: `The first transmission is a single file from the administrator's workstation.
One file, but which one?`,
    timeRange: AUG_25_EVENING,
    trainerNotes: `About 4 minutes. Ask *what is a .kdbx, and why take it first?* A KeePass
database holds the keys to everything else, and it left from the IT administrator's machine.
- Discussion: how would you notice a password database leaving your network?`,
    searches: [
      {
        id: 'cluster2-klagerf-upload',
        title: "wrk-klagerf's upload",
        spl: `index=botsv2 sourcetype=stream:ftp src=10.0.2.109 method=STOR
| table _time src method filename reply_content`,
        view: 'table',
        notice: '`frothly_passwords.kdbx`, and the server confirms the transfer.',
      },
    ],
    questions: [
      {
        id: 'cluster2-password-file',
        kind: 'value',
        prompt: 'Which file did wrk-klagerf upload?',
        answer: 'frothly_passwords.kdbx',
        hints: ['The `filename` column.'],
        explanation: `\`frothly_passwords.kdbx\`, a KeePass password database, from an IT
administrator's machine. Its master password may have been captured too: every password in it
must be treated as compromised.`,
        derive: { search: 'cluster2-klagerf-upload', rule: { field: 'filename' } },
      },
      {
        id: 'cluster2-password-file-kind',
        kind: 'choice',
        prompt: 'What kind of file is a `.kdbx`?',
        options: [
          { id: 'keepass', label: 'A KeePass password database' },
          { id: 'kerberos', label: 'A Kerberos key table' },
          { id: 'database', label: 'A Microsoft Access database' },
        ],
        answer: 'keepass',
        hints: ['Think of password managers.'],
        explanation: '`.kdbx` is the KeePass 2 database format.',
      },
    ],
  },
  {
    id: 'cluster-2-pdfs',
    kind: 'cluster-2',
    title: 'Cluster 2: the PDFs',
    narrative: `The two long runs from Billy Tun's workstation, wrk-btun, upload PDF files. Count
every PDF upload from 10.0.2.107, then find the files that were sent more than once.`,
    timeRange: AUG_25_EVENING,
    trainerNotes: `About 5 minutes. 213 + 496 + 1 = 710 upload events; 150 PDFs went twice. Ask why
an adversary re-sends files (a restarted script without state: sloppy automation).
- Pitfall: distinct file names and upload events are different counts; say which one you mean.`,
    searches: [
      {
        id: 'cluster2-pdf-uploads',
        title: 'PDF uploads from 10.0.2.107',
        spl: `index=botsv2 sourcetype=stream:ftp src=10.0.2.107 loadway=Upload filename=*.pdf
| stats count`,
        view: 'statistics',
        notice: '213 + 496 + 1 upload events.',
      },
      {
        id: 'cluster2-repeated-pdfs',
        title: 'PDFs sent more than once',
        spl: `index=botsv2 sourcetype=stream:ftp src=10.0.2.107 method=STOR filename=*.pdf
| stats count by filename
| where count > 1`,
        view: 'statistics',
        notice: `150 files went out twice: the third run re-sent part of what the second had
already sent.`,
      },
    ],
    questions: [
      {
        id: 'cluster2-pdf-upload-count',
        kind: 'number',
        prompt: 'How many PDF upload events come from 10.0.2.107?',
        answer: 710,
        hints: ['Add the three transmissions from wrk-btun.'],
        explanation: '213 + 496 + 1 = 710.',
        derive: { search: 'cluster2-pdf-uploads', rule: { field: 'count' } },
      },
      {
        id: 'cluster2-repeated-count',
        kind: 'number',
        prompt: 'How many PDFs were uploaded twice?',
        answer: 150,
        hints: ['Count the rows of the second search.'],
        explanation: `150 of the 496 in the third run had gone out in the second. A script that
re-sends files, perhaps after an interruption; either way, the number of *distinct* files lost
is 213 + 496 − 150 + 1.`,
        derive: { search: 'cluster2-repeated-pdfs', rule: { rowCount: true } },
      },
    ],
  },
  {
    id: 'cluster-2-blocked-upload',
    kind: 'cluster-2',
    title: 'Cluster 2: the last upload',
    narrative: `The fourth transmission is one file, around 23:45. Read the end of the session,
and compare it with what the firewall's threat log says about the same file.`,
    timeRange: AUG_25_EVENING,
    trainerNotes: `About 5 minutes. Read the last reply aloud: *uploaded 0 kbytes*. Then the
threat log. Ask: *did the defences work?* Partly: one file stopped, 700-odd PDFs gone.
- Good moment for the limits of data-loss signatures.`,
    searches: [
      {
        id: 'cluster2-last-session',
        title: 'The last FTP events',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7
| head 5
| rex field=reply_content "uploaded (?<kbytes_up>\\d+) and downloaded"
| table _time src method filename reply_content kbytes_up`,
        view: 'table',
        notice: `\`topsecretyeast.pdf\`: "Connection closed; transfer aborted", then "Goodbye.
You uploaded 0 and downloaded 0 kbytes".`,
      },
      {
        id: 'cluster2-threat',
        title: 'The threat log on that file',
        spl: `index=botsv2 sourcetype=pan:threat file_name=topsecretyeast.pdf
| table _time src dest file_name threat_name severity action`,
        view: 'table',
        notice: "The firewall's threat prevention matched the file and blocked it.",
      },
    ],
    questions: [
      {
        id: 'cluster2-last-file',
        kind: 'value',
        prompt: 'Which file does the last session try to upload?',
        answer: 'topsecretyeast.pdf',
        hints: ['The row with `method=STOR`.'],
        explanation: '`topsecretyeast.pdf`, by its name the most sensitive file of all.',
        derive: {
          search: 'cluster2-last-session',
          rule: { field: 'filename', where: { field: 'method', equals: 'STOR' } },
        },
      },
      {
        id: 'cluster2-last-kbytes',
        kind: 'number',
        prompt: 'How many kbytes does the server say it received in that session?',
        answer: 0,
        hints: ['The goodbye message counts them.'],
        explanation: 'Zero: the upload failed.',
        derive: { search: 'cluster2-last-session', rule: { field: 'kbytes_up' } },
      },
      {
        id: 'cluster2-firewall-action',
        kind: 'value',
        prompt: 'What did the firewall do with it?',
        answer: 'blocked',
        accept: ['block', 'deny', 'denied', 'dropped', 'drop'],
        hints: ['The `action` column of the threat event.'],
        explanation: `Blocked. Threat prevention matched Frothly's confidential-data signature.
The earlier PDF it saw was only alerted on, so do not assume the control caught everything.`,
        derive: { search: 'cluster2-threat', rule: { field: 'action' } },
      },
    ],
  },
  {
    id: 'cluster-2-stacking',
    kind: 'cluster-2',
    title: 'Cluster 2: stack the file names',
    narrative: `Stacking (counting by a value and looking at the extremes) is the hunter's
everyday tool. Count the uploads of Aug 25 by file name.`,
    timeRange: AUG_25_EVENING,
    trainerNotes: `About 4 minutes. Stacking: count by a value and read both ends. Ask what hides
in the long tail of 1s: the password database.`,
    searches: [
      {
        id: 'cluster2-stack',
        title: 'Uploads by file name',
        spl: `index=botsv2 sourcetype=stream:ftp loadway=Upload
| stats count by filename
| sort - count`,
        view: 'statistics',
        notice: `The 150 repeated PDFs at the top with 2; everything else, the password
database and topsecretyeast.pdf included, with 1.`,
      },
    ],
    questions: [
      {
        id: 'cluster2-password-file-uploads',
        kind: 'number',
        prompt: 'How many times was `frothly_passwords.kdbx` uploaded?',
        answer: 1,
        hints: ['Find its row.'],
        explanation: `Once. Stacking shows what is repeated; a file that appears once can matter
more than anything at the top.`,
        derive: {
          search: 'cluster2-stack',
          rule: { field: 'count', where: { field: 'filename', equals: 'frothly_passwords.kdbx' } },
        },
      },
      {
        id: 'cluster2-most-uploads',
        kind: 'number',
        prompt: 'What is the highest number of uploads of any one file?',
        answer: 2,
        hints: ['The first row.'],
        explanation: 'Two: the 150 re-sent PDFs.',
        derive: { search: 'cluster2-stack', rule: { field: 'count' } },
      },
    ],
  },
];

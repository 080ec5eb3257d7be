import type { HuntStep } from '../types';

export const transactionsSteps: HuntStep[] = [
  {
    id: 'transactions-account',
    kind: 'transactions',
    title: 'The FTP account',
    narrative: `Which account does the adversary use on their server? The server says it in its
replies: after \`USER\`, it answers "User … OK. Password required". Search the replies with
wildcards, over the whole month.`,
    trainerNotes: `About 4 minutes. Leading wildcards are slow on a real Splunk; mention it, and
that \`method_parameter\` is the precise field. The account is an infrastructure indicator.`,
    searches: [
      {
        id: 'account-replies',
        title: 'Replies naming the account',
        spl: `index=botsv2 sourcetype=stream:ftp reply_content="User * OK. Password required"
| table _time src flow_id method method_parameter reply_content`,
        view: 'table',
        notice: 'One account, every time: `admin@hildegardsfarm.com`.',
      },
    ],
    questions: [
      {
        id: 'ftp-account',
        kind: 'value',
        prompt: 'Which account logs in to the FTP server?',
        answer: 'admin@hildegardsfarm.com',
        hints: ['`method_parameter` of the `USER` command.'],
        explanation: `\`admin@hildegardsfarm.com\`: the same domain as the \`open\` command we saw
on the endpoint. An indicator in its own right.`,
        derive: { search: 'account-replies', rule: { field: 'method_parameter' } },
      },
    ],
  },
  {
    id: 'transactions-sessions',
    kind: 'transactions',
    title: 'Every session, as a transaction',
    narrative: `Now search on the account itself, \`method_parameter=admin@hildegardsfarm.com\`,
and count the sessions (\`flow_id\`) by day and by workstation. \`transaction flow_id\` gathers each
session's events into one result with its duration and event count.`,
    trainerNotes: `About 6 minutes. Show \`transaction\`'s duration and event count. Ask:
*four sessions from Billy, two from Kevin: who is the insider?* Likely neither: these are
compromised hosts, not guilty people. Steer the room away from blaming users.`,
    searches: [
      {
        id: 'sessions-by-day',
        title: 'Logins per day',
        spl: `index=botsv2 sourcetype=stream:ftp method_parameter=admin@hildegardsfarm.com
| eval day=strftime(_time, "%b %d")
| stats dc(flow_id) as sessions by day`,
        view: 'statistics',
        notice: 'Two sessions on Aug 23, four on Aug 25.',
      },
      {
        id: 'sessions-by-host',
        title: 'Logins per workstation',
        spl: `index=botsv2 sourcetype=stream:ftp method_parameter=admin@hildegardsfarm.com
| stats dc(flow_id) as sessions by src
| lookup assets.csv ip AS src OUTPUT nt_host owner_name
| sort - sessions`,
        view: 'statistics',
        notice: 'Four from wrk-btun (Billy), two from wrk-klagerf (Kevin).',
      },
      {
        id: 'sessions-transactions',
        title: 'The sessions as transactions',
        spl: `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7
| transaction flow_id
| eval start=strftime(_time, "%b %d %H:%M:%S")
| table start src duration eventcount
| sort start`,
        view: 'table',
        notice: `Six sessions. The two of Aug 23 are short and identical; the long ones of Aug
25 are the PDF runs.`,
      },
    ],
    questions: [
      {
        id: 'sessions-aug-23',
        kind: 'number',
        prompt: 'How many sessions log in on Aug 23?',
        answer: 2,
        hints: ['The first search.'],
        explanation: 'Two: the tool download on both workstations.',
        derive: {
          search: 'sessions-by-day',
          rule: { field: 'sessions', where: { field: 'day', equals: 'Aug 23' } },
        },
      },
      {
        id: 'sessions-aug-25',
        kind: 'number',
        prompt: 'And on Aug 25?',
        answer: 4,
        hints: ['The other row.'],
        explanation: 'Four: the four transmissions.',
        derive: {
          search: 'sessions-by-day',
          rule: { field: 'sessions', where: { field: 'day', equals: 'Aug 25' } },
        },
      },
      {
        id: 'sessions-btun',
        kind: 'number',
        prompt: 'How many sessions come from wrk-btun?',
        answer: 4,
        hints: ['Look up `nt_host`.'],
        explanation: `Four from Billy's workstation (one download, three uploads) and two from
Kevin's (one download, one upload).`,
        derive: {
          search: 'sessions-by-host',
          rule: { field: 'sessions', where: { field: 'nt_host', equals: 'wrk-btun' } },
        },
      },
      {
        id: 'sessions-total',
        kind: 'number',
        prompt: 'How many FTP sessions to 160.153.91.7 are there in all?',
        answer: 6,
        hints: ['One transaction per `flow_id`.'],
        explanation: 'Six sessions, all of them logged in as the same account.',
        derive: { search: 'sessions-transactions', rule: { rowCount: true } },
      },
    ],
  },
];

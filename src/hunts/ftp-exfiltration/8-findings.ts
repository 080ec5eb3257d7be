import type { HuntFindings, HuntStep } from '../types';

export const findingsSteps: HuntStep[] = [
  {
    id: 'findings',
    kind: 'findings',
    title: 'Findings',
    narrative: `**Time to judge.** The steps so far showed FTP sessions on Aug 23 and Aug 25, the
commands sent in them, what started them on the workstations, and what the firewall let through.
Decide first whether that confirms the hypothesis: the first question below asks, and its
answer sums up the case.

The findings panel below gathers the verdict and its reasons, what was learned (each linked to
the step and search that shows it), the Diamond model, the indicators and what to operationalise.
Change any of it to match your own judgement, pin the results and events that show it, and
export the report.`,
    trainerNotes: `About 10 minutes. Let the room state the verdict before revealing it, then walk the
Diamond model one corner at a time, asking the room for each.
- Rank the indicators: the IP is the weakest, the domain and the account are stronger; the best
  alarm is behaviour (ftp.exe with a \`.dll\` argument).
- Close with: *what would you put in place on Monday?* Collect two or three answers.`,
    searches: [
      {
        id: 'indicator-sweep',
        title: 'Where the network indicators appear',
        spl: `index=botsv2 (160.153.91.7 OR hildegardsfarm.com)
| stats count by sourcetype
| sort - count`,
        view: 'statistics',
        notice: `The indicators in every source that can see them: a ready-made starting point
for a detection.`,
      },
    ],
    questions: [
      {
        id: 'findings-confirmed',
        kind: 'choice',
        prompt: 'Is the hypothesis confirmed?',
        options: [
          { id: 'confirmed', label: 'Yes: data left Frothly over FTP' },
          { id: 'partly', label: 'Only tools came in; nothing left' },
          { id: 'refuted', label: 'No: the FTP traffic is benign' },
        ],
        answer: 'confirmed',
        hints: ['Recall the `STOR` commands of Aug 25.'],
        explanation: `Confirmed. FTP was used twice: to bring tools in from 160.153.91.7 (Aug 23)
and to take data out to it (Aug 25: a password database and hundreds of PDFs). It was scripted
(\`ftp -s:\` with scripts named like DLLs), launched by PowerShell Empire, and not entirely
successful: the firewall blocked \`topsecretyeast.pdf\` and the servers' FTP. There were several
tries, including a manual \`open hildegardsfarm.com\`.`,
      },
      {
        id: 'findings-network-indicators',
        kind: 'set',
        prompt: 'List the network indicators of the adversary’s infrastructure.',
        answer: ['160.153.91.7', 'hildegardsfarm.com', 'admin@hildegardsfarm.com'],
        hints: ['An address, a domain and an account.'],
        explanation: `The address, the domain and the FTP account. The domain and the account are
the more durable ones: an address changes with a new server.`,
      },
      {
        id: 'findings-best-alert',
        kind: 'choice',
        prompt:
          'Which detection would have caught this intrusion earliest, with fewest false alarms?',
        options: [
          { id: 'odd-args', label: 'ftp.exe started with a script whose name ends in .dll' },
          { id: 'one-pdf', label: 'Any PDF leaving the network' },
          { id: 'ip', label: 'Connections to 160.153.91.7' },
        ],
        answer: 'odd-args',
        hints: ['Which one does not depend on knowing the adversary in advance?'],
        explanation: `The odd-arguments rule fires on Aug 23, before anything left, and legitimate
use never looks like it. A single PDF leaving is common; the address is known only afterwards.`,
      },
    ],
  },
];

const SEVEN_FILES = [
  'nc.exe',
  'psexec.exe',
  'wget64.exe',
  'winsys64.dll',
  'python-2.7.6.amd64.msi',
  'dns.py',
  '나는_데이비드를_사랑한다.hwp',
];

/** The findings step's conclusions as data, each pointing at the step and search that show it. */
export const ftpFindings: HuntFindings = {
  verdict: 'confirmed',
  reasons: [
    'FTP brought tools in on Aug 23 and took data out on Aug 25, on three systems.',
    'It was scripted: `ftp -s:` with scripts named like DLLs, launched by PowerShell Empire.',
    'It was not entirely successful: the firewall blocked `topsecretyeast.pdf`, and there were several tries, including a manual `open hildegardsfarm.com`.',
  ],
  learned: [
    {
      text: 'wrk-btun and wrk-klagerf talked to 160.153.91.7 in several sourcetypes.',
      links: [
        { stepId: 'data-network-sensors', searchId: 'sensor-flows' },
        { stepId: 'findings', searchId: 'indicator-sweep' },
      ],
    },
    {
      text: 'mercury and venus show up on the network only in `pan:traffic`, blocked.',
      links: [{ stepId: 'data-firewall', searchId: 'firewall-to-attacker' }],
    },
    {
      text: 'The same seven files went to both workstations on Aug 23.',
      links: [
        { stepId: 'cluster-1-side-by-side', searchId: 'cluster1-appendcols' },
        { stepId: 'cluster-1-files', searchId: 'cluster1-files' },
      ],
    },
    {
      text: 'On Aug 25 Frothly’s password database and hundreds of PDFs left.',
      links: [
        { stepId: 'cluster-2-password-database', searchId: 'cluster2-klagerf-upload' },
        { stepId: 'cluster-2-pdfs', searchId: 'cluster2-pdf-uploads' },
      ],
    },
    {
      text: 'The destination’s domain is hildegardsfarm.com; the account admin@hildegardsfarm.com.',
      links: [
        { stepId: 'data-command-lines', searchId: 'sysmon-ftp-open' },
        { stepId: 'transactions-account', searchId: 'account-replies' },
      ],
    },
  ],
  diamond: {
    adversary:
      'Korean-language artefacts (the `.hwp` document, Korean fonts, Hancom ThinkFree Office): hints, not attribution.',
    capability: 'PowerShell Empire; FTP scripts disguised as DLLs; nc, PsExec, wget; Python.',
    infrastructure: '160.153.91.7, hildegardsfarm.com, admin@hildegardsfarm.com.',
    victim: 'Frothly: wrk-btun, wrk-klagerf, venus, mercury; the password database and the PDFs.',
  },
  operationalise: [
    { id: 'block', text: 'Block the address (easy, and easily evaded) and the domain.' },
    { id: 'baseline', text: 'Baseline internal-to-external traffic.' },
    { id: 'data-out', text: 'Watch for data that should not be on the network or leave it.' },
    {
      id: 'ftp-policy',
      text: 'If the business does not use FTP, alert on it; otherwise allow it only for named users and systems.',
    },
    {
      id: 'file-groups',
      text: 'Watch for groups of sensitive files leaving: one file alone gives false positives.',
    },
    {
      id: 'odd-args',
      text: 'Alert on programs with odd arguments, such as ftp.exe with a `.dll`.',
    },
  ],
  indicators: [
    { value: '160.153.91.7', seen: { stepId: 'data-firewall', searchId: 'firewall-to-attacker' } },
    {
      value: 'hildegardsfarm.com',
      seen: { stepId: 'data-command-lines', searchId: 'sysmon-ftp-open' },
    },
    {
      value: 'admin@hildegardsfarm.com',
      seen: { stepId: 'transactions-account', searchId: 'account-replies' },
    },
    ...['winsys32.dll', 'winsys64.dll', 'singlefile.dll'].map((value) => ({
      value,
      seen: { stepId: 'loose-ends-script-names', searchId: 'script-names-sourcetypes' },
    })),
    ...SEVEN_FILES.filter((f) => f !== 'winsys64.dll').map((value) => ({
      value,
      seen: { stepId: 'cluster-1-files', searchId: 'cluster1-files' },
    })),
  ],
};

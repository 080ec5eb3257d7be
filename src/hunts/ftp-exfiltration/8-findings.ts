import type { HuntStep } from '../types';

export const findingsSteps: HuntStep[] = [
  {
    id: 'findings',
    kind: 'findings',
    title: 'Findings',
    narrative: `**The hypothesis is confirmed.** FTP was used twice: to bring tools in (Aug 23)
and to take data out (Aug 25). It was scripted (\`ftp -s:\` with scripts named like DLLs),
launched by PowerShell Empire, and not entirely successful: the firewall blocked
\`topsecretyeast.pdf\` and the servers' FTP. There were several tries, including a manual
\`open hildegardsfarm.com\`.

**What we learned**
- wrk-btun and wrk-klagerf talked to 160.153.91.7 in several sourcetypes; mercury and venus show
  up on the network only in \`pan:traffic\`, blocked.
- The same seven files went to both workstations on Aug 23.
- On Aug 25 Frothly's password database and hundreds of PDFs left.
- The destination's domain is hildegardsfarm.com; the account admin@hildegardsfarm.com.

**Diamond model**
- *Adversary*: Korean-language artefacts (the \`.hwp\` document, Korean fonts, Hancom ThinkFree
  Office); hints, not attribution.
- *Capability*: PowerShell Empire; FTP scripts disguised as DLLs; nc, PsExec, wget; Python.
- *Infrastructure*: 160.153.91.7, hildegardsfarm.com, admin@hildegardsfarm.com.
- *Victim*: Frothly: wrk-btun, wrk-klagerf, venus, mercury; the password database and the PDFs.

**What to operationalise**
- Block the address (easy, and easily evaded) and the domain.
- Baseline internal-to-external traffic, and watch for data that should not leave.
- If the business does not use FTP, alert on it; otherwise allow it only for named users and
  systems.
- Watch for *groups* of sensitive files leaving: one file alone gives false positives.
- Alert on programs with odd arguments, such as ftp.exe with a \`.dll\`.

**Indicators**: 160.153.91.7, hildegardsfarm.com, admin@hildegardsfarm.com, winsys32.dll,
winsys64.dll, singlefile.dll, and the seven downloaded file names.`,
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
        explanation: `Confirmed: a password database and hundreds of PDFs were uploaded to
160.153.91.7, after tools had been downloaded from it.`,
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

import type { HuntStep } from '../types';

export const hypothesisSteps: HuntStep[] = [
  {
    id: 'hypothesis',
    kind: 'hypothesis',
    title: 'The hypothesis',
    narrative: `An adversary who has a foothold rarely sends stolen data back over the channel they
use to control their implants: it is slow, it is watched, and losing it would cost them the
foothold. A separate, ordinary-looking protocol is the easier road out. FTP is a classic choice:
it is built into every Windows system, it moves files in bulk, and many networks still let it out.

**Hypothesis:** *an adversary has used FTP to move data out of Frothly's network.*

That is MITRE ATT&CK **T1048, Exfiltration Over Alternative Protocol**. A hypothesis is only
useful if the data can confirm or refute it, so before searching, turn it into questions:

- Which data sources (sourcetypes) mention FTP at all?
- Which systems talk to which destinations, and how?
- Can we see the FTP commands themselves?
- Which account logs in to the FTP server?
- When does it happen?
- Do files move, and in which direction: uploaded or downloaded?

Keep these in view. Every step that follows answers one of them.`,
    trainerNotes: `About 5 minutes. Read the hypothesis aloud, then ask the room: *what in the data would
confirm it, and what would refute it?* Collect a few answers before showing the list of questions.
- Ask why an adversary would not simply send the data over their C2 channel (slow, watched,
  risks the foothold).
- Pitfall: T1048 is confused with T1041 (out through C2) and T1105 (tools coming *in*); T1105
  comes back in cluster 1, so park it.`,
    searches: [],
    questions: [
      {
        id: 'hypothesis-technique',
        kind: 'choice',
        prompt: 'Which ATT&CK technique does this hypothesis test?',
        options: [
          { id: 'T1048', label: 'T1048 Exfiltration Over Alternative Protocol' },
          { id: 'T1041', label: 'T1041 Exfiltration Over C2 Channel' },
          { id: 'T1105', label: 'T1105 Ingress Tool Transfer' },
          { id: 'T1567', label: 'T1567 Exfiltration Over Web Service' },
        ],
        answer: 'T1048',
        hints: ['The data leaves over a protocol that is *not* the command-and-control channel.'],
        explanation: `T1048 covers stealing data over a protocol other than the C2 channel: FTP,
SMTP, DNS and the like. T1041 is the opposite case (out through the C2 channel itself), and T1105
is about bringing tools *in*, which we will also meet in this hunt.`,
      },
    ],
  },
];

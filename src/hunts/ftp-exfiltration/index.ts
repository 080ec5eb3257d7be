import type { Hunt } from '../types';
import { hypothesisSteps } from './1-hypothesis';
import { dataSteps } from './2-data';
import { timeSeriesSteps } from './3-time-series';
import { cluster1Steps } from './4-cluster-1';
import { cluster2Steps } from './5-cluster-2';
import { transactionsSteps } from './6-transactions';
import { looseEndsSteps } from './7-loose-ends';
import { findingsSteps, ftpFindings } from './8-findings';
import { AUGUST_2017 } from './ranges';

export const ftpExfiltrationHunt: Hunt = {
  id: 'ftp-exfiltration',
  title: 'Data exfiltration over FTP',
  summary: `Did an adversary move Frothly's data out over FTP? Follow the protocol from the
firewall and the network sensors to the processes on the endpoints, in the BOTS v2 data of
August 2017.`,
  techniques: [
    { id: 'T1048', name: 'Exfiltration Over Alternative Protocol' },
    { id: 'T1105', name: 'Ingress Tool Transfer' },
    { id: 'T1059.001', name: 'Command and Scripting Interpreter: PowerShell' },
  ],
  sourcetypes: [
    'stream:ftp',
    'suricata',
    'pan:traffic',
    'pan:threat',
    'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
    'wineventlog',
    'XmlWinEventLog:Microsoft-Windows-PowerShell/Operational',
  ],
  lookups: [
    {
      name: 'assets.csv',
      description: 'Frothly’s assets and identities: address and host to owner, role, priority.',
    },
  ],
  timeZone: { id: 'America/Los_Angeles', label: 'Pacific Time' },
  timeRange: AUGUST_2017,
  steps: [
    ...hypothesisSteps,
    ...dataSteps,
    ...timeSeriesSteps,
    ...cluster1Steps,
    ...cluster2Steps,
    ...transactionsSteps,
    ...looseEndsSteps,
    ...findingsSteps,
  ],
  findings: ftpFindings,
};

/**
 * The asset and identity lookup shipped beside the export, shaped like an enterprise security
 * asset table: one row per address, with the owner's identity, role, category and priority.
 * The adversary's infrastructure is not in it: it is not Frothly's.
 */
import { FIREWALL, IDS_HOST, WINDOWS_MACHINES, DNS_SUFFIX } from './cast';
import { csvCell } from './csv';

const COLUMNS = [
  'ip',
  'mac',
  'nt_host',
  'dns',
  'owner',
  'owner_name',
  'owner_email',
  'role',
  'category',
  'priority',
  'bunit',
];

export function assetsCsv(): string {
  const rows: string[][] = WINDOWS_MACHINES.map((m) => [
    m.ip,
    m.mac,
    m.host,
    `${m.host}.${DNS_SUFFIX}`,
    m.owner,
    m.ownerName,
    m.owner.includes('.') ? `${m.owner}@froth.ly` : '',
    m.role,
    m.category,
    m.priority,
    m.bunit,
  ]);
  const it = ['kevin.lagerfield', 'Kevin Lagerfield', 'kevin.lagerfield@froth.ly'];
  rows.push(
    [
      FIREWALL.insideIp,
      '',
      FIREWALL.host,
      `${FIREWALL.host}.${DNS_SUFFIX}`,
      ...it,
      'firewall (inside interface)',
      'network',
      'critical',
      'it',
    ],
    [
      FIREWALL.externalIp,
      '',
      FIREWALL.host,
      '',
      ...it,
      'firewall (external interface, outbound NAT address)',
      'network',
      'critical',
      'it',
    ],
    [
      '10.0.0.5',
      '',
      IDS_HOST,
      `${IDS_HOST}.${DNS_SUFFIX}`,
      ...it,
      'network sensor (Suricata)',
      'network',
      'medium',
      'it',
    ],
  );
  rows.sort((a, b) => compareIp(a[0], b[0]));
  return [COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

function compareIp(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

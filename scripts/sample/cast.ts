/**
 * Frothly's network in August 2017: who sits where. The first four machines, the firewall and the
 * adversary are the scenario's cast (see the spec); the rest is the background the hunt's signals
 * have to be found in.
 */
export const DOMAIN = 'FROTHLY';
export const DNS_SUFFIX = 'frothly.local';

export interface Machine {
  host: string;
  ip: string;
  mac: string;
  /** Domain account of the usual user, without the domain; servers name their admin. */
  owner: string;
  ownerName: string;
  role: string;
  category: 'workstation' | 'server' | 'network';
  priority: 'low' | 'medium' | 'high' | 'critical';
  bunit: string;
  /** Which logs the machine sends. */
  sysmon: boolean;
  /** Windows Security process-creation auditing (4688) with command lines. */
  processAudit: boolean;
  /** Relative SID of the owner's account (S-1-5-21-<domain>-<rid>). */
  rid: number;
}

const ws = (
  host: string,
  octet: number,
  owner: string,
  ownerName: string,
  role: string,
  bunit: string,
  rid: number,
  priority: Machine['priority'] = 'medium',
): Machine => ({
  host,
  ip: `10.0.2.${octet}`,
  mac: `00:50:56:A3:${octet.toString(16).toUpperCase().padStart(2, '0')}:${(rid % 256).toString(16).toUpperCase().padStart(2, '0')}`,
  owner,
  ownerName,
  role,
  category: 'workstation',
  priority,
  bunit,
  sysmon: true,
  processAudit: true,
  rid,
});

export const BTUN = ws(
  'wrk-btun',
  107,
  'billy.tun',
  'Billy Tun',
  'user workstation',
  'sales',
  1104,
);
export const KLAGERF = ws(
  'wrk-klagerf',
  109,
  'kevin.lagerfield',
  'Kevin Lagerfield',
  'IT administrator workstation',
  'it',
  1106,
  'high',
);

export const MERCURY: Machine = {
  host: 'mercury',
  ip: '10.0.1.100',
  mac: '00:50:56:A3:64:01',
  owner: 'service3',
  ownerName: 'R&D service account',
  role: 'R&D server (Windows)',
  category: 'server',
  priority: 'high',
  bunit: 'research',
  sysmon: false,
  processAudit: true,
  rid: 1133,
};

export const VENUS: Machine = {
  host: 'venus',
  ip: '10.0.1.101',
  mac: '00:50:56:A3:65:02',
  owner: 'kevin.lagerfield',
  ownerName: 'Kevin Lagerfield',
  role: 'IT file server',
  category: 'server',
  priority: 'high',
  bunit: 'it',
  sysmon: true,
  processAudit: false,
  rid: 1106,
};

const server = (
  host: string,
  octet: number,
  role: string,
  priority: Machine['priority'],
): Machine => ({
  host,
  ip: `10.0.1.${octet}`,
  mac: `00:50:56:A3:01:${octet.toString(16).toUpperCase().padStart(2, '0')}`,
  owner: 'kevin.lagerfield',
  ownerName: 'Kevin Lagerfield',
  role,
  category: 'server',
  priority,
  bunit: 'it',
  sysmon: true,
  processAudit: true,
  rid: 1106,
});

export const MARS = server('mars', 10, 'domain controller and DNS server', 'critical');
export const JUPITER = server('jupiter', 20, 'intranet web server', 'medium');
export const SATURN = server('saturn', 25, 'mail server', 'high');

export const WORKSTATIONS: readonly Machine[] = [
  ws(
    'wrk-aturing',
    101,
    'amber.turing',
    'Amber Turing',
    'user workstation',
    'executive',
    1101,
    'high',
  ),
  ws(
    'wrk-fmaltes',
    102,
    'fyodor.malteskesko',
    'Fyodor Malteskesko',
    'user workstation',
    'brewing',
    1102,
  ),
  ws('wrk-ghoppy', 103, 'grace.hoppy', 'Grace Hoppy', 'user workstation', 'brewing', 1103),
  ws(
    'wrk-mkraeus',
    104,
    'mallory.kraeusen',
    'Mallory Kraeusen',
    'user workstation',
    'finance',
    1105,
  ),
  ws('wrk-bstoll', 105, 'bud.stoll', 'Bud Stoll', 'user workstation', 'sales', 1107),
  ws('wrk-wkoch', 106, 'wilma.koch', 'Wilma Koch', 'user workstation', 'logistics', 1108),
  BTUN,
  ws('wrk-amarcus', 108, 'anna.marcus', 'Anna Marcus', 'user workstation', 'marketing', 1109),
  KLAGERF,
  ws('wrk-jfrost', 110, 'jonas.frost', 'Jonas Frost', 'user workstation', 'brewing', 1110),
  ws('wrk-hpils', 111, 'hanna.pils', 'Hanna Pils', 'user workstation', 'quality', 1111),
  ws('wrk-sdunkel', 112, 'sam.dunkel', 'Sam Dunkel', 'user workstation', 'logistics', 1112),
  ws('wrk-rweiss', 113, 'rita.weiss', 'Rita Weiss', 'user workstation', 'finance', 1113),
  ws('wrk-tbock', 114, 'tom.bock', 'Tom Bock', 'user workstation', 'research', 1114),
  ws('wrk-lhops', 115, 'lena.hops', 'Lena Hops', 'user workstation', 'marketing', 1115),
];

export const SERVERS: readonly Machine[] = [MARS, JUPITER, SATURN, MERCURY, VENUS];
export const WINDOWS_MACHINES: readonly Machine[] = [...WORKSTATIONS, ...SERVERS];

/** The Palo Alto firewall: one host name, an inside and an outside address. */
export const FIREWALL = {
  host: 'gw-01',
  insideIp: '10.0.0.1',
  externalIp: '71.39.18.125',
  serial: '001801010877',
} as const;

/** The Suricata sensor on the span port. */
export const IDS_HOST = 'ids-01';

/** The adversary's infrastructure (never in the asset lookup: it is not Frothly's). */
export const ATTACKER = {
  ftpIp: '160.153.91.7',
  domain: 'hildegardsfarm.com',
  account: 'admin@hildegardsfarm.com',
  /** PowerShell Empire listener the encoded launchers call back to. */
  c2Ip: '45.77.65.211',
} as const;

export const DOMAIN_SID = 'S-1-5-21-1652542931-2119592227-2364019087';

export function sidOf(machine: Machine): string {
  return `${DOMAIN_SID}-${machine.rid}`;
}

export function fqdn(machine: Machine): string {
  return `${machine.host}.${DNS_SUFFIX}`;
}

export function byIp(ip: string): Machine | undefined {
  return WINDOWS_MACHINES.find((m) => m.ip === ip);
}

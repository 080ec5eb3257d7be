// Palo Alto Networks firewall traffic logs (PAN-OS CSV syslog).
import { HOSTS, PAN_HOSTS } from './frothly.mjs';
import { panTime } from './times.mjs';

/** @typedef {import('./splunk-csv.mjs').GenEvent} GenEvent */

const PAN_APPS = [
  'ssl',
  'web-browsing',
  'dns',
  'ms-update',
  'ftp',
  'smb',
  'ms-rdp',
  'incomplete',
  'google-base',
  'office365-enterprise-access',
];
const PAN_RULES = [
  'Allow-Outbound',
  'Allow-Outbound',
  'Allow-DNS',
  'Allow-Internal',
  'Block-Known-Bad',
  'Deny-All',
];
const PAN_END = [
  'tcp-fin',
  'tcp-fin',
  'aged-out',
  'tcp-rst-from-client',
  'tcp-rst-from-server',
  'policy-deny',
];

/** @param {import('./draws.mjs').Draws} draw */
export function panEvents({ rnd, int, pick, bytesLike, externalIp, ephemeralPort }) {
  /** @param {number} ms @returns {GenEvent} */
  function panTraffic(ms) {
    const h = pick(HOSTS);
    const app = pick(PAN_APPS);
    const rule = pick(PAN_RULES);
    const deny = rule.startsWith('Block') || rule === 'Deny-All';
    const action = deny ? 'deny' : 'allow';
    const dst = externalIp();
    const srcPort = ephemeralPort();
    const dstPort =
      app === 'dns'
        ? 53
        : app === 'web-browsing'
          ? 80
          : app === 'ftp'
            ? 21
            : app === 'smb'
              ? 445
              : app === 'ms-rdp'
                ? 3389
                : 443;
    const transport = dstPort === 53 ? 'udp' : 'tcp';
    const bIn = deny ? 0 : bytesLike(40);
    const bOut = deny ? int(60, 200) : bytesLike(15);
    const session = int(10000, 999999);
    const user = rnd() < 0.6 ? `frothly\\${h.user}` : '';
    const t = panTime(ms);
    const raw =
      `1,${t},001801010877,TRAFFIC,end,1,${t},${h.ip},${dst},0.0.0.0,0.0.0.0,${rule},${user},,${app},vsys1,trust,untrust,` +
      `ethernet1/2,ethernet1/1,default,${t},${session},1,${srcPort},${dstPort},0,0,0x19,${transport},${action},` +
      `${bIn + bOut},${bOut},${bIn},${int(1, 60)},${t},${int(0, 120)},any,0,${int(1e8, 9e8)},0x0,10.0.0.0-10.255.255.255,US,0,${int(1, 30)},${int(0, 30)},${deny ? 'policy-deny' : pick(PAN_END)}`;
    /** @type {Array<[string, string | string[]]>} */
    const fields = [
      ['action', deny ? 'blocked' : 'allowed'],
      ['app', app],
      ['bytes', String(bIn + bOut)],
      ['bytes_in', String(bIn)],
      ['bytes_out', String(bOut)],
      ['dest', dst],
      ['dest_ip', dst],
      ['dest_port', String(dstPort)],
      ['dest_zone', 'untrust'],
      ['linecount', '1'],
      ['rule', rule],
      ['session_id', String(session)],
      ['src', h.ip],
      ['src_ip', h.ip],
      ['src_port', String(srcPort)],
      ['src_zone', 'trust'],
      ['transport', transport],
    ];
    if (user) fields.push(['user', user]);
    return { source: 'udp:514', sourcetype: 'pan:traffic', host: pick(PAN_HOSTS), raw, fields, ms };
  }

  return panTraffic;
}

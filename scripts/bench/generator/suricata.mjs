// Suricata's eve.json: alerts, flows and TLS handshakes.
import { HOSTS, PROXY_NAMES, SURICATA_HOSTS } from './frothly.mjs';
import { OFFSET_MS, pad3 } from './times.mjs';

/** @typedef {import('./splunk-csv.mjs').GenEvent} GenEvent */

const SURICATA_SIGNATURES = [
  [2013028, 'ET POLICY curl User-Agent Outbound', 'Attempted Information Leak', 2],
  [2100366, 'GPL ICMP_INFO PING *NIX', 'Misc activity', 3],
  [2027865, 'ET INFO Observed DNS Query to .cloud TLD', 'Potentially Bad Traffic', 2],
  [
    2014726,
    'ET POLICY Outdated Windows Flash Version IE',
    'Potential Corporate Privacy Violation',
    1,
  ],
  [2001219, 'ET SCAN Potential SSH Scan', 'Attempted Information Leak', 2],
  [
    2019401,
    'ET POLICY Vulnerable Java Version 1.8.x Detected',
    'Potential Corporate Privacy Violation',
    1,
  ],
  [2210045, 'SURICATA STREAM Packet with invalid ack', 'Generic Protocol Command Decode', 3],
  [2024897, 'ET USER_AGENTS Go HTTP Client User-Agent', 'Misc activity', 3],
];

/** @param {import('./draws.mjs').Draws} draw */
export function suricataEvents({ rnd, int, pick, bytesLike, externalIp, ephemeralPort }) {
  // Counters run down because the export runs newest first.
  let flowId = 1_234_567_890_123_456;

  /** @param {number} ms @returns {GenEvent} */
  function suricata(ms) {
    const h = pick(HOSTS);
    const outbound = rnd() < 0.8;
    const src = outbound ? h.ip : externalIp();
    const dst = outbound ? externalIp() : h.ip;
    const srcPort = outbound ? ephemeralPort() : pick([80, 443, 22, 8443]);
    const dstPort = outbound ? pick([80, 443, 443, 53, 8443, 21]) : ephemeralPort();
    const proto = dstPort === 53 ? 'UDP' : 'TCP';
    const d = new Date(ms + OFFSET_MS);
    const ts = d.toISOString().slice(0, 23) + pad3(int(0, 999)) + '-0700';
    const id = flowId--;
    const kind = rnd();
    /** @type {Array<[string, string | string[]]>} */
    const fields = [
      ['dest_ip', dst],
      ['dest_port', String(dstPort)],
      ['flow_id', String(id)],
      ['linecount', '1'],
      ['src_ip', src],
      ['src_port', String(srcPort)],
      ['transport', proto.toLowerCase()],
    ];
    let raw = `{"timestamp":"${ts}","flow_id":${id},`;
    if (kind < 0.35) {
      const [sid, sig, cat, sev] = pick(SURICATA_SIGNATURES);
      raw +=
        `"event_type":"alert","src_ip":"${src}","src_port":${srcPort},"dest_ip":"${dst}","dest_port":${dstPort},"proto":"${proto}",` +
        `"alert":{"action":"allowed","gid":1,"signature_id":${sid},"signature":"${sig}","category":"${cat}","severity":${sev}}}`;
      fields.push(
        ['action', 'allowed'],
        ['alert_category', cat],
        ['event_type', 'alert'],
        ['severity', String(sev)],
        ['signature', sig],
        ['signature_id', String(sid)],
      );
      if (rnd() < 0.3) fields.push(['tag', ['ids', 'attack']]);
    } else if (kind < 0.8) {
      const pIn = int(1, 40);
      const pOut = int(1, 60);
      const bIn = bytesLike(30);
      const bOut = bytesLike(120);
      raw +=
        `"event_type":"flow","src_ip":"${src}","src_port":${srcPort},"dest_ip":"${dst}","dest_port":${dstPort},"proto":"${proto}",` +
        `"flow":{"pkts_toserver":${pIn},"pkts_toclient":${pOut},"bytes_toserver":${bIn},"bytes_toclient":${bOut}}}`;
      fields.push(['bytes_in', String(bIn)], ['bytes_out', String(bOut)], ['event_type', 'flow']);
    } else {
      const sni = pick(PROXY_NAMES);
      raw +=
        `"event_type":"tls","src_ip":"${src}","src_port":${srcPort},"dest_ip":"${dst}","dest_port":${dstPort},"proto":"${proto}",` +
        `"tls":{"subject":"CN=${sni}","sni":"${sni}","version":"TLS 1.2"}}`;
      fields.push(['event_type', 'tls'], ['site', sni]);
    }
    fields.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return {
      source: '/var/log/suricata/eve.json',
      sourcetype: 'suricata',
      host: pick(SURICATA_HOSTS),
      raw,
      fields,
      ms,
    };
  }

  return suricata;
}

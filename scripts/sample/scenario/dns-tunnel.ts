/**
 * The DNS exfiltration that follows the FTP story: `dns.py` sends files out as DNS queries to
 * the adversary's domain, through Frothly's own resolver (mars), which forwards them to the
 * Internet. It runs on venus from the encoded cradle on Aug 23 (a beacon every ten minutes until
 * the script moves to mercury) and on mercury from the scheduled task every ten minutes to the
 * end of the month. Each run sends one beacon; when the answer says so, it sends the files
 * queued for it, one query per chunk of 30 bytes, hex-encoded:
 *
 *   beacon   <host id>-<n>.brewcdn.net                 A, answered 127.0.0.1 (idle) or .2 (send)
 *   header   <hex of "name|bytes">.<file id>-0.brewcdn.net   NXDOMAIN
 *   chunk    <60 hex digits>.<file id>-<seq>.brewcdn.net     NXDOMAIN
 *
 * The first run on each host tries Google's resolver directly; the firewall blocks that
 * (`block outbound DNS`) and the script falls back to the system resolver. The network sensors
 * see the queries from venus and mercury to mars; the firewall sees only mars forwarding to
 * 8.8.8.8. Sysmon of 2017 (v6) has no DNS event, so no endpoint log names the queries.
 */
import { FIREWALL, MARS, MERCURY, VENUS, type Machine } from '../cast';
import type { SampleEvent } from '../event';
import { panTraffic } from '../formats/pan';
import { streamDns } from '../formats/stream';
import { suricataEvent } from '../formats/suricata';
import type { Rng } from '../rng';
import { MONTH_END, pdt } from '../time';
import { AT } from './timeline';

export const TUNNEL_DOMAIN = 'brewcdn.net';
export const GOOGLE_DNS = '8.8.8.8';
export const CHUNK_BYTES = 30;
export const TUNNEL_INTERVAL_MS = 600_000;

export interface ExfilFile {
  /** Four hex digits, the script's number for the file. */
  id: string;
  name: string;
  bytes: number;
}

export interface Burst {
  machine: Machine;
  /** The beacon that is answered "send" (127.0.0.2); the chunks follow it. */
  at: number;
  files: ExfilFile[];
}

/** Host ids dns.py derives from the machine (its first label in every beacon). */
export const HOST_ID: Record<string, string> = { venus: '2b9f03d6', mercury: '7c1e4a90' };

/** What leaves, and when: at night, Pacific time (office hours in Korea). */
export const BURSTS: readonly Burst[] = [
  {
    machine: VENUS,
    at: AT.venusPython + 4_400,
    files: [
      { id: '0a11', name: 'network_diagram_2017.vsdx', bytes: 3_562 },
      { id: '0a12', name: 'vpn_users.csv', bytes: 1_318 },
    ],
  },
  {
    machine: MERCURY,
    at: pdt(24, 2, 0, 2),
    files: [
      { id: '1b01', name: 'hazy_ipa_v7.xlsx', bytes: 4_771 },
      { id: '1b02', name: 'imperial_stout_2017.docx', bytes: 4_190 },
    ],
  },
  {
    machine: MERCURY,
    at: pdt(26, 3, 30, 2),
    files: [{ id: '1b03', name: 'yeast_strain_FY22.xlsx', bytes: 6_284 }],
  },
  {
    machine: MERCURY,
    at: pdt(29, 2, 40, 2),
    files: [
      { id: '1b04', name: 'pumpkin_ale_2017.docx', bytes: 2_833 },
      { id: '1b05', name: 'barrel_aging_notes.txt', bytes: 1_774 },
    ],
  },
];

/** Venus's script beacons until it is moved to mercury; mercury's task runs to the end. */
export const VENUS_LAST_BEACON = AT.copyToMercury;

function hex(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function chunksOf(file: ExfilFile): number {
  return Math.ceil(file.bytes / CHUNK_BYTES);
}

function query(
  rng: Rng,
  m: Machine,
  time: number,
  name: string,
  answers: string[],
  events: SampleEvent[],
): void {
  const srcPort = rng.int(50_000, 65_000);
  const transactionId = rng.int(1, 65_535);
  events.push(
    streamDns({
      time,
      micros: rng.int(0, 999),
      host: m.host,
      flowId: rng.uuid(),
      srcIp: m.ip,
      srcMac: m.mac,
      srcPort,
      destIp: MARS.ip,
      destMac: MARS.mac,
      destPort: 53,
      query: name,
      queryType: 'A',
      answers,
      ttl: 0,
      transactionId,
      // The answer comes from the adversary's server across the Internet.
      responseMicros: rng.int(60_000, 240_000),
    }),
  );
  // The sensor keeps about a third of the DNS it sees, as for every other client.
  if (rng.chance(0.3)) {
    events.push(
      suricataEvent({
        time: time + 1,
        micros: rng.int(0, 999),
        flowId: rng.int(1e14, 2 ** 52),
        srcIp: m.ip,
        srcPort,
        destIp: MARS.ip,
        destPort: 53,
        proto: 'UDP',
        eventType: 'dns',
        dnsType: 'query',
        id: transactionId,
        rrname: name,
        rrtype: 'A',
      }),
    );
  }
}

/** mars forwarding the tunnel's queries: what the firewall sees of a burst, a minute at a time. */
function forwarded(rng: Rng, time: number, queries: number): SampleEvent {
  const sent = queries * rng.int(110, 125);
  return panTraffic({
    time,
    srcIp: MARS.ip,
    destIp: GOOGLE_DNS,
    natSrcIp: FIREWALL.externalIp,
    srcPort: rng.int(49_200, 65_000),
    destPort: 53,
    natSrcPort: rng.int(1_024, 65_000),
    rule: 'Allow outbound',
    user: '',
    app: 'dns',
    srcZone: 'Servers',
    destZone: 'Untrust',
    protocol: 'udp',
    vendorAction: 'allow',
    bytesSent: sent,
    bytesReceived: queries * rng.int(120, 140),
    packetsSent: queries,
    packetsReceived: queries,
    elapsedSec: 30,
    category: 'any',
    destLocation: 'United States',
    endReason: 'aged-out',
  });
}

/** The script's first try, straight to 8.8.8.8: three packets, each denied. */
function blockedDirect(rng: Rng, m: Machine, time: number): SampleEvent[] {
  return [0, 1, 2].map((i) =>
    panTraffic({
      time: time + i * 1_000,
      srcIp: m.ip,
      destIp: GOOGLE_DNS,
      natSrcIp: '0.0.0.0',
      srcPort: rng.int(50_000, 65_000),
      destPort: 53,
      natSrcPort: 0,
      rule: 'block outbound DNS',
      user: '',
      app: 'dns',
      srcZone: 'Servers',
      destZone: 'Untrust',
      protocol: 'udp',
      vendorAction: 'deny',
      bytesSent: rng.int(70, 90),
      bytesReceived: 0,
      packetsSent: 1,
      packetsReceived: 0,
      elapsedSec: 0,
      category: 'any',
      destLocation: 'United States',
      endReason: 'policy-deny',
    }),
  );
}

/** Beacon times of a host: every ten minutes, a second or two after its run starts. */
export function beaconTimes(m: Machine): number[] {
  const [from, to] =
    m.host === 'venus'
      ? [AT.venusPython + 900, VENUS_LAST_BEACON]
      : [AT.mercuryFirstRun + 1_500, MONTH_END];
  const times: number[] = [];
  for (let t = from; t <= to; t += TUNNEL_INTERVAL_MS) times.push(t);
  return times;
}

export function dnsTunnel(rng: Rng): SampleEvent[] {
  const events: SampleEvent[] = [];
  for (const m of [VENUS, MERCURY]) {
    const times = beaconTimes(m);
    events.push(...blockedDirect(rng, m, times[0]));
    const bursts = BURSTS.filter((b) => b.machine === m);
    times.forEach((planned, n) => {
      const burst = bursts.find((b) => Math.abs(b.at - planned) < TUNNEL_INTERVAL_MS / 2);
      // The first run waits out its three tries at 8.8.8.8 before it uses the system resolver.
      const t = burst ? burst.at : planned + (n === 0 ? 3_500 : 0) + rng.int(0, 900);
      const answer = burst ? '127.0.0.2' : '127.0.0.1';
      query(rng, m, t, `${HOST_ID[m.host]}-${n + 1}.${TUNNEL_DOMAIN}`, [answer], events);
      if (burst) events.push(...sendFiles(rng, m, t + rng.int(400, 900), burst.files));
    });
  }
  return events;
}

function sendFiles(rng: Rng, m: Machine, start: number, files: ExfilFile[]): SampleEvent[] {
  const events: SampleEvent[] = [];
  const data = rng.fork(`payload:${m.host}:${start}`);
  let t = start;
  let minute = start;
  let inMinute = 0;
  for (const file of files) {
    const labels = [hex(`${file.name}|${file.bytes}`)];
    for (let left = file.bytes; left > 0; left -= CHUNK_BYTES) {
      labels.push(data.hex(2 * Math.min(CHUNK_BYTES, left)));
    }
    labels.forEach((label, seq) => {
      query(rng, m, t, `${label}.${file.id}-${seq}.${TUNNEL_DOMAIN}`, [], events);
      inMinute++;
      t += rng.int(350, 1_600);
      if (t - minute >= 60_000) {
        events.push(forwarded(rng, t, inMinute));
        [minute, inMinute] = [t, 0];
      }
    });
  }
  if (inMinute > 0) events.push(forwarded(rng, t, inMinute));
  return events;
}

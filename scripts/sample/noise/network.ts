/**
 * Ordinary network activity: each web visit of a workstation leaves a DNS lookup (stream:dns),
 * a firewall session (pan:traffic) and, for some, an HTTP request (stream:http) and Suricata
 * records; internal lookups go to the domain controller; servers fetch updates and send mail.
 */
import { FIREWALL, MARS, SATURN, SERVERS, WORKSTATIONS, type Machine } from '../cast';
import type { SampleEvent } from '../event';
import { panTraffic, type PanSession } from '../formats/pan';
import { streamDns, streamHttp } from '../formats/stream';
import { suricataEvent } from '../formats/suricata';
import type { Rng } from '../rng';
import { addressesOf, publicIp } from './addresses';
import { occurrences } from './rhythm';
import { INTERNAL_NAMES, SITES, USER_AGENTS, type Site } from './sites';

const SITE_WEIGHTS = SITES.map((s) => [s, s.weight] as const);

/** A resolver a machine asks: mars for almost everyone. */
export interface Resolver {
  ip: string;
  mac: string;
}

/** A lookup as Stream and (for about a third) Suricata see it. */
export function lookup(
  rng: Rng,
  m: Machine,
  time: number,
  query: string,
  answers: string[],
  type?: 'A' | 'AAAA' | 'SRV',
  resolver: Resolver = MARS,
): SampleEvent[] {
  const queryType = type ?? (query.startsWith('_') ? 'SRV' : 'A');
  const events = [
    streamDns({
      time,
      micros: rng.int(0, 999),
      host: m.host,
      flowId: rng.uuid(),
      srcIp: m.ip,
      srcMac: m.mac,
      srcPort: rng.int(50_000, 65_000),
      destIp: resolver.ip,
      destMac: resolver.mac,
      destPort: 53,
      query,
      queryType,
      answers,
      ttl: query.endsWith('.local') ? 1200 : rng.pick([60, 300, 3600]),
      transactionId: rng.int(1, 65_535),
      responseMicros: rng.int(300, 40_000),
    }),
  ];
  if (rng.chance(0.3)) {
    events.push(
      suricataEvent({
        time: time + 1,
        micros: rng.int(0, 999),
        flowId: rng.int(1e14, 2 ** 52),
        srcIp: m.ip,
        srcPort: rng.int(50_000, 65_000),
        destIp: resolver.ip,
        destPort: 53,
        proto: 'UDP',
        eventType: 'dns',
        dnsType: 'query',
        id: rng.int(1, 65_535),
        rrname: query,
        rrtype: queryType,
      }),
    );
  }
  return events;
}

export function outbound(
  rng: Rng,
  m: Machine,
  time: number,
  destIp: string,
  destPort: number,
  app: string,
  category: string,
  bytes: number,
): SampleEvent {
  const server = m.category === 'server';
  const session: PanSession = {
    time,
    srcIp: m.ip,
    destIp,
    natSrcIp: FIREWALL.externalIp,
    srcPort: rng.int(49_200, 65_000),
    destPort,
    natSrcPort: rng.int(1_024, 65_000),
    rule: 'Allow outbound',
    user: server ? '' : `frothly\\${m.owner}`,
    app,
    srcZone: server ? 'Servers' : 'Trust',
    destZone: 'Untrust',
    protocol: destPort === 53 ? 'udp' : 'tcp',
    vendorAction: 'allow',
    bytesSent: Math.round(bytes * 0.08) + 300,
    bytesReceived: bytes,
    packetsSent: Math.ceil(bytes / 9000) + 4,
    packetsReceived: Math.ceil(bytes / 1448) + 2,
    elapsedSec: rng.int(1, 120),
    category,
    destLocation: 'United States',
    endReason: destPort === 53 ? 'aged-out' : rng.chance(0.8) ? 'tcp-fin' : 'tcp-rst-from-client',
  };
  return panTraffic(session);
}

function visit(rng: Rng, m: Machine, time: number, site: Site): SampleEvent[] {
  const ips = addressesOf(site.name, site.addresses);
  const destIp = rng.pick(ips);
  const events = lookup(rng, m, time, site.name, ips);
  const start = time + rng.int(5, 60);
  const bytes = rng.int(800, site.https ? 250_000 : 60_000);
  const port = site.https ? 443 : 80;
  events.push(
    outbound(rng, m, start + rng.int(2_000, 90_000), destIp, port, site.app, site.category, bytes),
  );
  const srcPort = rng.int(49_200, 65_000);
  if (!site.https) {
    const uri = rng.pick(site.paths);
    const ua =
      site.name.includes('windowsupdate') || site.name.startsWith('ocsp')
        ? USER_AGENTS[3]
        : rng.pick(USER_AGENTS.slice(0, 3));
    const status = rng.weighted([
      [200, 8],
      [304, 2],
      [301, 0.3],
      [404, 0.2],
    ] as const);
    events.push(
      streamHttp({
        time: start,
        micros: rng.int(0, 999),
        durationMicros: rng.int(20_000, 900_000),
        host: m.host,
        flowId: rng.uuid(),
        srcIp: m.ip,
        srcMac: m.mac,
        srcPort,
        destIp,
        destMac: '00:1B:17:00:01:12',
        destPort: 80,
        method: 'GET',
        site: site.name,
        uri,
        status,
        contentType: site.contentType,
        userAgent: ua,
        bytesIn: rng.int(350, 900),
        bytesOut: status === 304 ? 240 : bytes,
      }),
    );
    if (rng.chance(0.5)) {
      events.push(
        suricataEvent({
          time: start + 3,
          micros: rng.int(0, 999),
          flowId: rng.int(1e14, 2 ** 52),
          srcIp: m.ip,
          srcPort,
          destIp,
          destPort: 80,
          proto: 'TCP',
          eventType: 'http',
          hostname: site.name,
          url: uri,
          userAgent: ua,
          contentType: site.contentType,
          method: 'GET',
          status,
          length: bytes,
        }),
      );
    }
  } else if (rng.chance(0.35)) {
    events.push(
      suricataEvent({
        time: start + 40,
        micros: rng.int(0, 999),
        flowId: rng.int(1e14, 2 ** 52),
        srcIp: m.ip,
        srcPort,
        destIp,
        destPort: 443,
        proto: 'TCP',
        eventType: 'tls',
        sni: site.name,
        subject: `CN=${site.name}`,
        issuer: site.name.includes('google')
          ? 'C=US, O=Google Inc, CN=Google Internet Authority G2'
          : 'C=US, O=DigiCert Inc, CN=DigiCert SHA2 Secure Server CA',
        version: 'TLS 1.2',
      }),
    );
  }
  if (rng.chance(0.25)) {
    events.push(
      suricataEvent({
        time: start + rng.int(30_000, 180_000),
        micros: rng.int(0, 999),
        flowId: rng.int(1e14, 2 ** 52),
        srcIp: m.ip,
        srcPort,
        destIp,
        destPort: port,
        proto: 'TCP',
        eventType: 'flow',
        appProto: site.https ? 'tls' : 'http',
        pktsToServer: Math.ceil(bytes / 9000) + 4,
        pktsToClient: Math.ceil(bytes / 1448) + 2,
        bytesToServer: Math.round(bytes * 0.08) + 300,
        bytesToClient: bytes,
        start,
        ageSec: rng.int(1, 120),
      }),
    );
  }
  if (site.name === 'www.dropbox.com' && rng.chance(0.5)) {
    events.push(
      suricataEvent({
        time: start + 60,
        micros: rng.int(0, 999),
        flowId: rng.int(1e14, 2 ** 52),
        srcIp: m.ip,
        srcPort,
        destIp,
        destPort: 443,
        proto: 'TCP',
        eventType: 'alert',
        appProto: 'tls',
        signatureId: 2_012_647,
        rev: 3,
        signature: 'ET POLICY Dropbox.com Offsite File Backup in Use',
        category: 'Potential Corporate Privacy Violation',
        severity: 1,
      }),
    );
  }
  return events;
}

export function networkNoise(rng: Rng): SampleEvent[] {
  const events: SampleEvent[] = [];
  for (const m of WORKSTATIONS) {
    const r = rng.fork(m.host);
    for (const t of occurrences(r, 2.0, 'office'))
      events.push(...visit(r, m, t, r.weighted(SITE_WEIGHTS)));
    for (const t of occurrences(r, 0.6, 'office')) {
      const [name, ip] = r.pick(INTERNAL_NAMES);
      events.push(...lookup(r, m, t, name, ip ? [ip] : []));
    }
  }
  // Servers: updates and certificate checks around the clock, and mail out of saturn.
  for (const m of SERVERS) {
    const r = rng.fork(`server:${m.host}`);
    for (const t of occurrences(r, 0.35, 'server')) {
      events.push(
        ...visit(
          r,
          m,
          t,
          r.pick(SITES.filter((s) => s.app === 'ms-update' || s.name.startsWith('ocsp'))),
        ),
      );
    }
  }
  const mail = rng.fork('mail');
  for (const t of occurrences(mail, 3, 'server')) {
    events.push(
      outbound(mail, SATURN, t, publicIp(mail), 25, 'smtp', 'any', mail.int(2_000, 400_000)),
    );
  }
  const dns = rng.fork('forwarder');
  for (const t of occurrences(dns, 4, 'server')) {
    events.push(
      outbound(dns, MARS, t, dns.pick(['8.8.8.8', '8.8.4.4']), 53, 'dns', 'any', dns.int(90, 600)),
    );
  }
  return events;
}

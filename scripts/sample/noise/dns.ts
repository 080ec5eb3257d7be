/**
 * DNS of an ordinary month beyond the web visits (network.ts): telemetry, CDNs and directory
 * lookups from every workstation, the antivirus's reputation lookups (long random-looking
 * names), the mail server's block-list checks (hundreds of names under one domain), and one
 * researcher's machine that asks Google's resolver directly. They are what the DNS hunt has to
 * see past: long names, high-entropy labels and busy clients that are all legitimate.
 */
import { SATURN, SERVERS, WORKSTATIONS, type Machine } from '../cast';
import type { SampleEvent } from '../event';
import type { Rng } from '../rng';
import { addressesOf, publicIp } from './addresses';
import { BLOCKLIST_SUFFIX, REPUTATION_SUFFIX, WORKSTATION_NAMES } from './dns-names';
import { lookup, outbound, type Resolver } from './network';
import { occurrences } from './rhythm';
import { SITES } from './sites';

const NAME_WEIGHTS = WORKSTATION_NAMES.map((n) => [n, n.weight] as const);
const GOOGLE: Resolver = { ip: '8.8.8.8', mac: '00:1B:17:00:01:12' };
/** The researcher who set Google's resolver by hand. */
const DIRECT_RESOLVER_HOST = 'wrk-tbock';

function reputationName(rng: Rng): string {
  return `0.0.0.0.1.0.0.4e.${rng.hex(32)}.${REPUTATION_SUFFIX}`;
}

function reversed(ip: string): string {
  return ip.split('.').reverse().join('.');
}

function machineLookups(rng: Rng, m: Machine): SampleEvent[] {
  const events: SampleEvent[] = [];
  const server = m.category === 'server';
  if (!server) {
    for (const t of occurrences(rng, 0.7, 'office')) {
      const n = rng.weighted(NAME_WEIGHTS);
      events.push(...lookup(rng, m, t, n.name, addressesOf(n.name, n.addresses), n.type));
    }
  }
  for (const t of occurrences(rng, server ? 0.15 : 0.25, server ? 'server' : 'office')) {
    events.push(...lookup(rng, m, t, reputationName(rng), ['127.0.4.8']));
  }
  if (m.host === DIRECT_RESOLVER_HOST) {
    for (const t of occurrences(rng, 0.3, 'office')) {
      const site = rng.pick(SITES);
      const ips = addressesOf(site.name, site.addresses);
      events.push(...lookup(rng, m, t, site.name, ips, 'A', GOOGLE));
      events.push(outbound(rng, m, t + 1, GOOGLE.ip, 53, 'dns', 'any', rng.int(90, 300)));
    }
  }
  return events;
}

export function dnsNoise(rng: Rng): SampleEvent[] {
  const events: SampleEvent[] = [];
  for (const m of [...WORKSTATIONS, ...SERVERS])
    events.push(...machineLookups(rng.fork(m.host), m));
  const mail = rng.fork('blocklist');
  for (const t of occurrences(mail, 1.2, 'server')) {
    // Listed senders (about one in twenty) get 127.0.0.2, as Spamhaus answers.
    const listed = mail.chance(0.05);
    const name = `${reversed(publicIp(mail))}.${BLOCKLIST_SUFFIX}`;
    events.push(...lookup(mail, SATURN, t, name, listed ? ['127.0.0.2'] : []));
  }
  return events;
}

/** Internet addresses of the background: stable per name, never one the story uses. */
import { ATTACKER, FIREWALL } from '../cast';
import type { Rng } from '../rng';

// First octets of ordinary public unicast space (no private, loopback, multicast or
// documentation ranges, and none of the story's addresses).
const FIRST_OCTETS = [
  13, 23, 31, 34, 35, 40, 52, 54, 64, 66, 72, 91, 104, 151, 185, 199, 204, 208, 216,
];
const RESERVED = new Set<string>([ATTACKER.ftpIp, ATTACKER.c2Ip, FIREWALL.externalIp]);

export function publicIp(rng: Rng): string {
  for (;;) {
    const ip = `${rng.pick(FIRST_OCTETS)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    if (!RESERVED.has(ip)) return ip;
  }
}

/** The same name always resolves to the same addresses, as it would within one month. */
export function addressesOf(name: string, count: number): string[] {
  let h = 0x811c9dc5;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  let state = h >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
  const out: string[] = [];
  while (out.length < count) {
    const ip = `${FIRST_OCTETS[next() % FIRST_OCTETS.length]}.${next() % 256}.${next() % 256}.${(next() % 254) + 1}`;
    if (!RESERVED.has(ip) && !out.includes(ip)) out.push(ip);
  }
  return out;
}

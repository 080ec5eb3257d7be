import { toText, valuesOf } from '../coerce';
import type { EvalFunction } from '../function-types';
import { fn } from './args';

/** An IPv4 address as a 32-bit number, or null. */
export function parseIPv4(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

/** An IPv6 address (with :: and a trailing dotted IPv4 part allowed) as a 128-bit BigInt, or null. */
export function parseIPv6(s: string): bigint | null {
  let text = s.replace(/%.*$/, '');
  if (text.includes('.')) {
    // A trailing dotted IPv4 part (::ffff:10.0.0.1) stands for the last two groups.
    const lastColon = text.lastIndexOf(':');
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const group = (h: string): number[] | null => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = group(halves[0]);
  const rest = halves.length === 2 ? group(halves[1]) : [];
  if (!head || !rest) return null;
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const groups = [...head, ...new Array<number>(8 - given).fill(0), ...rest];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** Whether an address lies in a CIDR block (IPv4 or IPv6); a block without /n is one address. */
export function inCidr(cidr: string, ip: string): boolean {
  const [net, bitsText, extra] = cidr.trim().split('/');
  if (extra !== undefined) return false;
  const v4net = parseIPv4(net);
  if (v4net !== null) {
    const bits = bitsText === undefined ? 32 : Number(bitsText);
    const addr = parseIPv4(ip.trim());
    if (
      addr === null ||
      !Number.isInteger(bits) ||
      bits < 0 ||
      bits > 32 ||
      !/^\d*$/.test(bitsText ?? '')
    )
      return false;
    const shift = 32 - bits;
    return Math.floor(addr / 2 ** shift) === Math.floor(v4net / 2 ** shift);
  }
  const v6net = parseIPv6(net);
  const addr = parseIPv6(ip.trim());
  const bits = bitsText === undefined ? 128 : Number(bitsText);
  if (v6net === null || addr === null || !Number.isInteger(bits) || bits < 0 || bits > 128)
    return false;
  const shift = BigInt(128 - bits);
  return addr >> shift === v6net >> shift;
}

export const NETWORK_FUNCTIONS: readonly EvalFunction[] = [
  // A multivalue address matches when any of its values is in the block.
  fn('cidrmatch', 2, 2, ([c, ip]) => {
    const cidr = toText(c);
    if (cidr === null || ip === null) return null;
    return valuesOf(ip).some((x) => inCidr(cidr, toText(x)!));
  }),
];

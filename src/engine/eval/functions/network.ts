import { withDocs } from './docs';
import { toText, valuesOf } from '../coerce';
import type { EvalFunction } from '../function-types';
import { parseIPv4, parseIPv6 } from '../../net/ip';
import { fn } from './args';

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

const FUNCTIONS: readonly EvalFunction[] = [
  // A multivalue address matches when any of its values is in the block.
  fn('cidrmatch', 2, 2, ([c, ip]) => {
    const cidr = toText(c);
    if (cidr === null || ip === null) return null;
    return valuesOf(ip).some((x) => inCidr(cidr, toText(x)!));
  }),
];

/** What help and completion say about each function (see withDocs). */
export const NETWORK_FUNCTIONS = withDocs(FUNCTIONS, {
  cidrmatch: {
    syntax: 'cidrmatch(<cidr>, <ip>)',
    description: 'Whether the IPv4 or IPv6 address is in the block.',
  },
});

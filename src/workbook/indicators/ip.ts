import { ipv6Groups, isIpv4 } from '../../engine';

// Address parsing is the engine's (src/engine/net/ip.ts); what counts as internal is ours.
export { canonicalIpv6, isIpv4, isIpv6 } from '../../engine';

/**
 * Whether an address is not on the public Internet: private (RFC 1918, fc00::/7), loopback,
 * link-local, or shared (100.64/10). The hunt's own hosts are such; the UI may mark them.
 */
export function isInternalAddress(value: string): boolean {
  if (isIpv4(value)) {
    const [a, b] = value.split('.').map(Number);
    return (
      a === 10 ||
      a === 127 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const groups = ipv6Groups(value);
  if (groups === null) return false;
  const loopback = groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1;
  return loopback || (groups[0] & 0xfe00) === 0xfc00 || (groups[0] & 0xffc0) === 0xfe80;
}

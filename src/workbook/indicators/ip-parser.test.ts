import { describe, expect, it } from 'vitest';
import { call } from '../../test/support/eval-call';
import { canonicalIpv6, parseIPv4, parseIPv6 } from '../../engine';
import { isInternalAddress, isIpv4 } from './ip';

describe('one IP parser for the engine and the indicators', () => {
  it.each([
    ['10.0.0.1', 167772161],
    ['0.0.0.0', 0],
    ['255.255.255.255', 4294967295],
  ])('%s is IPv4 %d', (text, n) => expect(parseIPv4(text)).toBe(n));

  it.each(['010.0.0.1', '10.0.0', '10.0.0.256', '1.2.3.4.5', ' 1.2.3.4', '1.2.3.-4', '1e2.0.0.1'])(
    '%j is not IPv4 (leading zeros are ambiguous: octal to some parsers)',
    (text) => expect(parseIPv4(text)).toBeNull(),
  );

  it('reads IPv6 with ::, a dotted tail and a zone', () => {
    expect(parseIPv6('::1')).toBe(1n);
    expect(parseIPv6('::ffff:10.0.0.1')).toBe(0xffff0a000001n);
    expect(parseIPv6('fe80::1%eth0')).toBe((0xfe80n << 112n) | 1n);
    expect(parseIPv6('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(canonicalIpv6('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
  });

  it('cidrmatch and the indicators agree on `010`', () => {
    expect(call('cidrmatch', ['10.0.0.0/8', '10.0.0.1'])).toBe(true);
    expect(call('cidrmatch', ['10.0.0.0/8', '010.0.0.1'])).toBe(false);
    expect(isIpv4('010.0.0.1')).toBe(false);
    expect(isInternalAddress('010.0.0.1')).toBe(false);
    expect(isInternalAddress('10.0.0.1')).toBe(true);
  });
});

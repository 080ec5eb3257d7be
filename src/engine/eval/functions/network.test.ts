import { describe, expect, it } from 'vitest';
import { call } from '../../../test/support/eval-call';

describe('cidrmatch', () => {
  it.each([
    ['123.132.32.0/25', '123.132.32.0', true],
    ['123.132.32.0/25', '123.132.32.127', true],
    ['123.132.32.0/25', '123.132.32.128', false],
    ['10.0.0.0/8', '10.255.1.2', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['0.0.0.0/0', '8.8.8.8', true],
    ['192.168.1.1', '192.168.1.1', true],
    ['192.168.1.1/32', '192.168.1.2', false],
    ['10.0.0.0/8', 'not-an-ip', false],
    ['10.0.0.0/8', '10.0.0.256', false],
    ['10.0.0.0/33', '10.0.0.1', false],
    ['2001:db8::/32', '2001:db8:1234::1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['::ffff:0:0/96', '::ffff:10.1.2.3', true],
    ['fe80::/10', 'FE80::1%eth0', true],
    ['::1/128', '::1', true],
    ['2001:db8::/32', '10.0.0.1', false],
  ])('cidrmatch(%j, %j) is %s', (cidr, ip, want) => {
    expect(call('cidrmatch', [cidr, ip])).toBe(want);
  });

  it('matches when any value of a multivalue address does', () => {
    expect(call('cidrmatch', ['10.0.0.0/8', ['8.8.8.8', '10.1.1.1']])).toBe(true);
    expect(call('cidrmatch', ['10.0.0.0/8', null])).toBeNull();
  });
});

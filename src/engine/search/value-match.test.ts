import { describe, expect, it } from 'vitest';
import { scalarTest } from './value-match';

describe('scalarTest =', () => {
  it('compares text case-insensitively, numbers numerically', () => {
    const ip = scalarTest('=', '160.153.91.7');
    expect(ip('160.153.91.7')).toBe(true);
    expect(ip('160.153.91.70')).toBe(false);
    expect(ip('160.153.91.')).toBe(false);
    expect(scalarTest('=', 'stream:ftp')('STREAM:FTP')).toBe(true);
    expect(scalarTest('=', '100')('1e2')).toBe(true);
    expect(scalarTest('=', '100')(100)).toBe(true);
  });

  it('matches values whose lower case differs in length or leaves ASCII', () => {
    // U+0130 lower-cases to "i" plus a combining dot: two characters from one.
    expect(scalarTest('=', 'i\u0307x')('\u0130X')).toBe(true);
    expect(scalarTest('=', '\u0130x')('i\u0307X')).toBe(true);
    // The Kelvin sign lower-cases to an ASCII "k" of the same length.
    expect(scalarTest('=', 'k')('\u212a')).toBe(true);
    expect(scalarTest('=', 'kk')('\u212a')).toBe(false);
  });
});

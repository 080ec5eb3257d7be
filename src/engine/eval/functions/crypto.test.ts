import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call } from '../../../test/support/eval-call';

describe('digests', () => {
  it.each([
    ['md5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['md5', 'abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['md5', 'The quick brown fox jumps over the lazy dog', '9e107d9d372bb6826bd81d3542a419d6'],
    ['sha1', '', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['sha1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['sha256', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['sha256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'sha256',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('%s(%j) is the published digest', (name, input, want) => {
    expect(call(name, [input])).toBe(want);
  });

  // Node's crypto is an independent reference in tests (it cannot be used in the worker itself).
  it('matches node:crypto on lengths around block boundaries and on non-ASCII text', () => {
    const inputs = [
      'é',
      'naïve 😀 日本',
      ...[55, 56, 63, 64, 65, 119, 120, 1000].map((n) => 'x'.repeat(n)),
    ];
    for (const s of inputs) {
      for (const alg of ['md5', 'sha1', 'sha256', 'sha512']) {
        expect(call(alg, [s])).toBe(createHash(alg).update(s, 'utf8').digest('hex'));
      }
    }
  });

  it('hashes a number as its text and gives null for null', () => {
    expect(call('md5', [123])).toBe(createHash('md5').update('123').digest('hex'));
    expect(call('sha256', [null])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/realistic-events';
import { sortTermIds } from './sort-terms';

function byBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function check(terms: Uint8Array[]): void {
  const pool = new Uint8Array(terms.reduce((n, t) => n + t.length, 0));
  const meta = new Int32Array(terms.length * 4);
  let at = 0;
  terms.forEach((t, i) => {
    pool.set(t, at);
    meta[i * 4] = at;
    meta[i * 4 + 1] = t.length;
    at += t.length;
  });
  const ids = Array.from(sortTermIds(pool, meta, terms.length));
  const expected = terms.map((_, i) => i).sort((a, b) => byBytes(terms[a], terms[b]));
  // Ids may differ only between equal strings, and the terms are distinct.
  expect(ids).toEqual(expected);
}

describe('sortTermIds', () => {
  it('orders byte strings like a byte-wise comparison, prefixes first', () => {
    const enc = new TextEncoder();
    check(
      ['b', 'a', 'ab', 'abc', 'abd', 'aa', '', 'é', 'z', 'ab\0', 'ab\0\0', 'ab\0c'].map((s) =>
        enc.encode(s),
      ),
    );
  });

  it('orders runs of every size, with long shared prefixes and zero bytes', () => {
    const rnd = seededRandom(3);
    for (const n of [10, 30, 500, 3000, 40_000]) {
      const seen = new Set<string>();
      const terms: Uint8Array[] = [];
      while (terms.length < n) {
        const prefix = ['', '2024-03-05t00:', 'c:\\windows\\system32\\', '\0\0\0\0\0'][
          Math.floor(rnd() * 4)
        ];
        const tail = Array.from({ length: Math.floor(rnd() * 12) }, () =>
          rnd() < 0.1 ? '\0' : String.fromCharCode(48 + Math.floor(rnd() * 40)),
        ).join('');
        const s = prefix + tail;
        if (seen.has(s)) continue;
        seen.add(s);
        terms.push(new TextEncoder().encode(s));
      }
      check(terms);
    }
  });
});

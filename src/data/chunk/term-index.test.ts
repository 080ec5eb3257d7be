import { describe, expect, it } from 'vitest';
import { ChunkBuilder } from './chunk-builder';
import { realisticEvents } from '../../test/support/realistic-events';
import type { TermIndexRecord } from './records';
import { splitTerms } from '../../engine';
import { lookupPrefix, lookupTerm, termCount } from './term-index-reader';

function indexOf(raws: string[]): TermIndexRecord {
  const b = new ChunkBuilder();
  raws.forEach((raw, i) => b.add({ time: i, raw, fields: {} }));
  return b.build().terms;
}

/** term -> events containing it, by scanning every text with splitTerms. */
function bruteForce(raws: string[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  raws.forEach((raw, i) => {
    for (const t of splitTerms(raw)) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  return postings;
}

function brutePrefix(brute: Map<string, number[]>, prefix: string): number[] {
  const hits = new Set<number>();
  for (const [t, evs] of brute) if (t.startsWith(prefix)) for (const e of evs) hits.add(e);
  return [...hits].sort((a, b) => a - b);
}

/** Realistic lines plus mixed case, non-ASCII, control characters and long shared prefixes. */
function corpus(): string[] {
  const raws = realisticEvents(3000).map((e) => e.raw);
  for (let i = 0; i < 200; i++) {
    raws.push(
      `User=ADMIN${i % 7} Path=C:\\Users\\Admin${i % 7}\\AppData\\${'x'.repeat(i % 40)}\\파일${i % 3}.TXT ` +
        `ÜBER-${i % 5} id=${'f'.repeat(20)}${i.toString(16).padStart(6, '0')} ctl=a\u0001b\u0000${i % 4} İ${i % 2}`,
    );
  }
  raws.push('', '   ', '"":[]', 'ab', 'ab\u0000', 'ab\u0000c');
  return raws;
}

describe('term index', () => {
  const raws = corpus();
  const index = indexOf(raws);
  const brute = bruteForce(raws);

  it('finds exactly the events of every term in the lexicon', () => {
    expect(termCount(index)).toBe(brute.size);
    const wrong: string[] = [];
    for (const [term, events] of brute) {
      const got = Array.from(lookupTerm(index, term));
      if (got.length !== events.length || got.some((e, i) => e !== events[i])) wrong.push(term);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('finds nothing for terms that are absent, partial or not single segments', () => {
    for (const q of [
      '',
      'zzz-not-there',
      'src_i',
      '10.0.2',
      'dest_ip"',
      'a b',
      '\n',
      'ab\u0000\u0000',
    ]) {
      expect(Array.from(lookupTerm(index, q)), JSON.stringify(q)).toEqual(brute.get(q) ?? []);
    }
  });

  it('ignores case, non-ASCII included', () => {
    for (const term of [
      'retr',
      'admin3',
      'über',
      '파일1',
      'i̇1',
      'c:\\windows\\system32\\ftp.exe',
    ]) {
      const expected = brute.get(term);
      expect(expected, term).toBeDefined();
      expect(Array.from(lookupTerm(index, term.toUpperCase()))).toEqual(expected);
      expect(Array.from(lookupTerm(index, term))).toEqual(expected);
    }
  });

  it('unions the events of every term with a prefix', () => {
    const prefixes = [
      '',
      'f',
      'ftp',
      '10.',
      '10.0.2.1',
      'c:\\',
      '2024-03-05t00:0',
      'ü',
      '파',
      'ab',
      'ab\u0000',
      'zzz',
      '\uFFFF',
    ];
    for (const t of [...brute.keys()].filter((_, i) => i % 401 === 0))
      prefixes.push(t, t.slice(0, 2), t + 'x');
    const wrong: string[] = [];
    for (const p of prefixes) {
      const got = Array.from(lookupPrefix(index, p));
      const want = brutePrefix(brute, p.toLowerCase());
      if (got.join() !== want.join()) wrong.push(p);
    }
    expect(wrong).toEqual([]);
    expect(Array.from(lookupPrefix(index, 'FTP'))).toEqual(brutePrefix(brute, 'ftp'));
  });

  it('stores terms in every event, in half of them and in a few compactly and exactly', () => {
    const lines = Array.from(
      { length: 4096 },
      (_, i) => `every ${i % 2 ? 'odd' : 'even'} ${i % 1000 === 0 ? 'rare' : ''} n${i}`,
    );
    const idx = indexOf(lines);
    expect(Array.from(lookupTerm(idx, 'every'))).toEqual(lines.map((_, i) => i));
    expect(Array.from(lookupTerm(idx, 'odd'))).toEqual(lines.map((_, i) => i).filter((i) => i % 2));
    expect(Array.from(lookupTerm(idx, 'rare'))).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(Array.from(lookupTerm(idx, 'n4095'))).toEqual([4095]);
    // every: 1 byte; odd, even: 512-byte bitmaps; 4096 unique n… terms of 1-2 bytes plus headers.
    expect(idx.postings.length).toBeLessThan(2 + 2 * 515 + 20 + 4096 * 3.1);
  });

  it('handles an empty chunk and survives a structured clone', () => {
    const empty = indexOf([]);
    expect(termCount(empty)).toBe(0);
    expect(lookupTerm(empty, 'x')).toHaveLength(0);
    expect(lookupPrefix(empty, '')).toHaveLength(0);
    const cloned = structuredClone(index);
    for (const term of ['retr', '10', 'über'])
      expect(lookupTerm(cloned, term)).toEqual(lookupTerm(index, term));
  });
});

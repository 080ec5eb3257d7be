import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../../test/support/scaling';
import { PRETTY_LIMIT, prettyRaw } from './pretty';
import { findPairs } from './pretty-kv';
import { OUTPUT_LIMIT } from './pretty-layout';

// Events an attacker can write into a log, each of which froze or blanked the page before.
const nestedXml = (bytes: number) => {
  const depth = Math.floor(bytes / 7);
  return '<a>'.repeat(depth) + '</a>'.repeat(depth);
};
const nestedJson = (bytes: number) => '['.repeat(bytes / 2) + ']'.repeat(bytes / 2);
const longWord = (bytes: number) => 'a=1 b=2 c=3 ' + 'x'.repeat(bytes);
const wideKey = (bytes: number) =>
  'k'.repeat(bytes / 2) + '=1 ' + Array.from({ length: bytes / 8 }, (_, i) => `a${i}=1`).join(' ');

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('laying out hostile events', () => {
  it('lays out 75 KB of nested XML within bounds and loses nothing', () => {
    const raw = nestedXml(75_000);
    const out = prettyRaw(raw);
    expect(out.format).toBe('xml');
    expect(out.text.length).toBeLessThanOrEqual(OUTPUT_LIMIT + 1024);
    expect(out.rest.length).toBeGreaterThan(0);
    expect(squeeze(out.text) + squeeze(out.rest)).toBe(raw);
  });

  it('lays out deeply nested JSON within bounds and loses nothing', () => {
    const raw = nestedJson(75_000);
    const out = prettyRaw(raw);
    expect(out.format).toBe('json');
    expect(out.text.length).toBeLessThanOrEqual(OUTPUT_LIMIT + 1024);
    expect(squeeze(out.text) + squeeze(out.rest)).toBe(raw);
  });

  it('lays out only the first PRETTY_LIMIT characters, the rest as written', () => {
    const pairs = Array.from({ length: 20_000 }, (_, i) => `k${i}=v${i}`).join(' ');
    const out = prettyRaw(pairs);
    expect(out.format).toBe('kv');
    expect(out.rest.length).toBeGreaterThan(0);
    expect(pairs.length - out.rest.length).toBeLessThanOrEqual(PRETTY_LIMIT);
    expect(pairs.endsWith(out.rest)).toBe(true);
    expect(out.rest.trimStart().startsWith('k')).toBe(true);
  });

  it('does not pad every line to one very long key', () => {
    const out = prettyRaw(wideKey(100_000), Infinity);
    expect(out.format).toBe('kv');
    expect(out.text.length).toBeLessThanOrEqual(OUTPUT_LIMIT + 100_000);
    // The short keys align among themselves; the long one is left unpadded.
    expect(out.text).toContain('\na0     = 1\n');
  });

  // Each took time (or memory) growing with the square of the event's size before.
  it.each([
    ['a long run of word characters (key=value)', longWord, 8_000],
    ['one very long key (key=value)', wideKey, 8_000],
    ['nested XML', nestedXml, 8_000],
    // Shallow enough for JSON.stringify, which threw past its stack and laid out less deep ones
    // with indents growing with the depth.
    ['nested JSON', nestedJson, 2_000],
  ])('takes time linear in the event: %s', (_, make, n) => {
    expectLinear(make, (raw) => prettyRaw(raw, Infinity), n);
  });
});

describe('findPairs', () => {
  // The pattern the one-pass scanner replaces: it must find the same pairs.
  const KV = /([A-Za-z_@][\w.@-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,;]*)/g;
  const viaRegex = (text: string) =>
    [...text.matchAll(KV)].map((m) => ({ at: m.index, key: m[1], value: m[2] }));

  it('finds the same pairs as the regular expression it replaces', () => {
    const alphabet = [
      'a',
      'B',
      '_',
      '@',
      '9',
      '.',
      '-',
      '=',
      '"',
      "'",
      '\\',
      ' ',
      ',',
      ';',
      'x=',
      'k="',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const found = findPairs(text).map(({ at, key, value }) => ({ at, key, value }));
      expect(found, JSON.stringify(text)).toEqual(viaRegex(text));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { packStrings, unpackStrings } from './pack-bytes';

const roundTrip = (values: string[]) => {
  const p = packStrings(values);
  return { packed: p, back: unpackStrings(p.utf16, p.lengths, p.text) };
};

describe('packStrings', () => {
  it('stores ASCII strings as their bytes', () => {
    const { packed, back } = roundTrip(['GET', '', 'stream:ftp', '10.0.0.1']);
    expect(packed.utf16).toBe(false);
    expect(new TextDecoder().decode(packed.text)).toBe('GETstream:ftp10.0.0.1');
    expect(back).toEqual(['GET', '', 'stream:ftp', '10.0.0.1']);
  });

  it('stores other text as UTF-8', () => {
    const values = ['ログイン', 'café', '😀 ok', 'plain'];
    const { packed, back } = roundTrip(values);
    expect(packed.utf16).toBe(false);
    expect(packed.text.length).toBe(new TextEncoder().encode(values.join('')).length);
    expect(back).toEqual(values);
  });

  it('keeps lone surrogates, even two that the joined text would pair', () => {
    for (const values of [['a\uD83D', '\uDE00b'], ['x', '\uDC00'], ['\uD800']]) {
      const { packed, back } = roundTrip(values);
      expect(packed.utf16).toBe(true);
      expect(back).toEqual(values);
    }
  });

  it('gives the same bytes when the strings grow past the kept room', () => {
    const long = ['é'.repeat(40_000), 'a'.repeat(70_000)];
    expect(roundTrip(long).back).toEqual(long);
    expect(roundTrip(['b']).back).toEqual(['b']);
  });
});

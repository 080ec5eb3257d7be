import { describe, expect, it } from 'vitest';
import { CountingDecoder, FileDecoder, sniffEncoding, type TextEncoding } from './decode';

/** Decodes bytes in pieces of `size`, returning the text and the replacements counted. */
function decodeInPieces(bytes: Uint8Array, size: number) {
  const decoder = new FileDecoder();
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.push(bytes.subarray(i, i + size));
  text += decoder.end();
  return { text, replaced: decoder.replaced, encoding: decoder.encoding };
}

function utf16(text: string, encoding: 'utf-16le' | 'utf-16be', bom = true): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [a, b] = encoding === 'utf-16le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[2 * i] = a;
    out[2 * i + 1] = b;
  }
  return out;
}

const enc = new TextEncoder();

describe('decoding a file', () => {
  it('tells UTF-16 by its byte order mark, else reads UTF-8', () => {
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
    expect(sniffEncoding(enc.encode('\ufeff_time'))).toBe('utf-8');
    expect(sniffEncoding(new Uint8Array([0xff]))).toBe('utf-8');
  });

  const text = '_time,host\n2017-08-24T03:00:00Z,wrk-é,「日本語」 😀 \ufffd kept\n';
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    for (const size of [1, 2, 3, 7, 1000]) {
      it(`reads ${encoding} in pieces of ${size}, a real U+FFFD not counted`, () => {
        const r = decodeInPieces(utf16(text, encoding), size);
        expect(r).toEqual({ text, replaced: 0, encoding });
      });
    }
    it(`counts a lone surrogate and a cut-off last byte in ${encoding}`, () => {
      const bytes = utf16('a\ud800b', encoding);
      const cut = new Uint8Array([...bytes, 0x41]);
      for (const size of [1, 3, 64]) {
        const r = decodeInPieces(cut, size);
        expect(r.text).toBe('a\ufffdb\ufffd');
        expect(r.replaced).toBe(2);
      }
    });
  }

  for (const size of [1, 2, 3, 5, 1000]) {
    it(`counts bytes that are not UTF-8, not the U+FFFD the file holds (pieces of ${size})`, () => {
      const bytes = new Uint8Array([
        ...enc.encode('ok \ufffd '),
        0xe9, // a lead byte without its continuation: one replacement
        0x20,
        0xff, // never valid
        0xef,
        0xbf,
        0xbd, // U+FFFD written in the file
        0xf0,
        0x9f, // the start of a four-byte character, cut off by the end of the file
      ]);
      const r = decodeInPieces(bytes, size);
      expect(r.text).toBe('ok \ufffd \ufffd \ufffd\ufffd\ufffd');
      expect(r.replaced).toBe(3);
      expect(r.encoding).toBe('utf-8');
    });
  }

  it('counts as TextDecoder replaces, whatever the cuts (random bytes)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 200; round++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(rnd() * 60) }, () =>
        rnd() < 0.3 ? [0xef, 0xbf, 0xbd, 0xe9, 0xff, 0x80][Math.floor(rnd() * 6)] : 0x41,
      );
      const whole = new CountingDecoder('utf-8' as TextEncoding);
      const text = whole.decode(bytes) + whole.end();
      const encoded = [...text.matchAll(/\ufffd/g)].length;
      const r = decodeInPieces(bytes, 1 + Math.floor(rnd() * 5));
      expect(r.text).toBe(text);
      expect(r.replaced).toBe(whole.replaced);
      expect(whole.replaced).toBeLessThanOrEqual(encoded);
    }
  });
});

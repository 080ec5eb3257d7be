import { describe, expect, it } from 'vitest';
import { realisticEvents } from '../../test/support/realistic-events';
import { ChunkBuilder } from './chunk-builder';
import { packChunkBody, readChunkBody } from './chunk-body';
import { PackReader, PackWriter, packStrings, unpackStrings } from './pack-bytes';

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

describe('PackWriter', () => {
  const filled = (n: number, seed: number) =>
    Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) & 255);

  it('keeps what it wrote when its buffer grows, each array aligned to 8 and the gaps zero', () => {
    const out = new PackWriter(16);
    // Left dirty, as a buffer reused from the chunk before would be.
    out.add(filled(40, 9));
    out.reset();
    const parts = [filled(5, 1), filled(3, 2), filled(1000, 3), filled(13, 4)];
    for (const p of parts) out.add(p);
    out.pad();
    const bytes = out.bytes();
    expect(bytes.length).toBe(8 + 8 + 1000 + 16);
    const r = new PackReader(bytes.slice().buffer, 0);
    for (const p of parts) expect(r.u8(p.length)).toEqual(p);
    expect([...bytes.subarray(5, 8), ...bytes.subarray(11, 16)]).toEqual(new Array(8).fill(0));
    expect([...bytes.subarray(1016 + 13)]).toEqual([0, 0, 0]);
  });
});

describe('packChunkBody', () => {
  it('gives each chunk a body of its own although the packing buffer is shared', async () => {
    const encode = (n: number, seed: number) => {
      const b = new ChunkBuilder();
      for (const e of realisticEvents(n, seed)) b.add(e);
      return b.build();
    };
    const small = encode(50, 1);
    // Larger than the buffer's first size: it grows, and the first body must not change.
    const large = encode(5000, 2);
    const first = packChunkBody(small.columns, small.terms, small.raw);
    const firstBytes = new Uint8Array(await first.blob.arrayBuffer());
    const second = packChunkBody(large.columns, large.terms, large.raw);
    expect(second.blob.size).toBeGreaterThan(1 << 20);
    expect(new Uint8Array(await first.blob.arrayBuffer())).toEqual(firstBytes);
    const back = await readChunkBody(first, small.meta.count);
    expect(back.columns).toEqual(small.columns);
    expect(back.raw).toEqual(small.raw);
    const again = await readChunkBody(second, large.meta.count);
    expect(again.columns).toEqual(large.columns);
  });
});

import { describe, expect, it } from 'vitest';
import { BufferRecycler } from './recycler';
import { CsvByteSplitter, type ByteBlock } from './splitter';

describe('BufferRecycler', () => {
  it('hands back a given buffer when it is big enough, else makes a new one', () => {
    const r = new BufferRecycler(2);
    const a = r.take(100);
    expect(a.byteLength).toBeGreaterThanOrEqual(100);
    r.give(a);
    expect(r.take(100)).toBe(a);
    r.give(a);
    const big = r.take(a.byteLength + 1);
    expect(big).not.toBe(a);
    expect(r.take(10)).toBe(a);
  });

  it('keeps at most `keep` buffers, the largest, and drops detached ones', () => {
    const r = new BufferRecycler(2);
    const small = new ArrayBuffer(10);
    const mid = new ArrayBuffer(20);
    const large = new ArrayBuffer(30);
    r.give(small);
    r.give(mid);
    r.give(large);
    const detached = new ArrayBuffer(40);
    structuredClone(detached, { transfer: [detached] });
    r.give(detached);
    expect([r.take(1), r.take(1)].sort((x, y) => x.byteLength - y.byteLength)).toEqual([
      mid,
      large,
    ]);
    expect(r.take(1)).not.toBe(small);
  });

  it('lets the splitter cut blocks into reused buffers, bytes unchanged', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i},"v ""${i}""\nx"\n`).join('');
    const bytes = new TextEncoder().encode('n,raw\n' + rows);
    const plain: ByteBlock[] = [];
    const plainSplitter = new CsvByteSplitter(4);
    plainSplitter.push(bytes, plain);
    plainSplitter.end(plain);
    const recycler = new BufferRecycler(3);
    const splitter = new CsvByteSplitter(4, Infinity, recycler);
    const reused: ByteBlock[] = [];
    const seen = new Set<ArrayBuffer>();
    // Pieces of 9 bytes; each block read (copied out) and given back before the next is cut.
    for (let i = 0; i < bytes.length; i += 9) {
      const out: ByteBlock[] = [];
      splitter.push(bytes.subarray(i, i + 9), out);
      for (const b of out) {
        reused.push({ bytes: b.bytes.slice(), firstLine: b.firstLine });
        seen.add(b.bytes.buffer);
        recycler.give(b.bytes.buffer);
      }
    }
    splitter.end(reused);
    expect(reused.map((b) => [Array.from(b.bytes), b.firstLine])).toEqual(
      plain.map((b) => [Array.from(b.bytes), b.firstLine]),
    );
    expect(plain.length).toBe(10);
    // Blocks differ in length by a byte or two; the 1/8 to spare lets one buffer serve them all.
    expect(seen.size).toBeLessThanOrEqual(2);
  });
});

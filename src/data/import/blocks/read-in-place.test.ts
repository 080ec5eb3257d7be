import { describe, expect, it } from 'vitest';
import { BufferRecycler } from './recycler';
import { wasmRowEnds } from './row-ends-wasm';
import { CsvByteSplitter, type ByteBlock } from './splitter';

/** Rows with quoted newlines and doubled quotes, after a header and a BOM. */
function csvBytes(rows: number): Uint8Array {
  const body = Array.from({ length: rows }, (_, i) => `${i},"v ""${i}""${i % 3 ? '' : '\nx'}"\n`);
  return new TextEncoder().encode('\ufeffn,raw\n' + body.join(''));
}

/** The buffer moved to a new ArrayBuffer, the old one detached, as a BYOB read moves it. */
const transfer = (b: ArrayBuffer): ArrayBuffer => structuredClone(b, { transfer: [b] });

/**
 * Reads `bytes` into the splitter's room in reads of `size` bytes as a BYOB reader does: each
 * read detaches the buffer it is given and returns a view on a new ArrayBuffer over it.
 */
function readInPlace(splitter: CsvByteSplitter, bytes: Uint8Array, size: number) {
  const blocks: ByteBlock[] = [];
  const readInto: ArrayBuffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const room = splitter.room();
    const n = Math.min(size, room.length, bytes.length - at);
    room.set(bytes.subarray(at, at + n));
    // A detached view reads offset 0: the offset is taken first.
    const offset = room.byteOffset;
    const moved = transfer(room.buffer);
    readInto.push(moved);
    splitter.wrote(new Uint8Array(moved, offset, n), blocks);
    at += n;
  }
  // The end of the stream hands the last buffer back in an empty view.
  const room = splitter.room();
  const offset = room.byteOffset;
  splitter.wrote(new Uint8Array(transfer(room.buffer), offset, 0), blocks);
  splitter.end(blocks);
  return { blocks, readInto };
}

const text = (b: ByteBlock) => [new TextDecoder().decode(b.bytes), b.firstLine];

describe('reading in place', () => {
  for (const wasm of [true, false]) {
    it(`cuts the blocks that push cuts, at any read size (${wasm ? 'WebAssembly' : 'JS'})`, () => {
      const bytes = csvBytes(300);
      const pushed = new CsvByteSplitter(7, Infinity, null, wasm ? wasmRowEnds() : null);
      const expected: ByteBlock[] = [];
      pushed.push(bytes, expected);
      pushed.end(expected);
      expect(expected.length).toBe(43);
      for (const size of [1, 5, 64, 1000, bytes.length]) {
        const splitter = new CsvByteSplitter(7, Infinity, null, wasm ? wasmRowEnds() : null);
        const { blocks } = readInPlace(splitter, bytes, size);
        expect(splitter.header).toBe('n,raw\n');
        expect(blocks.map(text), `reads of ${size}`).toEqual(expected.map(text));
      }
    });
  }

  it('hands a block the buffer it was read into, and moves only the bytes read past its end', () => {
    const bytes = csvBytes(2000);
    const recycler = new BufferRecycler(4);
    const splitter = new CsvByteSplitter(500, Infinity, recycler);
    const { blocks, readInto } = readInPlace(splitter, bytes, 4096);
    expect(blocks.length).toBe(4);
    for (const b of blocks) expect(readInto).toContain(b.bytes.buffer);
    // Rows 0-499 after the header: the first block starts past the BOM and the header.
    expect(blocks[0].bytes.byteOffset).toBe(3 + 'n,raw\n'.length);
    expect(blocks.slice(1).map((b) => b.bytes.byteOffset)).toEqual([0, 0, 0]);
  });

  it('copies out all but the last of several blocks cut in one read', () => {
    const bytes = csvBytes(40);
    const splitter = new CsvByteSplitter(4);
    const { blocks, readInto } = readInPlace(splitter, bytes, bytes.length);
    expect(blocks.length).toBe(10);
    const shared = blocks.filter((b) => readInto.includes(b.bytes.buffer));
    expect(shared).toEqual([blocks[blocks.length - 1]]);
  });
});

import { describe, expect, it } from 'vitest';
import { wasmRowEnds } from './row-ends-wasm';
import { createSplitter, CsvByteSplitter, type ByteBlock, type TextBlock } from './splitter';

const CAP = 200;
const decoder = new TextDecoder();

/** Header, blocks and the oversize line of a text fed in pieces of `size`. */
function viaText(format: 'splunk-csv' | 'json-lines', text: string, size: number) {
  const splitter = createSplitter(format, 3, Infinity, CAP);
  const blocks: TextBlock[] = [];
  for (let i = 0; i < text.length; i += size) splitter.push(text.slice(i, i + size), blocks);
  splitter.end(blocks);
  return { blocks: blocks.map((b) => [b.firstLine, b.text]), oversize: splitter.oversize };
}

function viaBytes(text: string, size: number, wasm: boolean) {
  const splitter = new CsvByteSplitter(3, Infinity, null, wasm ? wasmRowEnds() : null, CAP);
  const bytes = new TextEncoder().encode(text);
  const blocks: ByteBlock[] = [];
  for (let i = 0; i < bytes.length; i += size) splitter.push(bytes.subarray(i, i + size), blocks);
  splitter.end(blocks);
  const out = blocks.map((b) => [b.firstLine, decoder.decode(b.bytes)]);
  return { blocks: out, oversize: splitter.oversize };
}

const ROWS = ['1,"a\nb"\n', '2,x\n', '3,y\n', '4,z\n', '5,w\n'];
// Row 6 (on line 8) opens a quote that never closes: the rest of the file would be one row.
const CSV = 'n,v\n' + ROWS.join('') + '6,"open\n' + '7,more\n'.repeat(100);

describe('the record-size cap of the splitters', () => {
  for (const size of [1, 5, 64, 4096]) {
    it(`stops CSV at the record that runs past it, blocks before it kept (pieces of ${size})`, () => {
      const want = {
        blocks: [
          [2, ROWS.slice(0, 3).join('')],
          [6, ROWS.slice(3).join('')],
        ],
        oversize: 8,
      };
      expect(viaText('splunk-csv', CSV, size)).toEqual(want);
      expect(viaBytes(CSV, size, false)).toEqual(want);
      expect(viaBytes(CSV, size, true)).toEqual(want);
    });

    it(`stops JSON lines at a line that runs past it (pieces of ${size})`, () => {
      const text = '{"a":1}\n{"a":2}\n{"a":"' + 'x'.repeat(CAP * 2) + '"}\n{"a":3}\n';
      expect(viaText('json-lines', text, size)).toEqual({
        blocks: [[1, '{"a":1}\n{"a":2}\n']],
        oversize: 3,
      });
    });
  }

  it('stops at a closed record past the cap that ends inside the piece read', () => {
    const text = 'n,v\n' + ROWS.join('') + `6,"${'x'.repeat(CAP)}\ny"\n` + '7,more\n'.repeat(9);
    const want = {
      blocks: [
        [2, ROWS.slice(0, 3).join('')],
        [6, ROWS.slice(3).join('')],
      ],
      oversize: 8,
    };
    for (const size of [7, 4096]) {
      expect(viaText('splunk-csv', text, size)).toEqual(want);
      expect(viaBytes(text, size, false)).toEqual(want);
      expect(viaBytes(text, size, true)).toEqual(want);
    }
  });

  it('a header that never ends is the record past the cap', () => {
    const text = '"never closed,' + 'x'.repeat(CAP * 2) + '\n1,2\n';
    expect(viaText('splunk-csv', text, 7)).toEqual({ blocks: [], oversize: 1 });
    expect(viaBytes(text, 7, true)).toEqual({ blocks: [], oversize: 1 });
  });

  it('records up to the cap pass', () => {
    const text = 'n,v\n' + `1,"${'x'.repeat(CAP - 10)}"\n`.repeat(5);
    expect(viaText('splunk-csv', text, 13).oversize).toBeNull();
    expect(viaBytes(text, 13, false).oversize).toBeNull();
    expect(
      viaBytes(text, 13, false)
        .blocks.map((b) => b[1])
        .join(''),
    ).toBe(text.slice(4));
  });
});

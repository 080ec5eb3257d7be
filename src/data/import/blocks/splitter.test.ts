import { describe, expect, it } from 'vitest';
import { readAll } from '../../formats/read-all';
import { ROW_SCAN_WINDOW, wasmRowEnds, type WasmRowEnds } from './row-ends-wasm';
import { createSplitter, CsvByteSplitter, type ByteBlock, type TextBlock } from './splitter';

/** Feeds text in pieces of `size` (the last may be shorter) and returns header and blocks. */
function split(format: 'splunk-csv' | 'json-lines', text: string, max: number, size: number) {
  const splitter = createSplitter(format, max);
  const blocks: TextBlock[] = [];
  for (let i = 0; i < text.length; i += size) splitter.push(text.slice(i, i + size), blocks);
  splitter.end(blocks);
  return { header: splitter.header, headerLines: splitter.headerLines, blocks };
}

const CSV = [
  '"_time",host,"_raw"\r\n',
  '2017-08-23T20:36:14.000-07:00,wrk-btun,"{""method"":""RETR"",""filename"":""nc.exe""}"\r\n',
  '2017-08-23T20:36:15.000-07:00,wrk-btun,"line one\nline two\n""quoted"", and, commas"\r\n',
  '\r\n',
  '2017-08-23T20:36:16.000-07:00,wrk-klagerf,plain\r\n',
  '2017-08-23T20:36:17.000-07:00,wrk-klagerf,"a ""b"" c"\r\n',
  '2017-08-23T20:36:18.000-07:00,wrk-btun,"ends without newline"',
].join('');

describe('block splitter', () => {
  for (const size of [1, 2, 3, 7, 64, CSV.length]) {
    it(`cuts CSV at row boundaries whatever the piece size (${size})`, () => {
      const { header, headerLines, blocks } = split('splunk-csv', CSV, 2, size);
      expect(header).toBe('"_time",host,"_raw"\r\n');
      expect(headerLines).toBe(1);
      expect(header + blocks.map((b) => b.text).join('')).toBe(CSV);
      // Row 2 spans lines 3-5, a blank line is line 6: blocks of two rows each.
      expect(blocks.map((b) => b.firstLine)).toEqual([2, 6, 8]);
      const whole = readAll('splunk-csv', CSV).records;
      const pieces = blocks.flatMap((b) =>
        readAll('splunk-csv', header + b.text).records.map((r) => ({
          ...r,
          line: r.line - headerLines - 1 + b.firstLine,
        })),
      );
      expect(pieces).toEqual(whole);
    });
  }

  it('keeps blank lines before the header with the header', () => {
    const { header, headerLines, blocks } = split('splunk-csv', '\n\n_time,x\n1,2\n', 10, 3);
    expect(header).toBe('\n\n_time,x\n');
    expect(headerLines).toBe(3);
    expect(blocks).toEqual([{ text: '1,2\n', firstLine: 4 }]);
  });

  it('cuts JSON lines by line, ignoring quotes', () => {
    const lines = ['{"a":"x\\"y"}', '{"a":"\\""}', '', '{"a":3}', '{"a":4}'];
    const text = lines.join('\n') + '\n';
    const { header, blocks } = split('json-lines', text, 2, 5);
    expect(header).toBe('');
    expect(blocks.map((b) => [b.firstLine, b.text])).toEqual([
      [1, `${lines[0]}\n${lines[1]}\n`],
      [3, `\n${lines[3]}\n`],
      [5, `${lines[4]}\n`],
    ]);
  });

  it.each([
    ['in WebAssembly', wasmRowEnds],
    ['in JS', () => null],
  ])(
    'cuts bytes as the text splitter cuts text, at any alignment and piece size (%s)',
    (_, rows) => {
      // Rows of quotes, newlines and multi-byte characters in every position a word scan can see.
      let seed = 7;
      const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
      const alphabet = ['a', 'b', ',', '"', '""', '\n', '\r\n', 'é', '€', ' '];
      const decoder = new TextDecoder();
      for (let round = 0; round < 200; round++) {
        let text = 'h1,h2\n';
        const length = Math.floor(random() * 400);
        for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
        const max = 1 + Math.floor(random() * 4);
        const expected = split('splunk-csv', text, max, text.length);
        const bytes = new TextEncoder().encode(text);
        // Each piece sits at a random offset in a larger buffer, as stream chunks may.
        const splitter = new CsvByteSplitter(max, Infinity, null, rows());
        const blocks: ByteBlock[] = [];
        for (let i = 0; i < bytes.length;) {
          const size = 1 + Math.floor(random() * 40);
          const offset = Math.floor(random() * 4);
          const piece = bytes.subarray(i, i + size);
          const host = new Uint8Array(offset + piece.length + 3);
          host.set(piece, offset);
          splitter.push(host.subarray(offset, offset + piece.length), blocks);
          i += size;
        }
        splitter.end(blocks);
        const got = {
          header: splitter.header,
          headerLines: splitter.headerLines,
          blocks: blocks.map((b) => ({ text: decoder.decode(b.bytes), firstLine: b.firstLine })),
        };
        expect(got, JSON.stringify(text)).toEqual(expected);
      }
    },
  );

  it('finds the same rows and lines in WebAssembly as in JS in pieces larger than its window', () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `${i},"${'q""'.repeat(i % 9)}${i % 5 ? '' : '\n'}x",${'y'.repeat(i % 70)}\n`,
    );
    const bytes = new TextEncoder().encode('n,raw,pad\n' + rows.join(''));
    expect(bytes.length).toBeGreaterThan(2 * ROW_SCAN_WINDOW);
    const cut = (rows: WasmRowEnds | null) => {
      const splitter = new CsvByteSplitter(1000, 100_000, null, rows);
      const blocks: ByteBlock[] = [];
      // One piece past the window, then odd sizes that end inside quotes.
      splitter.push(bytes.subarray(0, ROW_SCAN_WINDOW + 12_345), blocks);
      for (let i = ROW_SCAN_WINDOW + 12_345; i < bytes.length; i += 777_777)
        splitter.push(bytes.subarray(i, i + 777_777), blocks);
      splitter.end(blocks);
      return blocks.map((b) => [Buffer.from(b.bytes).toString('base64'), b.firstLine]);
    };
    const wasm = cut(wasmRowEnds());
    expect(wasm.length).toBeGreaterThanOrEqual(40);
    expect(wasm).toEqual(cut(null));
  });

  it('ends a block at the row that reaches the size cap, bytes as text', () => {
    // Rows of growing length with quoted newlines, so that the cap falls inside rows.
    const rows = Array.from({ length: 30 }, (_, i) => `${i},"${'x'.repeat(i * 3)}\n${i}"\n`);
    const text = 'n,raw\n' + rows.join('');
    // Caps around the row lengths, so that some block reaches its cap exactly.
    for (let cap = 30; cap <= 50; cap++) expectCappedAlike(rows, text, cap);
  });
});

/** Both splitters cut `text` into the same blocks, each ending at the row that reaches `cap`. */
function expectCappedAlike(rows: string[], text: string, cap: number) {
  const textSplitter = createSplitter('splunk-csv', 1000, cap);
  const textBlocks: TextBlock[] = [];
  for (let i = 0; i < text.length; i += 7) textSplitter.push(text.slice(i, i + 7), textBlocks);
  textSplitter.end(textBlocks);
  expect(textBlocks.map((b) => b.text).join('')).toBe(rows.join(''));
  expect(textBlocks.length).toBeGreaterThan(5);
  let row = 0;
  for (const [k, b] of textBlocks.entries()) {
    let length = 0;
    let last = 0;
    while (length < b.text.length) {
      last = rows[row++].length;
      length += last;
    }
    // Each block but the last reached the cap with its last row, and not before it.
    if (k < textBlocks.length - 1) {
      expect(b.text.length).toBeGreaterThanOrEqual(cap);
      expect(b.text.length - last).toBeLessThan(cap);
    }
  }
  const bytes = new TextEncoder().encode(text);
  const byteSplitter = new CsvByteSplitter(1000, cap);
  const byteBlocks: ByteBlock[] = [];
  for (let i = 0; i < bytes.length; i += 5) byteSplitter.push(bytes.subarray(i, i + 5), byteBlocks);
  byteSplitter.end(byteBlocks);
  const decoder = new TextDecoder();
  expect(byteBlocks.map((b) => [decoder.decode(b.bytes), b.firstLine])).toEqual(
    textBlocks.map((b) => [b.text, b.firstLine]),
  );
}

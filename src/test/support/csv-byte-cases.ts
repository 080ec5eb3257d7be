import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataMap } from '../../engine/data-map';
import { ChunkColumns, rawAt, type EncodedChunk } from '../../data/chunk';
import { readAll } from '../../data/formats/read-all';
import { encodeBlock, type BlockJob } from '../../data/import/blocks/process';
import { countEncodedFffd, countReplacementChars } from '../../data/formats/decode';
import {
  createSplitter,
  CsvByteSplitter,
  type ByteBlock,
  type TextBlock,
} from '../../data/import/blocks/splitter';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'src/test/fixtures/formats');
const encoder = new TextEncoder();

const job = (
  header: string,
  headerLines: number,
  firstLine: number,
  defaultIndex?: string,
): BlockJob => ({
  defaultIndex,
  datasetId: 'd',
  seq: 0,
  file: 'f.csv',
  format: 'splunk-csv',
  header,
  headerLines,
  firstLine,
  maxIssues: 1000,
});

/** What the import made of a file through the text path and through the byte path. */
function both(bytes: Uint8Array, maxRecords: number, piece: number, defaultIndex?: string) {
  // Text path: a streaming decoder (as TextDecoderStream: BOM dropped, bad bytes replaced).
  const decoder = new TextDecoder();
  const textSplitter = createSplitter('splunk-csv', maxRecords);
  const textBlocks: TextBlock[] = [];
  let replaced = -countEncodedFffd(bytes);
  for (let i = 0; i < bytes.length; i += piece) {
    const text = decoder.decode(bytes.subarray(i, i + piece), { stream: true });
    replaced += countReplacementChars(text);
    if (text.length > 0) textSplitter.push(text, textBlocks);
  }
  const last = decoder.decode();
  replaced += countReplacementChars(last);
  if (last.length > 0) textSplitter.push(last, textBlocks);
  textSplitter.end(textBlocks);

  const byteSplitter = new CsvByteSplitter(maxRecords);
  const byteBlocks: ByteBlock[] = [];
  for (let i = 0; i < bytes.length; i += piece) {
    byteSplitter.push(bytes.slice(i, i + piece), byteBlocks);
  }
  byteSplitter.end(byteBlocks);

  const encode = (b: BlockJob) => {
    const { tally, chunk } = encodeBlock(b);
    return { summary: tally.summary(), missing: tally.missingTimeIn('f.csv'), chunk };
  };
  const text = textBlocks.map((b) =>
    encode({
      ...job(textSplitter.header, textSplitter.headerLines, b.firstLine, defaultIndex),
      text: b.text,
    }),
  );
  const byte = byteBlocks.map((b) =>
    encode({
      ...job(byteSplitter.header, byteSplitter.headerLines, b.firstLine, defaultIndex),
      bytes: b.bytes,
    }),
  );
  return {
    text,
    byte,
    header: [
      textSplitter.header,
      textSplitter.headerLines,
      byteSplitter.header,
      byteSplitter.headerLines,
    ],
    lines: [textBlocks.map((b) => b.firstLine), byteBlocks.map((b) => b.firstLine)],
    // Characters replaced: the text path's decoder counts them, the byte path where it decodes.
    replaced: [
      replaced,
      byte.reduce((n, b) => n + b.summary.replaced, byteSplitter.headerReplaced),
    ],
  };
}

/** Decoded rows of a chunk: time, raw, and every field's value, for a readable failure. */
function rows(chunk: EncodedChunk | null) {
  if (chunk === null) return [];
  const cols = new ChunkColumns(chunk.columns);
  const out: unknown[] = [];
  for (let i = 0; i < chunk.meta.count; i++) {
    const fields = dataMap<unknown>();
    for (const name of chunk.meta.fields) fields[name] = cols.column(name)?.value(i);
    out.push({ time: chunk.columns.times[i], raw: rawAt(chunk.raw, i), fields });
  }
  return out;
}

/** Where a and b first differ (typed arrays by type and contents, NaN equal to NaN), or null. */
function difference(a: unknown, b: unknown, at: string): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return at;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at} (type)`;
  if (ArrayBuffer.isView(a)) {
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return `${at}.length`;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return `${at}[${i}]`;
    return null;
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.join() !== kb.join()) return `${at} keys ${ka.join()} / ${kb.join()}`;
  for (const k of ka) {
    const d = difference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${at}.${k}`,
    );
    if (d !== null) return d;
  }
  return null;
}

function expectSame(bytes: Uint8Array, maxRecords: number, piece: number, defaultIndex?: string) {
  const r = both(bytes, maxRecords, piece, defaultIndex);
  const small = bytes.length < 100_000;
  expect(r.header.slice(2)).toEqual(r.header.slice(0, 2));
  expect(r.lines[1]).toEqual(r.lines[0]);
  expect(r.byte.length).toBe(r.text.length);
  expect(r.replaced[1]).toBe(r.replaced[0]);
  for (let k = 0; k < r.text.length; k++) {
    expect({ ...r.byte[k].summary, replaced: 0 }).toEqual(r.text[k].summary);
    expect(r.byte[k].missing).toBe(r.text[k].missing);
    // Decoded rows first, for a readable failure (on small inputs: the large ones take long).
    if (small) expect(rows(r.byte[k].chunk)).toEqual(rows(r.text[k].chunk));
    // The stored records themselves, typed arrays and all.
    expect(difference(r.byte[k].chunk, r.text[k].chunk, 'chunk')).toBe(null);
  }
  return r;
}

const EDGE_CSV = [
  '"_time",host,sourcetype,"_raw",src,"dest_port",tags,"__mv_tags",note,"__mv_only",timestamp\r\n',
  // Plain row, CRLF.
  '"2017-08-23T20:36:14.000-07:00",wrk-btun,"stream:ftp","{""a"":""b, c""}",10.0.2.1,21,,,,,\r\n',
  // Quoted cells with commas, quotes and newlines; multivalue with CRLF and empty values.
  '"2017-08-23T20:36:15.000-07:00","wrk,btun","st""x","line one\r\nline ""two"", and, commas","10.0.2.2\r\n10.0.2.3\n\n",021,"a\nb",,"x ""y"" z",,\n',
  // Non-ASCII in _raw and fields (2-, 3- and 4-byte characters, a BOM inside).
  '"2017-08-23T20:36:16.000-07:00",hôte,"stream:ftp","Grüße 😀 \uFEFFdata ÄÖÜ straße",ünïcode,-5,"é\nè",,"日本語",,\n',
  // __mv_ companion filled: takes the text path.
  '"2017-08-23T20:36:17.000-07:00",wrk-btun,"stream:ftp","raw mv","10.0.2.4",22,"x\ny","$x$;$y$;$$z$",,"$only$",\n',
  // __mv_ companion that is not in that shape: the cell stays.
  '"2017-08-23T20:36:18.000-07:00",wrk-btun,"stream:ftp","raw mv2","10.0.2.4",22,"p\nq","nope",,,\n',
  // No _time, but timestamp.
  ',wrk-btun,"stream:ftp","raw ts",,,,,,,"2017-08-23T20:36:19.500Z"\n',
  // No time at all.
  ',wrk-btun,"stream:ftp","raw no time",,,,,,,\n',
  // Unparsable time.
  '"yesterday at noon",wrk-btun,"stream:ftp","raw bad time",,,,,,,\n',
  // Multivalue time (first value used).
  '"2017-08-23T20:36:20.000-07:00\n2017-08-23T20:36:21.000-07:00",h,s,"raw mv time",,,,,,,\n',
  // Empty _raw: synthesised from the fields.
  '"2017-08-23T20:36:22.000-07:00",wrk-btun,"stream:ftp",,"10.0.2.5",23,,,"say ""hi""",,\n',
  // Blank lines, a malformed quoted cell, a short row, a long row.
  '\n\r\n',
  '"2017-08-23T20:36:23.000-07:00",h,"s"x,"raw",,,,,,,\n',
  '"2017-08-23T20:36:24.000-07:00",h,s\n',
  '"2017-08-23T20:36:25.000-07:00",h,s,"raw",,,,,,,,extra\n',
  // Numbers that stay numbers, then one that is not canonical (the column turns dictionary).
  '"2017-08-23T20:36:26.000-07:00",h,s,"r1",,80,,,,,\n',
  '"2017-08-23T20:36:27.000-07:00",h,s,"r2",,1.50,,,,,\n',
  '"2017-08-23T20:36:28.000-07:00",h,s,"r3",,1234567890123,,,,,\n',
  '"2017-08-23T20:36:29.000-07:00",h,s,"r4",,-0,,,,,\n',
  // Cell of only newlines (multivalue with nothing in it), and a trailing CR in an unquoted cell.
  '"2017-08-23T20:36:30.000-07:00",h\r,s,"r5","\n\r\n",8080,,,,,\n',
  // Unterminated quote at the end of the file.
  '"2017-08-23T20:36:31.000-07:00",h,s,"never closed\n',
].join('');

/**
 * The byte path against the text path, run twice: with the WebAssembly scanners (csv-bytes.test.ts)
 * and with their JS counterparts (csv-bytes-js.test.ts). `full`: also the 56k-event workshop sample.
 */
export function csvBytePathTests(label: string, full: boolean) {
  describe(`CSV byte path (${label})`, () => {
    for (const [max, piece] of [
      [1, 7],
      [2, 1],
      [3, 64],
      [4096, 5],
      [4096, 1 << 16],
    ]) {
      it(`matches the text path on edge cases (blocks of ${max}, pieces of ${piece})`, () => {
        const r = expectSame(encoder.encode(EDGE_CSV), max, piece);
        // The case list means something only if the text path reported and stored these.
        const issues = r.text.flatMap((t) => t.summary.issues.map((i) => i.message));
        expect(issues).toContain('no _time field');
        expect(issues.some((m) => m.startsWith('unparsable _time'))).toBe(true);
        expect(issues).toContain('malformed quoted cell in column 3');
        expect(issues).toContain('expected 11 columns, found 3');
        expect(issues).toContain('expected 11 columns, found 12');
        expect(issues).toContain('unterminated quoted cell (is the file truncated?)');
      });
    }

    it('matches with BOMs, a header after blank lines and header problems', () => {
      const csv = '\n\n"_time",x,x,,"_raw"\n"2017-08-23T20:36:14Z",1,2,3,"r"\n';
      for (const bom of ['', '\uFEFF', '\uFEFF\uFEFF', '\uFEFF\uFEFF\uFEFF']) {
        const r = expectSame(encoder.encode(bom + csv), 10, 3);
        expect(r.text[0].summary.issues.length).toBe(2);
      }
    });

    it('hands blocks that are not valid UTF-8 to the text path (same replacement characters)', () => {
      const head = encoder.encode('_time,host,_raw\n2017-08-23T20:36:14Z,h\xe9,"caf');
      const tail = encoder.encode('"\n2017-08-23T20:36:15Z,h,"ok"\n');
      const bad = new Uint8Array([...head, 0xe9, 0xff, 0xc3, ...tail]);
      expectSame(bad, 1, 4);
      expectSame(bad, 10, 1000);
    });

    it("gives events without an index the import's, whether or not index is a column", () => {
      const rows = [
        '"2017-08-23T20:36:14Z",botsv2,"r1",,',
        '"2017-08-23T20:36:15Z",,"r2",7,',
        // __mv_ filled: the text path, without an index and with one.
        '"2017-08-23T20:36:16Z",,"r3","a\nb","$a$;$b$"',
        '"2017-08-23T20:36:17Z",other,"r4","c\nd","$c$;$d$"',
        '"2017-08-23T20:36:18Z",,"r5",,',
      ];
      for (const header of ['_time,index,_raw,n,__mv_n', '_time,idx,_raw,n,__mv_n']) {
        const csv = `${header}\n${rows.join('\n')}\n`;
        for (const max of [2, 4096]) {
          const r = expectSame(encoder.encode(csv), max, 9, 'main');
          const first = r.byte[0].chunk!;
          expect(first.meta.indexes).toContain('main');
        }
      }
    });

    it('runs every row through the text path when there is no _raw column', () => {
      const csv =
        '_time,src,dest\n2017-08-23T20:36:14Z,10.0.0.1,"a ""b"""\n2017-08-23T20:36:15Z,,x\n';
      const r = expectSame(encoder.encode(csv), 10, 7);
      expect(rows(r.byte[0].chunk)[0]).toMatchObject({ raw: 'src="10.0.0.1" dest="a "b""' });
    });

    it('matches on random rows of awkward cells', () => {
      const pieces = [
        'a',
        'B',
        ',',
        '"',
        '""',
        '\n',
        '\r\n',
        '\r',
        'é',
        '😀',
        ' ',
        '1',
        '-',
        '0',
        '.',
      ];
      let seed = 7;
      const rand = (n: number) => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) % n;
      };
      const cell = () => {
        const kind = rand(6);
        if (kind === 0) return '';
        if (kind === 1) return String(rand(100000) - 50);
        let s = '';
        for (let k = rand(8); k > 0; k--) s += pieces[rand(pieces.length)];
        return kind === 2 ? s.replace(/[",\r\n]/g, '') : `"${s.replaceAll('"', '""')}"`;
      };
      for (let round = 0; round < 20; round++) {
        let csv = '"_time",host,sourcetype,"_raw",a,b,c,"__mv_c"\n';
        for (let row = 0; row < 60; row++) {
          const t = rand(10) === 0 ? cell() : `"2017-08-23T20:${10 + rand(50)}:00.000-07:00"`;
          const mv = rand(10) === 0 ? `"$${rand(9)}$;$x$"` : '';
          csv += [t, cell(), cell(), cell(), cell(), cell(), cell(), mv].join(',') + '\n';
        }
        expectSame(encoder.encode(csv), 1 + rand(40), 1 + rand(300));
      }
    });

    it('matches on rows of more cells than the scanners first make room for', () => {
      const names = Array.from({ length: 600 }, (_, k) => `f${k}`);
      let csv = `_time,_raw,${names.join(',')}\n`;
      for (let row = 0; row < 5; row++) {
        const cells = names.map((_, k) =>
          (k + row) % 7 === 0 ? `"q""${k}\n${row}"` : `${k * row}`,
        );
        csv += `"2017-08-23T20:36:${10 + row}.000-07:00","wide row ${row}",${cells.join(',')}\n`;
        // Now and then a row of one cell too many, after the wide ones.
        if (row === 3) csv += `"2017-08-23T20:37:00.000-07:00","long",${cells.join(',')},extra\n`;
      }
      const r = expectSame(encoder.encode(csv), 4096, 1 << 16);
      expect(r.byte[0].summary.eventCount).toBe(5);
      expect(r.byte[0].summary.issues.map((i) => i.message)).toEqual([
        'expected 602 columns, found 603',
      ]);
    });

    it('matches on the fixtures', () => {
      for (const name of ['botsv2-sample.csv', 'broken.csv', 'no-time.csv']) {
        const bytes = readFileSync(path.join(FIXTURES, name));
        for (const [max, piece] of [
          [4096, 65536],
          [3, 17],
        ])
          expectSame(bytes, max, piece);
      }
    });

    it.runIf(full)(
      'matches on the workshop sample',
      () => {
        const bytes = gunzipSync(
          readFileSync(path.join(ROOT, 'public/sample/botsv2-ftp-sample.csv.gz')),
        );
        const r = expectSame(bytes, 4096, 65536);
        const events = r.byte.reduce((n, b) => n + b.summary.eventCount, 0);
        expect(events).toBe(readAll('splunk-csv', new TextDecoder().decode(bytes)).records.length);
      },
      60_000,
    ); // 56k events twice: about 4 s alone, 13 s on a busy machine

    it('matches on the benchmark generator output', async () => {
      const { generateCsv } = await import('../../../scripts/bench/generate-csv.mjs');
      const dir = mkdtempSync(path.join(tmpdir(), 'csvbytes-'));
      try {
        const file = path.join(dir, 'bench.csv');
        await generateCsv(file, { events: 6000 });
        expectSame(readFileSync(file), 4096, 65536);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

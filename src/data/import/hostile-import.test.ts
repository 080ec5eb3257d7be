import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDB } from '../db/db';
import { listDatasets } from '../db/datasets';
import { MIN_INFLATE_LIMIT } from '../formats/limits';
import { MAX_RECORD_CHARS } from '../formats/sink';
import { runImport } from './pipeline';
import { MAX_TALLY_NAMES } from './tally';
import { ImportFailureError } from './types';

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`hostile-import-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const HEADER = '_time,host,sourcetype,_raw\n';
const row = (i: number, host = 'h') =>
  `${1503543600 + i},${host},test,"event ${i} ""quoted"" text"\n`;
const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => row(from + k)).join('');

/** A file that counts the bytes read from it. */
class CountingFile extends File {
  read = 0;
  stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const count = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      transform: (chunk, controller) => {
        this.read += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return super.stream().pipeThrough(count);
  }
}

function run(files: File[]) {
  const datasetId = crypto.randomUUID();
  return runImport(files, {
    db,
    name: files[0].name,
    datasetId,
    signal: new AbortController().signal,
  });
}

async function failureOf(p: Promise<unknown>): Promise<ImportFailureError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportFailureError);
  return err as ImportFailureError;
}

/** Rows of every per-chunk table, whatever dataset they belong to. */
async function storedChunks(): Promise<number> {
  let total = 0;
  for (const table of db.chunkTables()) total += await table.count();
  return total;
}

// Past the cap by a little: each test reads about 17 MB.
const LONG = MAX_RECORD_CHARS + 1024 * 1024;

describe('a record longer than the cap', () => {
  it('an unterminated quote in CSV stops that file at its line; the rows before it are kept', async () => {
    const good = HEADER + rows(0, 10);
    const text = good + `1503543700,h,test,"never closed\n` + rows(20, LONG / 40);
    // In pieces, as a browser reads a file (Node streams a one-part Blob as one chunk).
    const pieces = Array.from({ length: Math.ceil(text.length / 65536) }, (_, k) =>
      text.slice(k * 65536, (k + 1) * 65536),
    );
    const file = new CountingFile(pieces, 'open-quote.csv');
    const ds = await run([file]);
    expect(ds.eventCount).toBe(10);
    expect(ds.issues).toEqual([
      {
        file: 'open-quote.csv',
        line: 12,
        message: expect.stringMatching(/record starting on line 12 is longer than 16 MB/),
      },
    ]);
    // The rest of the file is not read once the record ran past the cap.
    expect(text.length).toBeGreaterThan(MAX_RECORD_CHARS + 4 * 1024 * 1024);
    expect(file.read).toBeLessThan(MAX_RECORD_CHARS + 1024 * 1024);
  });

  it('the same through gzip, and a JSON line without its end', async () => {
    const csv = HEADER + rows(0, 5) + '1503543700,h,test,"open\n' + rows(20, LONG / 40);
    const gz = new File([gzipSync(csv)], 'open-quote.csv.gz');
    const lines =
      '{"_time":"1503543600","a":"x"}\n' + `{"_time":"1503543601","a":"${'y'.repeat(LONG)}`;
    const ds = await run([gz, new File([lines], 'long-line.jsonl')]);
    expect(ds.eventCount).toBe(6);
    expect(ds.issues.map((i) => [i.file, i.line])).toEqual([
      ['open-quote.csv.gz', 7],
      ['long-line.jsonl', 2],
    ]);
  });
});

describe('a decompression bomb', () => {
  it('stops at the size limit with a message, and nothing of it is stored', async () => {
    const kept = await run([new File([HEADER + rows(0, 3)], 'good.csv')]);
    const chunksBefore = await storedChunks();
    // A JSON array of events whose first element never comes: blank space is quick to skip,
    // so the test waits on the limit rather than on parsing (the e2e bomb is rows of a CSV).
    const body = Buffer.alloc(MIN_INFLATE_LIMIT + 1024 * 1024, ' ');
    const events = Buffer.from(`[{"_time":"1503543600","a":"x"},`);
    const bomb = new File([gzipSync(Buffer.concat([events, body]))], 'bomb.json.gz');
    expect(bomb.size).toBeLessThan(MIN_INFLATE_LIMIT / 100);
    const err = await failureOf(run([bomb]));
    expect(err.failure.message).toMatch(
      /^bomb\.json\.gz: decompresses to more than 64 MB .*decompression bomb; nothing was stored\.$/,
    );
    expect((await listDatasets(db)).map((d) => d.id)).toEqual([kept.id]);
    expect(await db.datasets.count()).toBe(1);
    expect(await storedChunks()).toBe(chunksBefore);
  });
});

describe('dataset counts', () => {
  it('keep the most frequent hosts by name and count the rest', async () => {
    const distinct = 20_000;
    const lines = [HEADER];
    for (let i = 0; i < distinct; i++) lines.push(row(i, `host-${i}`));
    for (let i = 0; i < 50; i++) lines.push(row(i, 'busy'));
    const ds = await run([new File([lines.join('')], 'hosts.csv')]);
    expect(Object.keys(ds.hosts)).toHaveLength(MAX_TALLY_NAMES);
    expect(ds.hosts.busy).toBe(50);
    expect(ds.hostsRest).toEqual({ values: distinct + 1 - MAX_TALLY_NAMES, events: distinct - 99 });
    expect(ds.sourcetypes).toEqual({ test: distinct + 50 });
    expect(ds.sourcetypesRest).toBeNull();
    const stored = (await db.datasets.get(ds.id))!;
    expect(JSON.stringify(stored).length).toBeLessThan(10_000);
  });
});

describe('text encodings', () => {
  const utf16 = (text: string, le: boolean) => {
    const units = '\ufeff' + text;
    const out = new Uint8Array(units.length * 2);
    for (let i = 0; i < units.length; i++) {
      const u = units.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = u & 0xff;
      out[2 * i + (le ? 1 : 0)] = u >> 8;
    }
    return out;
  };

  it('reads UTF-16 (LE and BE, with a byte order mark) in every format', async () => {
    const csv = HEADER + '1503543600,wrk-é,test,"日本語 ""ok"""\n1503543601,h2,test,b\n';
    const jsonl = '{"_time":"1503543602","host":"ホスト","msg":"x"}\n';
    const ds = await run([
      new File([utf16(csv, true)], 'le.csv'),
      new File([utf16(csv, false)], 'be.csv'),
      new File([gzipSync(utf16(jsonl, false))], 'be.jsonl.gz'),
      new File([utf16(`[${jsonl.trim()}]`, true)], 'le.json'),
    ]);
    expect(ds.eventCount).toBe(6);
    expect(ds.skipped).toBe(0);
    expect(ds.hosts).toEqual({ 'wrk-é': 2, h2: 2, ホスト: 2 });
    expect(ds.files.map((f) => [f.name, f.format, f.encoding, f.replaced])).toEqual([
      ['le.csv', 'splunk-csv', 'UTF-16LE', undefined],
      ['be.csv', 'splunk-csv', 'UTF-16BE', undefined],
      ['be.jsonl.gz', 'json-lines', 'UTF-16BE', undefined],
      ['le.json', 'json-array', 'UTF-16LE', undefined],
    ]);
  });

  it('counts the characters that were not valid UTF-8, per file', async () => {
    const enc = new TextEncoder();
    const bad = (text: string) => {
      // Each `%` becomes a byte that is never valid UTF-8.
      const bytes = enc.encode(text);
      return bytes.map((b) => (b === 0x25 ? 0xff : b));
    };
    // Enough good text around them that the files do not look binary.
    const csv = bad(`_time,ho%st,sourcetype,_raw\n1503543600,h,test,"a%b \ufffd"\n${rows(1, 40)}`);
    const jsonl = bad(
      `{"_time":"1503543602","host":"h","m":"%%"}\n${'{"_time":"1503543603"}\n'.repeat(20)}`,
    );
    const ds = await run([
      new File([csv], 'bad.csv'),
      new File([jsonl], 'bad.jsonl'),
      new File([HEADER + rows(0, 2)], 'clean.csv'),
    ]);
    expect(ds.eventCount).toBe(2 + 41 + 21);
    expect(ds.files.map((f) => [f.name, f.replaced])).toEqual([
      ['bad.csv', 2],
      ['bad.jsonl', 2],
      ['clean.csv', undefined],
    ]);
  });
});

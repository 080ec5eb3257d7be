import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_EVENTS, ChunkColumns, lookupInPages, rawAt, readChunkBody } from '../chunk';
import { WorkbookDB } from '../db/db';
import { cleanupInterruptedImports, deleteDataset, listDatasets } from '../db/datasets';
import type { BlockPool } from './blocks/pool';
import { processBlock, type BlockJob } from './blocks/process';
import { runImport } from './pipeline';
import { ImportFailureError } from './types';

let db: WorkbookDB;
let dbCount = 0;

beforeEach(async () => {
  db = new WorkbookDB(`pipeline-test-${dbCount++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function named(content: string | Uint8Array<ArrayBuffer>, name: string): File {
  return new File([content], name);
}

const HEADER =
  '"_serial","_time",source,sourcetype,host,index,"splunk_server","_raw",src,dest,"dest_port"\n';

/** A Splunk-style CSV export of n stream:ftp events, one second apart from 2017-08-23 20:00 PDT. */
function ftpCsv(n: number, start = 0): string {
  const rows: string[] = [HEADER];
  for (let i = start; i < start + n; i++) {
    const t = new Date(Date.UTC(2017, 7, 24, 3, 0, 0) + i * 1000).toISOString();
    const src = i % 2 === 0 ? '10.0.2.107' : '10.0.2.109';
    const raw = `{"src_ip":"${src}","dest_ip":"160.153.91.7","dest_port":21,"method":"RETR","seq":${i}}`;
    rows.push(
      `${i},"${t.replace('Z', '+00:00')}","stream:ftp","stream:ftp","wrk-${i % 2 ? 'klagerf' : 'btun'}",botsv2,idx1,"${raw.replaceAll('"', '""')}",${src},160.153.91.7,21\n`,
    );
  }
  return rows.join('');
}

function run(files: File[], name = 'test', signal = new AbortController().signal) {
  return runImport(files, { db, name, datasetId: crypto.randomUUID(), signal });
}

async function failureOf(p: Promise<unknown>): Promise<ImportFailureError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportFailureError);
  return err as ImportFailureError;
}

describe('runImport', () => {
  it('stores a CSV export as chunks that decode to the same events', async () => {
    const n = CHUNK_EVENTS * 2 + 17;
    const ds = await run([named(ftpCsv(n), 'ftp.csv')]);
    expect(ds.status).toBe('ready');
    expect(ds.eventCount).toBe(n);
    expect(ds.chunkCount).toBe(3);
    expect(ds.minTime).toBe(Date.UTC(2017, 7, 24, 3, 0, 0));
    expect(ds.maxTime).toBe(Date.UTC(2017, 7, 24, 3, 0, 0) + (n - 1) * 1000);
    expect(ds.sourcetypes).toEqual({ 'stream:ftp': n });
    expect(ds.hosts).toEqual({ 'wrk-btun': Math.ceil(n / 2), 'wrk-klagerf': Math.floor(n / 2) });
    expect(ds.files).toEqual([
      { name: 'ftp.csv', bytes: expect.any(Number), format: 'splunk-csv', events: n, skipped: 0 },
    ]);

    const metas = await db.chunks.where('datasetId').equals(ds.id).sortBy('seq');
    expect(metas.map((m) => m.count)).toEqual([CHUNK_EVENTS, CHUNK_EVENTS, 17]);
    const last = await readChunkBody(metas[2].body, metas[2].count);
    const cols = new ChunkColumns(last.columns);
    expect(cols.value('src', 0)).toBe((CHUNK_EVENTS * 2) % 2 === 0 ? '10.0.2.107' : '10.0.2.109');
    expect(cols.value('dest_port', 16)).toBe('21');
    expect(cols.times[16]).toBe(ds.maxTime);
    expect(rawAt(last.raw, 16)).toContain(`"seq":${n - 1}`);
    const first = await readChunkBody(metas[0].body, metas[0].count);
    expect(lookupInPages(metas[0].body, first.pages, '160.153.91.7').length).toBe(CHUNK_EVENTS);
    expect(lookupInPages(metas[0].body, first.pages, '5')).toEqual([5]);
  });

  it('puts several files, CSV, JSON and gzip, into one dataset', async () => {
    const json = [
      '{"preview":false,"offset":0,"result":{"_time":"2017-08-25T22:28:00.000-07:00","_raw":"STOR frothly_passwords.kdbx","sourcetype":"stream:ftp","host":"wrk-klagerf"}}',
      '{"preview":false,"offset":1,"lastrow":true,"result":{"_time":"2017-08-25T22:42:00.000-07:00","_raw":"STOR a.pdf","sourcetype":"stream:ftp","host":"wrk-btun"}}',
    ].join('\n');
    const gz = gzipSync(Buffer.from(ftpCsv(10, 100)));
    const ds = await run([
      named(ftpCsv(5), 'a.csv'),
      named(json, 'b.json'),
      named(
        new Uint8Array(gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.byteLength)),
        'c.csv.gz',
      ),
    ]);
    expect(ds.eventCount).toBe(17);
    expect(ds.files.map((f) => [f.name, f.format, f.events])).toEqual([
      ['a.csv', 'splunk-csv', 5],
      ['b.json', 'splunk-json-rows', 2],
      ['c.csv.gz', 'splunk-csv', 10],
    ]);
    expect(ds.maxTime).toBe(Date.parse('2017-08-26T05:42:00Z'));
  });

  it('skips malformed rows, reports file and line, and imports the rest', async () => {
    const csv =
      ftpCsv(3) +
      '99,"2017-08-24T03:00:00+00:00",only,three\n' +
      ftpCsv(2, 10).split('\n').slice(1).join('\n');
    const ds = await run([named(csv, 'broken.csv')]);
    expect(ds.eventCount).toBe(5);
    expect(ds.skipped).toBe(1);
    expect(ds.issues[0]).toMatchObject({ file: 'broken.csv', line: 5 });
  });

  it('rejects a file in no supported format and keeps what is stored', async () => {
    const kept = await run([named(ftpCsv(4), 'good.csv')]);
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const err = await failureOf(run([named(ftpCsv(4), 'ok.csv'), named(junk, 'junk.bin')]));
    expect(err.failure.kind).toBe('unsupported');
    expect(err.message).toMatch(/junk\.bin: not a supported format.*Supported:/);
    expect((await listDatasets(db)).map((d) => [d.id, d.eventCount])).toEqual([[kept.id, 4]]);
    expect(await db.chunks.count()).toBe(1);
  });

  it('says clearly when a file has no time field', async () => {
    const csv = 'host,sourcetype,_raw\nwrk-btun,x,"hello"\nwrk-btun,x,"again"\n';
    const err = await failureOf(run([named(csv, 'table.csv')]));
    expect(err.message).toMatch(/table\.csv: no event has a time/);
    expect(await db.datasets.count()).toBe(0);
  });

  it('leaves nothing behind when cancelled, and keeps other datasets', async () => {
    const kept = await run([named(ftpCsv(3), 'first.csv')]);
    const abort = new AbortController();
    const pending = runImport([named(ftpCsv(CHUNK_EVENTS * 6), 'big.csv')], {
      db,
      name: 'big',
      datasetId: 'big-id',
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    const err = await failureOf(pending);
    expect(err.failure.kind).toBe('cancelled');
    expect(await db.datasets.get('big-id')).toBeUndefined();
    for (const table of db.chunkTables()) {
      expect(await table.where('datasetId').equals('big-id').count()).toBe(0);
    }
    expect((await listDatasets(db)).map((d) => d.id)).toEqual([kept.id]);
  });

  it('counts each event by its first sourcetype and host, whatever path its row took', async () => {
    const t = (s: number) => `2017-08-24T03:00:0${s}.000+00:00`;
    // No host, a number, a multivalue cell (byte path), a filled __mv_ cell (text path), a word.
    const csv = [
      '_time,host,sourcetype,_raw,__mv_host\n',
      `${t(0)},,stream:ftp,one,\n`,
      `${t(1)},42,pan:traffic,two,\n`,
      `${t(2)},"wrk-btun\nwrk-klagerf",stream:ftp,three,\n`,
      `${t(3)},gw-01,pan:traffic,four,$mercury$;$venus$\n`,
      `${t(4)},gw-01,stream:ftp,five,\n`,
    ].join('');
    const numbers = ['_time,host,_raw\n', `${t(0)},7,a\n`, `${t(1)},8,b\n`, `${t(2)},7,c\n`].join(
      '',
    );
    const ds = await run([named(csv, 'mixed.csv')]);
    expect(ds.sourcetypes).toEqual({ 'stream:ftp': 3, 'pan:traffic': 2 });
    expect(ds.hosts).toEqual({ '42': 1, 'wrk-btun': 1, mercury: 1, 'gw-01': 1 });
    const nums = await run([named(numbers, 'numbers.csv')]);
    expect(nums.hosts).toEqual({ '7': 2, '8': 1 });
  });

  it('stops cleanly on a full disk with a message saying what to free', async () => {
    const kept = await run([named(ftpCsv(3), 'first.csv')]);
    db.chunks.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await failureOf(run([named(ftpCsv(10), 'second.csv')]));
    expect(err.failure.kind).toBe('quota');
    expect(err.message).toMatch(/Delete datasets you no longer need/);
    expect((await db.datasets.toArray()).map((d) => d.id)).toEqual([kept.id]);
    expect(await db.chunks.count()).toBe(1);
  });
});

/** Runs three blocks at a time and finishes them out of order, as a worker pool may. */
class ShufflingPool implements BlockPool {
  readonly size = 3;
  private turn = 0;
  async run(job: BlockJob) {
    const delay = [15, 0, 7][this.turn++ % 3];
    await new Promise((r) => setTimeout(r, delay));
    return processBlock(job);
  }
  release() {}
  close() {}
}

describe('runImport with a pool', () => {
  it('stores every block in file order whatever order the pool finishes in', async () => {
    const n = CHUNK_EVENTS * 5 + 3;
    const csv = ftpCsv(n).replace(/\n(\d+),/g, (m, serial: string) =>
      serial === '9000' || serial === '20' ? '\nbroken row\n' + m.slice(1) : m,
    );
    const ds = await runImport([named(csv, 'big.csv')], {
      db,
      name: 'pool',
      datasetId: 'pool-id',
      signal: new AbortController().signal,
      pool: new ShufflingPool(),
    });
    expect(ds.eventCount).toBe(n);
    expect(ds.skipped).toBe(2);
    expect(ds.issues.map((i) => i.line)).toEqual([22, 9003]);
    const metas = await db.chunks.where('datasetId').equals('pool-id').sortBy('seq');
    expect(metas.map((m) => m.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    let expected = Date.UTC(2017, 7, 24, 3, 0, 0);
    for (const meta of metas) {
      const cols = new ChunkColumns((await readChunkBody(meta.body, meta.count)).columns);
      for (let i = 0; i < cols.count; i++, expected += 1000) expect(cols.times[i]).toBe(expected);
    }
    expect(expected).toBe(Date.UTC(2017, 7, 24, 3, 0, 0) + n * 1000);
  });
});

describe('datasets', () => {
  it('cleans up imports interrupted by a closed tab, and deletes datasets whole', async () => {
    const ds = await run([named(ftpCsv(5), 'a.csv')]);
    await db.datasets.put({ ...ds, id: 'stale', status: 'importing' });
    await db.chunks.add({ ...(await db.chunks.get([ds.id, 0]))!, datasetId: 'stale' });
    expect((await listDatasets(db)).map((d) => d.id)).toEqual([ds.id]);
    expect(await cleanupInterruptedImports(db)).toBe(1);
    expect(await db.chunks.where('datasetId').equals('stale').count()).toBe(0);

    await deleteDataset(ds.id, db);
    expect(await db.datasets.count()).toBe(0);
    for (const table of db.chunkTables()) expect(await table.count()).toBe(0);
  });
});

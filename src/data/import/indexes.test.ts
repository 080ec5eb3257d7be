import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSearch } from '../../engine';
import { ChunkColumns, readChunkBody } from '../chunk';
import { WorkbookDB } from '../db/db';
import { listDatasets } from '../db/datasets';
import type { DatasetRecord } from '../db/schema-types';
import { indexNameProblem } from '../index-name';
import { openStoredSource } from '../search/stored-source';
import { storeEvents } from '../../test/support/stored-events';
import { runImport } from './pipeline';

let db: WorkbookDB;
let dbCount = 0;
beforeEach(async () => {
  db = new WorkbookDB(`indexes-test-${dbCount++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const T = '2017-08-24T03:00:00Z';

function run(files: File[], index?: string) {
  const signal = new AbortController().signal;
  return runImport(files, { db, name: 't', datasetId: crypto.randomUUID(), signal, index });
}

async function indexValues(ds: DatasetRecord): Promise<(string | string[] | undefined)[]> {
  const metas = await db.chunks.where('datasetId').equals(ds.id).sortBy('seq');
  const out: (string | string[] | undefined)[] = [];
  for (const m of metas) {
    const cols = new ChunkColumns((await readChunkBody(m.body, m.count)).columns);
    for (let i = 0; i < cols.count; i++) out.push(cols.value('index', i));
  }
  return out;
}

describe('index names', () => {
  it.each([
    ['main', null],
    ['botsv1', null],
    ['my_logs-2017', null],
    ['', 'empty'],
    ['Main', 'characters'],
    ['my logs', 'characters'],
    ['bots.v1', 'characters'],
    ['_internal', 'start'],
    ['-x', 'start'],
    ['mykvstore', 'kvstore'],
  ])('%j: %s', (name, problem) => {
    expect(indexNameProblem(name)).toBe(problem);
  });
});

describe('the index of imported events', () => {
  it('gives every event without an index the chosen one, on every reader path', async () => {
    const jsonl = `{"timestamp":"${T}","a":1}\n{"timestamp":"${T}","a":2,"index":"web"}\n`;
    const csvNoRaw = `_time,a\n${T},1\n`;
    const csvRaw = `_time,_raw,index\n${T},x,\n${T},y,botsv2\n`;
    const array = `[{"_time":"${T}","b":1}]`;
    const ds = await run(
      [
        new File([jsonl], 'a.jsonl'),
        new File([csvNoRaw], 'b.csv'),
        new File([csvRaw], 'c.csv'),
        new File([array], 'd.json'),
      ],
      'botsv1',
    );
    expect(ds.indexes).toEqual(['botsv1', 'botsv2', 'web']);
    expect((await indexValues(ds)).sort()).toEqual([
      'botsv1',
      'botsv1',
      'botsv1',
      'botsv1',
      'botsv2',
      'web',
    ]);
    const [listed] = await listDatasets(db);
    expect(listed.indexes).toEqual(['botsv1', 'botsv2', 'web']);
  });

  it('defaults to main, and index=* then finds every event', async () => {
    const ds = await run([new File([`{"ts":1503543600.5,"x":"y"}\n`], 'x.json')]);
    expect(ds.indexes).toEqual(['main']);
    const source = await openStoredSource(db, [ds.id]);
    const r = await runSearch('index=* | stats count by index', { source, tz: 'UTC', now: 0 });
    expect(r.rows).toEqual([{ index: 'main', count: 1 }]);
  });
});

describe('datasets stored before indexes', () => {
  it('list their indexes from the chunks and search their unindexed events as main', async () => {
    const t = Date.UTC(2017, 7, 24);
    await storeEvents(db, 'old', [{ time: t, raw: 'a', fields: { host: 'h' } }], 10);
    await storeEvents(db, 'old2', [{ time: t, raw: 'b', fields: { index: 'botsv2' } }], 10);
    for (const id of ['old', 'old2']) {
      // As an earlier version stored them: no `indexes` in the record.
      await db.datasets.put({
        id,
        name: id,
        status: 'ready',
        files: [],
        eventCount: 1,
        minTime: t,
        maxTime: t,
        sourcetypes: {},
        hosts: {},
        bytes: 1,
        storedBytes: 1,
        chunkCount: 1,
        importedAt: 0,
        skipped: 0,
        issues: [],
      } as unknown as DatasetRecord);
    }
    const listed = await listDatasets(db);
    expect(Object.fromEntries(listed.map((d) => [d.id, d.indexes]))).toEqual({
      old: ['main'],
      old2: ['botsv2'],
    });
    const source = await openStoredSource(db, ['old', 'old2']);
    const r = await runSearch('index=* | stats count by index', { source, tz: 'UTC', now: 0 });
    expect(r.rows).toEqual([
      { index: 'botsv2', count: 1 },
      { index: 'main', count: 1 },
    ]);
    const main = await runSearch('index=main', { source, tz: 'UTC', now: 0 });
    expect(main.rows.map((row) => row._raw)).toEqual(['a']);
  });
});

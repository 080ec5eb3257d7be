import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSearch } from '../../engine';
import { WorkbookDB } from '../db/db';
import type { DatasetRecord } from '../db/schema-types';
import { ChunkCache, openStoredSource } from './stored-source';
import { storeEvents, variedEvents } from '../../test/support/stored-events';
import { WARM_MAX_EVENTS, warmCache } from './warm';

const EVENTS = variedEvents(600);
const CHUNKS = 600 / 100;
const run = { tz: 'UTC', now: Date.UTC(2017, 8, 1) };

function dataset(id: string, eventCount: number, status: DatasetRecord['status'] = 'ready') {
  return {
    id,
    name: id,
    status,
    files: [],
    eventCount,
    minTime: NaN,
    maxTime: NaN,
    sourcetypes: {},
    hosts: {},
    indexes: [],
    bytes: 0,
    storedBytes: 0,
    chunkCount: CHUNKS,
    importedAt: 0,
    skipped: 0,
    issues: [],
  } satisfies DatasetRecord;
}

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`warm-${n++}`);
  await db.open();
  await storeEvents(db, 'ds', EVENTS, 100);
  await db.datasets.put(dataset('ds', EVENTS.length));
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('warmCache', () => {
  it('reads every chunk of a small dataset, so the first search reads nothing', async () => {
    const cache = new ChunkCache();
    expect(await warmCache(db, ['ds'], cache, new AbortController().signal)).toBe(CHUNKS);
    const source = await openStoredSource(db, ['ds'], { cache });
    const r = await runSearch('host=web-1 | stats count by user', { ...run, source });
    expect(r.rows.length).toBeGreaterThan(0);
    expect(source.stats.dataReads).toBe(0);
  });

  it('shares its reads with a search that starts meanwhile: no chunk is read twice', async () => {
    const cache = new ChunkCache();
    const warming = warmCache(db, ['ds'], cache, new AbortController().signal);
    const source = await openStoredSource(db, ['ds'], { cache });
    const r = await runSearch('error | stats count by host', { ...run, source });
    expect(r.rows.length).toBeGreaterThan(0);
    expect((await warming) + source.stats.dataReads).toBe(CHUNKS);
  });

  it('leaves large datasets to the searches, once it has read their chunk list', async () => {
    await db.datasets.put(dataset('ds', WARM_MAX_EVENTS + 1));
    const cache = new ChunkCache();
    expect(await warmCache(db, ['ds'], cache, new AbortController().signal)).toBe(0);
    // The list completion and the first search start from, with each chunk's value counts.
    const list = await cache.catalogs.get('ds')?.entries;
    expect(list?.length).toBe(CHUNKS);
    expect(list?.every((e) => e.valueCounts !== null)).toBe(true);
    const source = await openStoredSource(db, ['ds'], { cache });
    await runSearch('host=web-1', { ...run, source });
    expect(source.stats.dataReads).toBe(CHUNKS);
  });

  it('ignores datasets that are not ready, and stops when aborted', async () => {
    await db.datasets.put(dataset('ds', EVENTS.length, 'importing'));
    const cache = new ChunkCache();
    expect(await warmCache(db, ['ds', 'gone'], cache, new AbortController().signal)).toBe(0);
    await db.datasets.put(dataset('ds', EVENTS.length));
    const abort = new AbortController();
    abort.abort();
    expect(await warmCache(db, ['ds'], cache, abort.signal)).toBe(0);
  });
});

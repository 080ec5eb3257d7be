import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataMap, type PlainEvent } from '../../engine';
import { WorkbookDB } from '../db/db';
import { storeEvents } from '../../test/support/stored-events';
import { searchStored } from './run-stored';
import { ChunkCache } from './stored-source';

const NOW = Date.UTC(2017, 8, 1);
const T0 = Date.UTC(2017, 7, 24, 3, 0, 0);
const CHUNK = 10;

/** `n` events one minute apart from `start`, in time order, so chunks cover ranges one by one. */
function minuteEvents(n: number, start: number, sourcetype: string): PlainEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    time: start + i * 60_000,
    raw: `${sourcetype} event ${i}${i === 5 ? ' needle' : ''}`,
    fields: Object.assign(dataMap<string>(), {
      host: `h${i % 3}`,
      sourcetype,
      index: 'main',
    }),
  }));
}

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`search-profile-${n++}`);
  await db.open();
  // web: 4 chunks of 10 minutes from T0; ftp: 2 chunks from T0 + 40 min.
  await storeEvents(db, 'web', minuteEvents(40, T0, 'web'), CHUNK);
  await storeEvents(db, 'ftp', minuteEvents(20, T0 + 40 * 60_000, 'ftp'), CHUNK);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const opts = { datasetIds: ['web', 'ftp'], tz: 'UTC', now: NOW, profile: true };

describe('a stored search profile', () => {
  it('reports chunks left out by the time range as skipped, per dataset', async () => {
    // From minute 20: the first two web chunks end before it.
    const r = await searchStored(db, 'index=* | table host', {
      ...opts,
      earliest: T0 + 20 * 60_000,
    });
    const p = r.profile!;
    expect(p.datasets).toEqual([
      {
        datasetId: 'web',
        chunks: 4,
        outcomes: { total: 4, time: 2, meta: 0, term: 0, summary: 0, events: 2 },
      },
      {
        datasetId: 'ftp',
        chunks: 2,
        outcomes: { total: 2, time: 0, meta: 0, term: 0, summary: 0, events: 2 },
      },
    ]);
    expect(p.run.commands.map((c) => [c.text, c.rowsIn, c.rowsOut])).toEqual([
      ['index=*', null, 40],
      ['table host', 40, 40],
    ]);
    expect(r.rows).toHaveLength(40);
  });

  it('says which chunks metadata and the term index ruled out, and what the cache served', async () => {
    const cache = new ChunkCache();
    const first = await searchStored(db, 'sourcetype=web needle', { ...opts, cache });
    const [web, ftp] = first.profile!.datasets;
    expect(web.outcomes).toMatchObject({ term: 3, events: 1 });
    expect(ftp.outcomes).toMatchObject({ meta: 2 });
    expect(first.profile!.storage).toMatchObject({ dataReads: 4, cacheLoads: 0 });
    expect(first.profile!.storage.bytes).toBeGreaterThan(0);
    const again = await searchStored(db, 'sourcetype=web needle', { ...opts, cache });
    expect(again.profile!.storage).toMatchObject({ dataReads: 0, cacheLoads: 4, bytes: 0 });
  });

  it('counts chunks the fast path answered from their summaries', async () => {
    const r = await searchStored(db, 'index=* | stats count by sourcetype', {
      ...opts,
      // Mid-way through the second web chunk: that one is read, the rest summed.
      earliest: T0 + 15 * 60_000,
    });
    const p = r.profile!;
    expect(r.fast).toBe(true);
    expect(p.run.fast).toBe(true);
    expect(p.datasets.map((d) => [d.datasetId, d.outcomes])).toEqual([
      ['web', { total: 4, time: 1, meta: 0, term: 0, summary: 2, events: 1 }],
      ['ftp', { total: 2, time: 0, meta: 0, term: 0, summary: 2, events: 0 }],
    ]);
    expect(p.run.commands.map((c) => [c.rowsIn, c.rowsOut, c.fast ?? false])).toEqual([
      [null, 45, false],
      [45, 2, true],
    ]);
  });

  it('is left out unless asked for', async () => {
    const r = await searchStored(db, 'index=* | stats count', { ...opts, profile: false });
    expect(r.profile).toBeUndefined();
  });
});

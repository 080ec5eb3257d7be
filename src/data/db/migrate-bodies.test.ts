import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromEvents, runSearch } from '../../engine';
import { CompletionIndex } from '../search/completion-data';
import { searchStored } from '../search/run-stored';
import { ChunkCache } from '../search/stored-source';
import { variedEvents } from '../../test/support/stored-events';
import { WorkbookDB } from './db';
import { VERSION_FIVE_STORES, versionFiveRows } from '../../test/support/version-five';

const EVENTS = variedEvents(500);
const CHUNK = 128;
const RUN = { tz: 'UTC', now: Date.UTC(2017, 8, 1) };
const NAME = 'migrate-bodies';

/** The schema of versions 1-5, as the app stored chunks before bodies: four rows per chunk. */
function versionFive(): Dexie {
  const old = new Dexie(NAME);
  old.version(5).stores(VERSION_FIVE_STORES);
  return old;
}

async function storeAsVersionFive(old: Dexie, id: string, withIndex: boolean): Promise<void> {
  const rows = versionFiveRows(id, EVENTS, CHUNK, withIndex);
  for (const table of ['chunks', 'columns', 'terms', 'raws'] as const) {
    await old.table(table).bulkAdd(rows[table]);
  }
  await old.table('datasets').put(rows.dataset);
}

const QUERIES = [
  '*',
  'error',
  'fail*',
  '"login failed"',
  'host=web-1 | stats count by user',
  'index=main billy.tun',
  'sourcetype=stream:* | timechart span=1h count by sourcetype',
  '| tstats count where index=* by sourcetype',
];

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('version 6 upgrade', () => {
  it('moves chunks written by version 5 into bodies, and searches answer as before', async () => {
    const old = versionFive();
    await old.open();
    await storeAsVersionFive(old, 'ds', true);
    await storeAsVersionFive(old, 'legacy', false);
    await old.table('macros').put({ key: 'kept', definition: 'error' });
    old.close();

    const db = new WorkbookDB(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name)).not.toContain('columns');
    const rows = await db.chunks.toArray();
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row.body.blob.size).toBeGreaterThan(0);
      expect(row.summary).not.toBeNull();
      // The columns are at hand in the upgrade: completion gets its value counts too.
      expect(row.valueCounts?.fields).toEqual(expect.arrayContaining(['host', 'user']));
    }
    expect(await db.table('macros').count()).toBe(1);

    // Values for completion, from the counts; the chunks that had no index are in `main`.
    const completion = new CompletionIndex(db, new ChunkCache());
    const hosts = await completion.forScope(['ds']).values('host');
    expect(hosts.reduce((n, v) => n + v.count, 0)).toBe(EVENTS.length);
    const legacy = completion.forScope(['legacy']);
    await legacy.values('index');
    await vi.waitFor(async () =>
      expect(await legacy.values('index')).toEqual([{ value: 'main', count: EVENTS.length }]),
    );

    const memory = fromEvents(EVENTS, { chunkSize: CHUNK });
    for (const query of QUERIES) {
      const want = await runSearch(query, { ...RUN, source: memory });
      for (const id of ['ds', 'legacy']) {
        const got = await searchStored(db, query, { ...RUN, datasetIds: [id] });
        expect({ query, id, rows: got.rows }).toEqual({ query, id, rows: want.rows });
      }
    }
    db.close();
  });
});

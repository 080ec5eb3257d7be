import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromEvents, readPlan, runFastSearch, runSearch } from '../../engine';
import { WorkbookDB } from '../db/db';
import { ChunkCache, openStoredSource } from './stored-source';
import { storeEvents, variedEvents } from '../../test/support/stored-events';

const TZ = 'UTC';
const NOW = Date.UTC(2017, 8, 1);
const EVENTS = variedEvents(600);
const CHUNK = 128;
const fieldsOf = (query: string) => readPlan(query, NOW, TZ).fields;

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`stored-source-${n++}`);
  await db.open();
  await storeEvents(db, 'ds', EVENTS, CHUNK);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const QUERIES = [
  '*',
  'error',
  'fail*',
  '*ail*',
  'NOT error',
  '"login failed"',
  'error OR warn host=web-2',
  'host=web-1',
  'sourcetype=stream:*',
  'src=10.0.1.*',
  'user=*',
  'NOT user=*',
  'user!=alice',
  'tags=b',
  'tags=c NOT tags=a',
  'late=x',
  'bytes>150',
  'bytes<=20 ftp',
  'index=main billy.tun',
  'zebracorn',
  'nosuchword',
  'host=web-1 | stats count by user',
  'error | eval big=if(bytes>100, "y", "n") | stats count by big, host',
];

describe('openStoredSource', () => {
  it.each(QUERIES)('gives the in-memory results for %s', async (query) => {
    const stored = await openStoredSource(db, ['ds']);
    const opts = { tz: TZ, now: NOW };
    const got = await runSearch(query, { ...opts, source: stored });
    const want = await runSearch(query, {
      ...opts,
      source: fromEvents(EVENTS, { chunkSize: CHUNK }),
    });
    expect(got.fields).toEqual(want.fields);
    expect(got.rows).toEqual(want.rows);
    expect(got.counts).toEqual(want.counts);
    expect(got.rows.length + (query === 'nosuchword' ? 1 : 0)).toBeGreaterThan(0);
  });

  it('lists chunks from the metadata table without reading columns', async () => {
    const stored = await openStoredSource(db, ['ds']);
    const infos = await stored.chunks();
    expect(infos.map((c) => c.count)).toEqual([128, 128, 128, 128, 88]);
    expect(infos[0].sourcetypes).toEqual(['app:log', 'pan:traffic', 'stream:ftp']);
    expect(infos[0].fields).not.toContain('late');
    expect(stored.stats).toMatchObject({ dataReads: 0, rawReads: 0, bytes: 0 });
  });

  it('reads the raw texts only of chunks whose term index has the keyword', async () => {
    const stored = await openStoredSource(db, ['ds'], {
      needsRaw: readPlan('zebracorn', NOW, TZ).raw,
    });
    const result = await runSearch('zebracorn', { tz: TZ, now: NOW, source: stored });
    expect(result.rows.map((r) => r._raw)).toEqual([EVENTS[597].raw]);
    expect(stored.stats).toMatchObject({ dataReads: 5, rawReads: 1 });
  });

  it('keeps decoded chunks for the next search', async () => {
    const cache = new ChunkCache();
    const first = await openStoredSource(db, ['ds'], { cache });
    await runSearch('host=web-1', { tz: TZ, now: NOW, source: first });
    const second = await openStoredSource(db, ['ds'], { cache });
    const result = await runSearch('host=web-2', { tz: TZ, now: NOW, source: second });
    expect(result.rows.length).toBeGreaterThan(0);
    expect(second.stats.dataReads).toBe(0);
    // Raw texts are kept too while they fit.
    expect(second.stats.rawReads).toBe(0);
  });

  it('reads again what a small cache had to drop', async () => {
    const cache = new ChunkCache({ dataBytes: 1, rawBytes: 1 });
    await runSearch('*', {
      tz: TZ,
      now: NOW,
      source: await openStoredSource(db, ['ds'], { cache }),
    });
    const again = await openStoredSource(db, ['ds'], { cache });
    const result = await runSearch('*', { tz: TZ, now: NOW, source: again });
    expect(result.rows).toHaveLength(EVENTS.length);
    expect(again.stats.dataReads).toBe(5);
    // No part fits in one byte: none is kept.
    expect(cache.data.size).toBe(0);
  });

  it('reads ahead the chunks a search said it will load, each once', async () => {
    const cache = new ChunkCache();
    const stored = await openStoredSource(db, ['ds'], { cache, needsRaw: () => false });
    stored.willLoad!([4, 2, 0]);
    await stored.load(4);
    // Chunks 2 and 0 are being read already; chunks 1 and 3 were not asked for.
    await new Promise((r) => setTimeout(r, 20));
    expect(stored.stats.dataReads).toBe(3);
    await stored.load(2);
    await stored.load(0);
    expect(stored.stats.dataReads).toBe(3);
    const after = cache.reads.slices;
    await stored.load(1);
    expect(cache.reads.slices).toBeGreaterThan(after);
    expect(stored.stats.dataReads).toBe(4);
  });

  it('searches several datasets as one', async () => {
    await storeEvents(db, 'ds2', EVENTS.slice(0, 50), CHUNK);
    const stored = await openStoredSource(db, ['ds', 'ds2']);
    const result = await runSearch('* | stats count', { tz: TZ, now: NOW, source: stored });
    expect(result.rows).toEqual([{ count: 650 }]);
  });

  it('keeps only the columns a count reads, and reads again for another field', async () => {
    const cache = new ChunkCache();
    const query = 'host=web-1 | stats count by user';
    const first = await openStoredSource(db, ['ds'], { cache, fields: fieldsOf(query) });
    const counted = await runFastSearch(query, { tz: TZ, now: NOW, source: first });
    const want = await runSearch(query, {
      tz: TZ,
      now: NOW,
      source: fromEvents(EVENTS, { chunkSize: CHUNK }),
    });
    expect(counted?.rows).toEqual(want.rows);
    const kept = cache.data.bytes;
    expect(kept).toBeGreaterThan(0);

    // The same count again is served from the cache.
    const again = await openStoredSource(db, ['ds'], { cache, fields: fieldsOf(query) });
    await runFastSearch(query, { tz: TZ, now: NOW, source: again });
    expect(again.stats.dataReads).toBe(0);

    // Another field is read again, and the cache then holds both.
    const other = 'host=web-1 | stats count by src';
    const third = await openStoredSource(db, ['ds'], { cache, fields: fieldsOf(other) });
    await runFastSearch(other, { tz: TZ, now: NOW, source: third });
    expect(third.stats.dataReads).toBe(5);
    expect(cache.data.bytes).toBeGreaterThan(kept);
    const fourth = await openStoredSource(db, ['ds'], { cache, fields: fieldsOf(query) });
    await runFastSearch(query, { tz: TZ, now: NOW, source: fourth });
    expect(fourth.stats.dataReads).toBe(0);
    const two = cache.data.bytes;

    // A search that reads any field loads every column, and the cache counts them all.
    const full = await openStoredSource(db, ['ds'], { cache });
    await runSearch('*', { tz: TZ, now: NOW, source: full });
    expect(full.stats.dataReads).toBe(5);
    expect(cache.data.bytes).toBeGreaterThan(two);
  });

  it('counts the codes it spreads out of a number column, once', async () => {
    const cache = new ChunkCache();
    const fields = new Set(['bytes', 'host']);
    const chunk = await (await openStoredSource(db, ['ds'], { cache, fields })).load(0);
    const before = cache.data.bytes;
    // Stored dictionary codes are handed out as they are: nothing new to count.
    chunk.column?.('host');
    expect(cache.data.bytes).toBe(before);
    const column = chunk.column?.('bytes');
    expect(column?.codes).toBeInstanceOf(Uint8Array);
    // One byte per event, and the dictionary's new strings.
    const grown = cache.data.bytes - before;
    expect(grown).toBeGreaterThan(CHUNK + 8 * column!.dict.length + 16 * column!.dict.length);
    chunk.column?.('bytes');
    expect(cache.data.bytes - before).toBe(grown);
  });

  it('refuses to answer for a column it did not load', async () => {
    const stored = await openStoredSource(db, ['ds'], { fields: new Set(['host']) });
    const chunk = await stored.load(0);
    expect(chunk.value('host', 0)).toBe(EVENTS[0].fields?.host);
    expect(() => chunk.value('user', 0)).toThrow(/not loaded/);
    expect(() => chunk.column?.('user')).toThrow(/not loaded/);
    // A field the chunk does not have is simply absent.
    expect(chunk.value('late', 0)).toBeUndefined();
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromEvents, readPlan, runFastSearch, runSearch } from '../../engine';
import { WorkbookDB } from '../db/db';
import { ChunkCache } from './stored-source';
import { searchStored } from './run-stored';
import { openStoredSource } from './stored-source';
import { storeEvents, variedEvents } from '../../test/support/stored-events';

const NOW = Date.UTC(2017, 8, 1);
const EVENTS = variedEvents(600);
const CHUNK = 128;

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`fast-path-${n++}`);
  await db.open();
  await storeEvents(db, 'ds', EVENTS, CHUNK);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const FAST = [
  '* | stats count by sourcetype',
  'ftp | stats count by sourcetype',
  'error OR warn | stats count',
  'nosuchword | stats count',
  'nosuchword | stats count by host',
  '*ail* | stats count by host',
  'sourcetype=stream:ftp src=10.0.1.* | stats count by src',
  '* | stats count as n, c by user',
  '* | stats count by tags',
  '* | stats count by late',
  '* | stats count by bytes',
  '* | stats count by nosuch',
  'NOT user=* | stats count by user',
  '* | timechart span=1m count by sourcetype',
  '* | timechart span=1m count',
  'error | timechart span=30s count by tags',
  '* | timechart span=2m limit=2 count by src',
  '* | timechart span=1m useother=f limit=1 count by host',
  '* | timechart span=1m count by user',
  '* | timechart span=1m usenull=f count by late',
  '* | timechart span=1d count by bytes',
  'earliest=08/24/2017:03:03:00 | timechart span=1m count by host',
  // Commands after the count reshape its rows only.
  'index=main ftp | stats count by sourcetype | sort - count',
  '* | stats count by host | eval pct=round(count*100/600,1) | sort - pct | head 2',
  '* | stats count by user | eventstats sum(count) as total | where count > 1 | fields - total',
  '* | timechart span=1m count by host | fillnull value=0 | reverse',
  'error | stats count by src | rename src as client | table client count | dedup count',
  // Any command that reads rows only, transforming ones too (the DNS hunt's label entropy).
  '* | stats count by user | eval ch=split(user, "") | mvexpand ch | stats count by user ch | stats sum(count) as n dc(ch) as letters by user | sort - n',
  '* | stats count by host | rex field=host "(?<kind>[a-z]+)-(?<n>\\d+)" | chart sum(count) by kind n',
  '* | stats count by tags | eval t=tags | makemv delim="," t | top limit=2 t | regex t="^[ab]"',
  '* | stats count by src | bin count span=10 | stats count as sources by count | addtotals',
  '* | timechart span=1m count by host | untable _time host n | xyseries _time host n',
];

describe('runFastSearch', () => {
  for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata']) {
    it.each(FAST)(`gives the slow path's results for %s (${tz})`, async (query) => {
      const opts = { tz, now: NOW };
      // Only the columns the count reads are loaded, as in the search worker.
      const stored = await openStoredSource(db, ['ds'], {
        needsRaw: () => false,
        fields: readPlan(query, NOW, tz).fields,
      });
      const fast = await runFastSearch(query, { ...opts, source: stored });
      const memory = fromEvents(EVENTS, { chunkSize: CHUNK });
      const fastMemory = await runFastSearch(query, { ...opts, source: memory });
      const slow = await runSearch(query, {
        ...opts,
        source: fromEvents(EVENTS, { chunkSize: CHUNK }),
      });
      expect(fast).not.toBeNull();
      expect(fast!.fields).toEqual(slow.fields);
      expect(fast!.rows).toEqual(slow.rows);
      // Counts answered from chunk summaries say so; the rest is the same.
      const { summaryChunks, ...counts } = fast!.counts;
      expect(counts).toEqual(slow.counts);
      expect(summaryChunks ?? 0).toBeLessThanOrEqual(counts.chunksRead);
      // Without column access (the in-memory source) it reads values one by one: same result.
      expect(fastMemory!.rows).toEqual(slow.rows);
    });
  }

  it('leaves a count followed by a subsearch or an event command to the slow path', async () => {
    const source = fromEvents(EVENTS, { chunkSize: CHUNK });
    for (const query of [
      '* | stats count | append [search error | stats count]',
      '* | stats count by host | search host=web-1',
      '* | stats count by host | join host [search error | stats count by host]',
      '* | stats count by host | appendpipe [stats sum(count) as count]',
    ]) {
      expect(await runFastSearch(query, { tz: 'UTC', now: NOW, source })).toBeNull();
    }
  });

  it('gives the slow path results within a time range', async () => {
    const opts = {
      tz: 'UTC',
      now: NOW,
      earliest: EVENTS[0].time + 90_500,
      latest: EVENTS[0].time + 400_000,
    };
    for (const query of ['* | timechart span=1m count by host', 'error | stats count by user']) {
      const stored = await openStoredSource(db, ['ds'], { needsRaw: () => false });
      const fast = await runFastSearch(query, { ...opts, source: stored });
      const slow = await runSearch(query, {
        ...opts,
        source: fromEvents(EVENTS, { chunkSize: CHUNK }),
      });
      expect(fast!.rows).toEqual(slow.rows);
    }
  });

  it('declines other shapes', async () => {
    const source = fromEvents(EVENTS, { chunkSize: CHUNK });
    for (const query of [
      'error',
      '* | stats count by host, user',
      '* | stats avg(bytes) by host',
      '* | timechart count by host',
      '* | stats count by _time',
      '* | head 5 | stats count',
    ]) {
      expect(await runFastSearch(query, { tz: 'UTC', now: NOW, source })).toBeNull();
    }
  });

  it('reads no raw text when the term index decides, and only what verification needs', async () => {
    const cache = new ChunkCache();
    const exact = await openStoredSource(db, ['ds'], { cache, needsRaw: () => false });
    await runFastSearch('ftp | stats count by host', { tz: 'UTC', now: NOW, source: exact });
    expect(exact.stats.rawReads).toBe(0);
    // A wildcard inside a word is checked against the text.
    const verified = await openStoredSource(db, ['ds'], { cache, needsRaw: () => false });
    await runFastSearch('*ail* | stats count', { tz: 'UTC', now: NOW, source: verified });
    expect(verified.stats.rawReads).toBe(5);
  });
});

describe('searchStored', () => {
  it('takes the fast path for counts and the engine for the rest', async () => {
    const opts = { datasetIds: ['ds'], tz: 'UTC', now: NOW };
    const counts = await searchStored(db, 'ftp | stats count by sourcetype', opts);
    expect(counts.fast).toBe(true);
    const events = await searchStored(db, 'ftp | head 3', opts);
    expect(events.fast).toBe(false);
    expect(events.rows).toHaveLength(3);
    const total = counts.rows.reduce((a, r) => a + (r.count as number), 0);
    expect(total).toBe(EVENTS.filter((e) => /\bftp\b/i.test(e.raw)).length);
  });

  it('counts a column part once however often searches spread its codes', async () => {
    const cache = new ChunkCache();
    const opts = { datasetIds: ['ds'], tz: 'UTC', now: NOW, cache };
    // A number column and a sparse one: each search turns them into codes per event.
    const held: number[] = [];
    for (let run = 0; run < 3; run++) {
      for (const q of ['* | stats count by bytes', '* | stats count by late']) {
        const r = await searchStored(db, q, opts);
        expect(r.fast).toBe(true);
      }
      held.push(cache.data.bytes);
    }
    expect(held[1]).toBe(held[0]);
    expect(held[2]).toBe(held[0]);
  });
});

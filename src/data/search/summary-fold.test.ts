import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromEvents, type PlainEvent, runSearch } from '../../engine';
import { WorkbookDB } from '../db/db';
import { searchStored } from './run-stored';
import { ChunkCache } from './stored-source';
import { storeEvents, variedEvents } from '../../test/support/stored-events';

const NOW = Date.UTC(2017, 9, 1);
const CHUNK = 128;
const START = Date.UTC(2017, 7, 24, 3, 7, 0);
// Spread over three days and a bit, out of order, some events on a quarter hour's edge.
const EVENTS: PlainEvent[] = variedEvents(600).map((e, i) => ({
  ...e,
  time: START + ((i * 7919) % 600) * 7 * 60_000 + (i % 5 === 0 ? 8 * 60_000 - 1 : i * 1000),
}));

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`summary-fold-${n++}`);
  await db.open();
  await storeEvents(db, 'ds', EVENTS, CHUNK);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

// Answered by the chunks' summaries: no event is read.
const SUMMARISED = [
  '* | timechart span=1h count by sourcetype',
  'index=main sourcetype=stream:* | timechart span=30m count by host',
  'NOT host=web-1 | timechart span=1d count',
  'host=web-2 OR sourcetype=app:log | stats count by host',
  '| tstats count where index=* by sourcetype',
  '| tstats count by host',
];
// Read the events: a word, a field the summary lacks, a span under a quarter hour.
const SCANNED = [
  'error | timechart span=1h count by sourcetype',
  'user=alice | timechart span=1h count by host',
  '* | timechart span=10m count by sourcetype',
  '* | timechart span=1h count by user',
];

describe('counts from chunk summaries', () => {
  for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Kathmandu']) {
    it.each([...SUMMARISED, ...SCANNED])(`gives the events' answer for %s (${tz})`, async (q) => {
      const want = await runSearch(q, {
        tz,
        now: NOW,
        source: fromEvents(EVENTS, { chunkSize: CHUNK }),
      });
      const cache = new ChunkCache();
      const got = await searchStored(db, q, { tz, now: NOW, datasetIds: ['ds'], cache });
      expect(got.fields).toEqual(want.fields);
      expect(got.rows).toEqual(want.rows);
      expect(got.rows.length).toBeGreaterThan(0);
      const summarised = SUMMARISED.includes(q);
      expect(got.counts.summaryChunks ?? 0).toBe(summarised ? 5 : 0);
      // Nothing of the chunks' bodies is read when the summaries answer.
      expect(cache.reads.slices === 0).toBe(summarised);
    });
  }

  it('reads the events of a chunk the time range cuts', async () => {
    const earliest = START + 24 * 3600_000;
    const q = '* | timechart span=1h count by sourcetype';
    const tz = 'UTC';
    const want = await runSearch(q, {
      tz,
      now: NOW,
      earliest,
      source: fromEvents(EVENTS, { chunkSize: CHUNK }),
    });
    const got = await searchStored(db, q, { tz, now: NOW, earliest, datasetIds: ['ds'] });
    expect(got.rows).toEqual(want.rows);
    expect(got.counts.summaryChunks ?? 0).toBeLessThan(5);
  });
});

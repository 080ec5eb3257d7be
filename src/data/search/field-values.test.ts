import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completeAt, type ValueCount } from '../../engine';
import { ChunkBuilder } from '../chunk';
import { WorkbookDB } from '../db/db';
import type { DatasetRecord } from '../db/schema-types';
import { writeChunk } from '../import/chunk-writer';
import type { EventRecord } from '../model';
import { realisticEvents } from '../../test/support/realistic-events';
import { CompletionIndex } from './completion-data';
import { FieldValues, TOP_VALUES, VALUES_WAIT_MS } from './field-values';
import { ChunkCache, openStoredSource, type StoredSource } from './stored-source';

/**
 * A realistic mix in chunks of 2,000 events grouped by sourcetype (so each lacks most other
 * kinds' fields) and one of 8,192 mixed events (some fields there have more values than a chunk
 * lists whole), with a multivalue field whose lists hold a value twice.
 */
const SIZES = [2000, 2000, 2000, 8192];
let EVENTS: EventRecord[];

function events(): EventRecord[] {
  const all = realisticEvents(
    SIZES.reduce((a, b) => a + b),
    11,
  );
  all.forEach((e, i) => {
    if (i % 7 === 0) e.fields.tag = i % 14 === 0 ? ['x', 'x', `t${i % 5}`] : `t${i % 3}`;
  });
  const grouped = all.slice(0, 6000);
  grouped.sort((a, b) => (a.fields.sourcetype < b.fields.sourcetype ? -1 : 1));
  return [...grouped, ...all.slice(6000)];
}

/** Each field's values counted from the events themselves: every occurrence, lists included. */
function truth(field: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of EVENTS) {
    const v = e.fields[field];
    if (v === undefined) continue;
    for (const one of typeof v === 'string' ? [v] : v) m.set(one, (m.get(one) ?? 0) + 1);
  }
  return m;
}

/** The top values a search would give (`| top limit=100`, ties by value), as completion lists them. */
function expected(field: string): string[] {
  return [...truth(field)]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_VALUES)
    .map(([v, n]) => `${v} ${n}`);
}

const shown = (vs: readonly ValueCount[]) =>
  vs.map((v) => `${v.value} ${v.atLeast ? '≥' : ''}${v.count}`);

let db: WorkbookDB;
let n = 0;
beforeAll(() => {
  EVENTS = events();
});
beforeEach(async () => {
  db = new WorkbookDB(`field-values-${n++}`);
  await db.open();
  const builder = new ChunkBuilder();
  let at = 0;
  for (const [seq, size] of SIZES.entries()) {
    for (const e of EVENTS.slice(at, at + size)) builder.add(e);
    at += size;
    await writeChunk(db, 'ds', seq, builder.build());
  }
  await db.datasets.put(ready('ds'));
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function ready(id: string): DatasetRecord {
  return {
    ...{ id, name: id, status: 'ready', files: [], eventCount: EVENTS.length, minTime: NaN },
    ...{ maxTime: NaN, sourcetypes: {}, hosts: {}, indexes: [], bytes: 0, storedBytes: 0 },
    ...{ chunkCount: SIZES.length, importedAt: 1, skipped: 0, issues: [] },
  };
}

const FIELDS = () => [...new Set(EVENTS.flatMap((e) => Object.keys(e.fields)))].sort();

/** A field's values as the search worker counts them, once its reading is done. */
async function settled(source: StoredSource, field: string): Promise<FieldValues> {
  const infos = await source.chunks();
  const holding = infos.flatMap((info, i) => (info.fields.includes(field) ? [i] : []));
  const fv = new FieldValues(source, holding, field, () => true);
  await fv.complete;
  return fv;
}

/** Chunks as stored before value counts were kept. */
async function forgetCounts(seqs?: number[]): Promise<void> {
  await db.chunks.toCollection().modify((row) => {
    if (!seqs || seqs.includes(row.seq)) delete row.valueCounts;
  });
}

describe('a field’s values for completion', () => {
  it('are merged from the chunks’ counts, exactly, without reading any column', async () => {
    const cache = new ChunkCache();
    const index = new CompletionIndex(db, cache);
    const data = index.forScope(['ds']);
    const exact: string[] = [];
    for (const field of FIELDS()) {
      const got = await data.values(field);
      if (got.some((v) => v.atLeast)) continue;
      expect({ field, values: shown(got) }).toEqual({ field, values: expected(field) });
      exact.push(field);
    }
    expect(cache.reads.slices).toBe(0);
    // Multivalue fields, fields only some chunks hold, numbers and strings: all exact.
    const grouped = FIELDS().filter((f) => EVENTS.slice(0, 2000).every((e) => !(f in e.fields)));
    expect(grouped.filter((f) => exact.includes(f)).length).toBeGreaterThan(5);
    expect(exact).toEqual(expect.arrayContaining(['tag', 'Account_Name', 'dest_port', 'host']));
    expect(exact.length).toBeGreaterThan(FIELDS().length - 10);

    const items = await completeAt('index=* tag=', 12, data);
    expect(items.items.map((i) => `${i.label} ${i.detail}`)).toEqual(expected('tag'));
  });

  it('count a field with more values than a chunk lists whole as lower bounds, never too high', async () => {
    const cache = new ChunkCache();
    const data = new CompletionIndex(db, cache).forScope(['ds']);
    let partial = 0;
    for (const field of FIELDS()) {
      const got = await data.values(field);
      if (!got.some((v) => v.atLeast)) continue;
      partial++;
      const all = truth(field);
      for (const v of got) {
        // An exact-looking count is exact; a lower bound is at most the count.
        if (v.atLeast) expect(v.count).toBeLessThanOrEqual(all.get(v.value)!);
        else expect({ field, ...v }).toEqual({ field, ...v, count: all.get(v.value) });
      }
    }
    expect(partial).toBeGreaterThan(0);
    expect(cache.reads.slices).toBe(0);
    const items = await completeAt('index=* src_port=', 17, data);
    const port = (await data.values('src_port')).find((v) => v.atLeast)!;
    expect(items.items.find((i) => i.label === port.value)?.detail).toBe(`≥${port.count}`);
    // The DNS server is among every chunk's most frequent destinations: its count is exact.
    const dest = await data.values('dest_ip');
    expect(dest[0]).toEqual({ value: '10.0.1.100', count: truth('dest_ip').get('10.0.1.100') });
  });

  it('read the columns of chunks stored without counts, to the same answers', async () => {
    const cache = new ChunkCache();
    const fromCounts = await openStoredSource(db, ['ds'], { cache });
    const summed = new Map<string, string[]>();
    for (const field of FIELDS())
      summed.set(field, shown(await (await settled(fromCounts, field)).answer()));
    await forgetCounts();
    const source = await openStoredSource(db, ['ds'], { cache: new ChunkCache() });
    for (const field of FIELDS()) {
      const got = shown(await (await settled(source, field)).answer());
      // Every chunk read whole: exact, as the events say.
      expect({ field, got }).toEqual({ field, got: expected(field) });
      const counted = summed.get(field)!;
      if (!counted.some((v) => v.includes('≥')))
        expect({ field, counted }).toEqual({ field, counted: got });
    }
  });

  it('answer within a moment while an old chunk is read, then exactly', async () => {
    await forgetCounts([1]);
    const source = await openStoredSource(db, ['ds'], { cache: new ChunkCache() });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow: StoredSource = { ...source, load: async (i) => (await gate, source.load(i)) };
    const infos = await source.chunks();
    const field = 'host';
    const holding = infos.flatMap((info, i) => (info.fields.includes(field) ? [i] : []));
    const fv = new FieldValues(slow, holding, field, () => true);
    const t0 = performance.now();
    const first = await fv.answer();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(VALUES_WAIT_MS - 5);
    const all = truth(field);
    expect(first.length).toBe(all.size);
    for (const v of first) {
      expect(v.atLeast).toBe(true);
      expect(v.count).toBeLessThanOrEqual(all.get(v.value)!);
    }
    const sum = (counts: Iterable<number>) => [...counts].reduce((a, b) => a + b, 0);
    expect(sum(first.map((v) => v.count))).toBe(sum(all.values()) - 2000);
    // Later keystrokes do not wait.
    expect(await fv.answer()).toBe(first);
    open();
    expect(shown(await fv.complete)).toEqual(expected(field));
    expect(shown(await fv.answer())).toEqual(expected(field));
  });
});

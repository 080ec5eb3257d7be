import { describe, expect, it } from 'vitest';
import type { EventRecord, FieldValue } from '../model';
import { ChunkBuilder } from './chunk-builder';
import { realisticEvents } from '../../test/support/realistic-events';
import {
  countChunkValues,
  forEachValue,
  listOf,
  tallyColumn,
  TOP_PER_CHUNK,
  type ChunkValueCounts,
} from './value-counts';

function build(events: readonly EventRecord[]) {
  const b = new ChunkBuilder();
  for (const e of events) b.add(e);
  return b.build();
}

/**
 * A chunk's counts as the import makes them (tallied as the columns are encoded), checked to be
 * the same as when counted from the stored columns (the upgrade's way).
 */
function counted(events: readonly EventRecord[]): ChunkValueCounts {
  const chunk = build(events);
  const vc = countChunkValues(chunk.tallies!);
  expect(countChunkValues(chunk.columns.columns.map(tallyColumn))).toEqual(vc);
  return vc;
}

/** Each field's values with how often they occur, counted from the events themselves. */
function truth(events: readonly EventRecord[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const e of events) {
    for (const [field, v] of Object.entries(e.fields)) {
      let m = out.get(field);
      if (!m) out.set(field, (m = new Map()));
      for (const one of typeof v === 'string' ? [v] : v) m.set(one, (m.get(one) ?? 0) + 1);
    }
  }
  return out;
}

function listed(
  vc: ChunkValueCounts,
  field: string,
): { whole: boolean; counts: Map<string, number> } {
  const at = listOf(vc, field)!;
  const counts = new Map<string, number>();
  forEachValue(vc, at.k, (v, n) => {
    expect(counts.has(v)).toBe(false);
    counts.set(v, n);
  });
  return { whole: at.whole, counts };
}

const ev = (fields: Record<string, FieldValue>, time = 0): EventRecord => ({
  time,
  raw: '',
  fields,
});

describe('countChunkValues', () => {
  it('lists every value of each field with its exact count, in every column layout', () => {
    const events = [
      ...realisticEvents(3000, 3),
      // Lists (a value twice counts twice), empty strings, numbers that stay strings, and a
      // field on two events only (a sparse column).
      ev({ tag: ['x', 'x', 'y'], n: '007', e: '' }),
      ev({ tag: 'x', n: '7', rare: 'a' }),
      ev({ tag: [], n: '-0', rare: 'b' }),
    ];
    const chunk = build(events);
    const layouts = new Set(
      chunk.columns.columns.map(
        (c) => `${c.kind}${c.rows ? ' sparse' : ' dense'}${c.offsets ? ' lists' : ''}`,
      ),
    );
    expect([...layouts].sort()).toEqual(
      expect.arrayContaining(['dict dense', 'dict sparse', 'dict sparse lists', 'number sparse']),
    );
    const vc = counted(events);
    const want = truth(events);
    expect(vc.fields).toEqual(chunk.columns.columns.map((c) => c.name));
    const wholes: string[] = [];
    for (const [field, counts] of want) {
      const got = listed(vc, field);
      // A list's counts are exact, and a whole list has every value.
      for (const [v, n] of got.counts)
        expect({ field, v, n }).toEqual({ field, v, n: counts.get(v) });
      if (!got.whole) continue;
      expect({ field, counts: got.counts }).toEqual({ field, counts });
      wholes.push(field);
    }
    // Fields with the fewest values are listed whole first, until the chunk's room is used.
    expect(wholes).toEqual(
      expect.arrayContaining(['tag', 'e', 'n', 'rare', 'host', 'sourcetype', 'Account_Name']),
    );
    expect(wholes.length).toBeGreaterThan(want.size / 2);
    for (const field of want.keys()) {
      if (wholes.includes(field)) continue;
      const fewer = wholes.filter((w) => want.get(w)!.size > want.get(field)!.size);
      expect({ field, fewer }).toEqual({ field, fewer: [] });
    }
    expect(listed(vc, 'tag').counts).toEqual(
      new Map([
        ['x', 3],
        ['y', 1],
      ]),
    );
    expect(listed(vc, 'e').counts).toEqual(new Map([['', 1]]));
  });

  it('keeps only the most frequent values of a field with too many, each count exact', () => {
    const events = Array.from({ length: 3000 }, (_, i) =>
      ev({ id: String(i % 2000), port: i % 2 === 0 ? '53' : String(1024 + i) }),
    );
    const vc = counted(events);
    const want = truth(events);
    for (const field of ['id', 'port']) {
      const got = listed(vc, field);
      expect(got.whole).toBe(false);
      expect(got.counts.size).toBe(TOP_PER_CHUNK);
      const all = want.get(field)!;
      const least = Math.min(...got.counts.values());
      for (const [v, n] of got.counts) expect(n).toBe(all.get(v));
      // Nothing left out is more frequent than what is listed.
      for (const [v, n] of all) if (!got.counts.has(v)) expect(n).toBeLessThanOrEqual(least);
    }
    expect(listed(vc, 'port').counts.get('53')).toBe(1500);
  });

  it('stays within its bounds however many long values the fields hold', () => {
    const long = (f: number, i: number) => `${'v'.repeat(200)}-${f}-${i % 30}`;
    const events = Array.from({ length: 2000 }, (_, i) => {
      const fields: Record<string, FieldValue> = {};
      for (let f = 0; f < 20; f++) fields[`f${f}`] = long(f, i);
      fields.huge = 'h'.repeat(1000 + (i % 80));
      return ev(fields);
    });
    const vc = counted(events);
    expect(vc.text.length).toBeLessThanOrEqual(49_152);
    expect(vc.counts.length).toBeLessThanOrEqual(8192);
    expect(vc.ends[vc.ends.length - 1]).toBe(vc.text.length);
    // Listed whole while the room lasts, then only partly; values too long for a list are left
    // out, and the field with nothing listed has no list at all.
    const wholes = vc.fields.filter((f) => listOf(vc, f)!.whole);
    expect(wholes.length).toBeGreaterThan(0);
    expect(wholes.length).toBeLessThan(20);
    expect(listOf(vc, 'huge')).toBeNull();
    expect(vc.fields.some((f) => !listOf(vc, f)!.whole)).toBe(true);
    for (const f of vc.fields) {
      const got = listed(vc, f);
      const all = truth(events).get(f)!;
      for (const [v, n] of got.counts) expect(n).toBe(all.get(v));
      if (got.whole) expect(got.counts).toEqual(all);
    }
  });
});

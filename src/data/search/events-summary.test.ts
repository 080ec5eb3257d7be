import { describe, expect, it } from 'vitest';
import type { Row } from '../../engine';
import {
  buildTimeline,
  chooseSpan,
  fieldValues,
  summarizeEvents,
  TOP_VALUES,
} from './events-summary';
import { ResultReleasedError, ResultStore } from './result-store';

function row(fields: Record<string, string | string[]>, timeMs: number): Row {
  return Object.assign(Object.create(null) as Row, { _time: timeMs / 1000, _raw: 'x' }, fields);
}

const T0 = Date.UTC(2017, 7, 24, 7, 0, 0); // 00:00 in Los Angeles (PDT)

describe('summarizeEvents', () => {
  it('counts every event exactly, multivalue values once per event', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 500; i++) {
      const f: Record<string, string | string[]> = { host: `h${i % 25}` };
      if (i % 5 === 0) f.user = 'alice';
      if (i % 10 === 0) f.tags = ['a', 'b', 'a'];
      rows.push(row(f, T0 + i * 1000));
    }
    const s = summarizeEvents(7, rows, 'UTC');
    expect(s.resultId).toBe(7);
    expect(s.total).toBe(500);
    expect(s.fields.map((f) => f.name)).toEqual(['host', 'tags', 'user']);
    const host = s.fields[0];
    expect(host).toMatchObject({ count: 500, distinct: 25 });
    expect(host.top).toHaveLength(TOP_VALUES);
    expect(host.top.every((v) => v.count === 20)).toBe(true);
    // Ties go by value, so the list is stable.
    expect(host.top.map((v) => v.value).slice(0, 3)).toEqual(['h0', 'h1', 'h10']);
    expect(s.fields[1]).toEqual({
      name: 'tags',
      count: 50,
      distinct: 2,
      top: [
        { value: 'a', count: 50 },
        { value: 'b', count: 50 },
      ],
    });
    expect(s.fields[2]).toMatchObject({
      count: 100,
      distinct: 1,
      top: [{ value: 'alice', count: 100 }],
    });
  });

  it('keeps the most frequent values in the top list whatever the order they arrive in', () => {
    const rows: Row[] = [];
    // Value k appears k times, interleaved so that rare values come first.
    for (let round = 0; round < 30; round++) {
      for (let k = 30; k > round; k--) rows.push(row({ v: `v${k}` }, T0));
    }
    const top = summarizeEvents(1, rows, 'UTC').fields[0].top;
    expect(top.map((t) => t.value)).toEqual(Array.from({ length: 10 }, (_, i) => `v${30 - i}`));
    expect(top.map((t) => t.count)).toEqual(Array.from({ length: 10 }, (_, i) => 30 - i));
    expect(fieldValues(rows, 'v').length).toBe(30);
    expect(fieldValues(rows, 'v', 3)).toEqual([
      { value: 'v30', count: 30 },
      { value: 'v29', count: 29 },
      { value: 'v28', count: 28 },
    ]);
  });

  it('leaves internal fields out of the list', () => {
    const s = summarizeEvents(1, [row({ host: 'a', _cd: '1' }, T0)], 'UTC');
    expect(s.fields.map((f) => f.name)).toEqual(['host']);
  });
});

describe('buildTimeline', () => {
  it('picks a span that keeps the bars near a hundred', () => {
    expect(chooseSpan(0, 60_000)).toEqual({ n: 1, unit: 's' });
    expect(chooseSpan(0, 3_600_000)).toEqual({ n: 30, unit: 's' });
    expect(chooseSpan(0, 24 * 3_600_000)).toEqual({ n: 10, unit: 'm' });
    expect(chooseSpan(0, 31 * 86_400_000)).toEqual({ n: 6, unit: 'h' });
    expect(chooseSpan(0, 365 * 86_400_000)).toEqual({ n: 1, unit: 'mon' });
  });

  it('aligns buckets on the zone wall clock, keeps empty buckets and counts every event', () => {
    // Two days in Los Angeles, a few events on the first and last hour only.
    const earliest = T0;
    const latest = T0 + 2 * 86_400_000;
    const rows = [
      row({}, T0 + 1000),
      row({}, T0 + 2000),
      row({}, latest - 1),
      row({}, latest), // outside: latest is exclusive
    ];
    const tl = buildTimeline(rows, 'America/Los_Angeles', earliest, latest);
    expect(tl.span).toBe('30m');
    expect(tl.buckets).toHaveLength(96);
    expect(tl.buckets[0]).toEqual({ start: T0, end: T0 + 1_800_000, count: 2 });
    expect(tl.buckets[95].count).toBe(1);
    expect(tl.buckets.slice(1, 95).every((b) => b.count === 0)).toBe(true);
    // Contiguous.
    for (let i = 1; i < tl.buckets.length; i++)
      expect(tl.buckets[i].start).toBe(tl.buckets[i - 1].end);
  });

  it('starts day buckets at local midnight in the zone', () => {
    const start = Date.UTC(2017, 7, 1, 7); // 2017-08-01 00:00 PDT
    const rows = [row({}, start + 3_600_000 * 30)];
    const tl = buildTimeline(
      rows,
      'America/Los_Angeles',
      start + 5 * 3_600_000,
      start + 100 * 86_400_000,
    );
    expect(tl.span).toBe('1d');
    expect(tl.buckets[0].start).toBe(start);
    expect(tl.buckets[1]).toEqual({
      start: start + 86_400_000,
      end: start + 2 * 86_400_000,
      count: 1,
    });
  });

  it('uses the events own range when the search had none, and nothing for no events', () => {
    const rows = [row({}, T0 + 10_000), row({}, T0 + 70_000)];
    const tl = buildTimeline(rows, 'UTC');
    expect(tl.span).toBe('1s');
    expect(tl.buckets[0].start).toBe(T0 + 10_000);
    expect(tl.buckets.reduce((n, b) => n + b.count, 0)).toBe(2);
    expect(buildTimeline([], 'UTC').buckets).toEqual([]);
  });
});

describe('ResultStore', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => row({ n: String(i) }, T0 - i));

  it('pages through a kept result', () => {
    const store = new ResultStore();
    store.keep(1, rows(120));
    expect(store.page(1, 0, 50).map((r) => r.n)).toEqual(rows(50).map((r) => r.n));
    expect(store.page(1, 100, 50).map((r) => r.n)).toEqual([
      '100',
      ...rows(120)
        .slice(101)
        .map((r) => r.n),
    ]);
    expect(store.page(1, 200, 50)).toEqual([]);
    expect(store.fieldValues(1, 'n', 2)).toHaveLength(2);
  });

  it('drops the oldest results beyond its bounds, never the newest, and on release', () => {
    const store = new ResultStore(2, 100);
    store.keep(1, rows(10));
    store.keep(2, rows(10));
    store.keep(3, rows(10));
    expect([store.has(1), store.has(2), store.has(3)]).toEqual([false, true, true]);
    store.keep(4, rows(95));
    expect([store.has(3), store.has(4)]).toEqual([false, true]);
    store.keep(5, rows(500));
    expect([store.has(4), store.has(5), store.size]).toEqual([false, true, 1]);
    store.release(5);
    expect(() => store.page(5, 0, 10)).toThrow(ResultReleasedError);
  });
});

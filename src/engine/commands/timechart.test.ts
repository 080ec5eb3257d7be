import { describe, expect, it } from 'vitest';
import { runSearch } from '../run/run-search';
import { fromEvents, type PlainEvent } from '../source';
import { T0 } from '../../test/support/engine-run';

const HOUR = 3_600_000;

function at(ms: number, fields: Record<string, string> = {}): PlainEvent {
  return { time: ms, raw: `event at ${ms}`, fields };
}

function chart(
  evs: PlainEvent[],
  query: string,
  opts: { tz?: string; earliest?: number; latest?: number } = {},
) {
  return runSearch(query, {
    source: fromEvents(evs, { chunkSize: 4 }),
    tz: opts.tz ?? 'UTC',
    now: T0,
    earliest: opts.earliest,
    latest: opts.latest,
  });
}

describe('timechart buckets', () => {
  it('day buckets start at local midnight; the fall-back day is 25 hours', async () => {
    // America/Los_Angeles: 2017-11-05 01:00 PDT -> 01:00 PST.
    const nov4 = Date.UTC(2017, 10, 4, 7); // 00:00 PDT
    const nov5 = Date.UTC(2017, 10, 5, 7); // 00:00 PDT
    const nov6 = Date.UTC(2017, 10, 6, 8); // 00:00 PST
    const nov7 = Date.UTC(2017, 10, 7, 8);
    const evs = [
      at(nov4 + HOUR),
      at(nov5 + 24.5 * HOUR), // 23:30 PST, still Nov 5 (a 24-hour day would put it on Nov 6)
      at(nov5 + 25.5 * HOUR), // 00:30 PST on Nov 6
      at(nov6 + 2 * HOUR),
    ];
    const r = await chart(evs, '* | timechart span=1d count', {
      tz: 'America/Los_Angeles',
      earliest: nov4,
      latest: nov7,
    });
    expect(r.fields).toEqual(['_time', 'count', '_span']);
    expect(r.rows).toEqual([
      { _time: nov4 / 1000, count: 1, _span: 86_400 },
      { _time: nov5 / 1000, count: 1, _span: 90_000 },
      { _time: nov6 / 1000, count: 2, _span: 86_400 },
    ]);
  });

  it('day buckets in Asia/Kolkata start at 18:30 UTC', async () => {
    const evs = [at(Date.UTC(2017, 7, 23, 18, 29)), at(Date.UTC(2017, 7, 23, 18, 30))];
    const r = await chart(evs, '* | timechart span=1d count', { tz: 'Asia/Kolkata' });
    expect(r.rows).toEqual([
      { _time: Date.UTC(2017, 7, 22, 18, 30) / 1000, count: 1, _span: 86_400 },
      { _time: Date.UTC(2017, 7, 23, 18, 30) / 1000, count: 1, _span: 86_400 },
    ]);
  });

  it('empty buckets over the whole time range show count 0 (and no average)', async () => {
    const evs = [at(T0 + HOUR + 5, { n: '4' }), at(T0 + 3 * HOUR, { n: '8' })];
    const r = await chart(evs, '* | timechart span=1h count avg(n)', {
      earliest: T0,
      latest: T0 + 4 * HOUR,
    });
    expect(r.rows.map((row) => [row._time, row.count, row['avg(n)']])).toEqual([
      [T0 / 1000, 0, undefined],
      [T0 / 1000 + 3600, 1, 4],
      [T0 / 1000 + 7200, 0, undefined],
      [T0 / 1000 + 10800, 1, 8],
    ]);
  });

  it('without a time range, from the first to the last event; cont=f drops empty buckets', async () => {
    const evs = [at(T0 + 10 * 60_000), at(T0 + 3 * HOUR + 1)];
    const all = await chart(evs, '* | timechart span=1h count');
    expect(all.rows.map((row) => row.count)).toEqual([1, 0, 0, 1]);
    const cont = await chart(evs, '* | timechart span=1h cont=f count');
    expect(cont.rows.map((row) => row._time)).toEqual([T0 / 1000, T0 / 1000 + 3 * 3600]);
  });

  it.each([
    // Splunk's documented defaults for 100 bins.
    [60 * 60_000, 60],
    [4 * HOUR, 300],
    [24 * HOUR, 1800],
    [7 * 24 * HOUR, 86_400],
  ])('without span= a range of %i ms gets %i-second buckets', async (range, span) => {
    const r = await chart([at(T0)], '* | timechart count', { earliest: T0, latest: T0 + range });
    expect(r.rows[0]._span).toBe(span);
    expect(r.rows.length).toBeLessThanOrEqual(100);
  });
});

describe('timechart series', () => {
  const evs = [
    ...['a', 'a', 'a', 'b', 'b', 'c', 'd'].map((h, i) => at(T0 + i * 1000, { h })),
    at(T0 + HOUR, { h: 'c' }),
    at(T0 + HOUR + 1000),
  ];

  it('one column per value, by total descending, NULL for events without the field', async () => {
    const r = await chart(evs, '* | timechart span=1h count by h');
    expect(r.fields).toEqual(['_time', 'a', 'b', 'c', 'd', 'NULL', '_span']);
    expect(r.rows[0]).toEqual({ _time: T0 / 1000, a: 3, b: 2, c: 1, d: 1, NULL: 0, _span: 3600 });
    expect(r.rows[1]).toEqual({
      _time: T0 / 1000 + 3600,
      a: 0,
      b: 0,
      c: 1,
      d: 0,
      NULL: 1,
      _span: 3600,
    });
  });

  it('limit=2 keeps the top two and puts the rest in OTHER', async () => {
    const r = await chart(evs, '* | timechart span=1h limit=2 usenull=f count by h');
    expect(r.fields).toEqual(['_time', 'a', 'b', 'OTHER', '_span']);
    expect(r.rows.map((row) => row.OTHER)).toEqual([2, 1]);
  });

  it('useother=f drops the rest; otherstr and nullstr rename', async () => {
    const r = await chart(evs, '* | timechart span=1h limit=2 useother=f count by h');
    expect(r.fields).toEqual(['_time', 'a', 'b', 'NULL', '_span']);
    const named = await chart(
      evs,
      '* | timechart span=1h limit=1 otherstr=rest nullstr=none count by h',
    );
    expect(named.fields).toEqual(['_time', 'a', 'none', 'rest', '_span']);
  });

  it('several aggregations with a split name columns "agg: value"', async () => {
    const r = await chart(evs, '* | timechart span=1h limit=1 usenull=f count dc(h) as n by h');
    expect(r.fields).toEqual(['_time', 'count: a', 'count: OTHER', 'n: a', 'n: OTHER', '_span']);
    expect(r.rows[0]).toMatchObject({ 'count: OTHER': 4, 'n: OTHER': 3 });
  });
});

describe('chart', () => {
  const evs = [
    at(T0, { h: 'a', u: 'x', n: '1' }),
    at(T0 + 1, { h: 'a', u: 'y', n: '3' }),
    at(T0 + 2, { h: 'b', u: 'x', n: '5' }),
    at(T0 + 3, { h: 'a', u: 'x', n: '7' }),
    at(T0 + 4, { u: 'x' }),
  ];

  it('over X by Y: a row per X, a column per Y', async () => {
    const r = await chart(evs, '* | chart count over h by u');
    expect(r.fields).toEqual(['h', 'x', 'y']);
    expect(r.rows).toEqual([
      { h: 'a', x: 2, y: 1 },
      { h: 'b', x: 1, y: 0 },
    ]);
  });

  it('by X Y is the same as over X by Y', async () => {
    const a = await chart(evs, '* | chart count over h by u');
    const b = await chart(evs, '* | chart count by h u');
    expect(b).toEqual(a);
  });

  it('without a column field, one column per aggregation', async () => {
    const r = await chart(evs, '* | chart avg(n) max(n) as top by h');
    expect(r.fields).toEqual(['h', 'avg(n)', 'top']);
    expect(r.rows).toEqual([
      { h: 'a', 'avg(n)': 11 / 3, top: 7 },
      { h: 'b', 'avg(n)': 5, top: 5 },
    ]);
  });

  it('limit and OTHER apply to the columns', async () => {
    const r = await chart(evs, '* | chart limit=1 sum(n) over h by u');
    expect(r.fields).toEqual(['h', 'x', 'OTHER']);
    expect(r.rows).toEqual([
      { h: 'a', x: 8, OTHER: 3 },
      { h: 'b', x: 5 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { events, run, T0 } from '../../test/support/engine-run';

// Base searches return events newest first, so "input order" below is id 6, 5, ..., 1.
const EVENTS = events([
  { host: 'b', bytes: '10', user: 'zed', tag: ['x', 'y'] },
  { host: 'a', bytes: '30', user: 'Amy' },
  { host: 'b', bytes: 'n/a', user: 'bob' },
  { host: 'a', bytes: '20', tag: 'x' },
  { host: 'c', bytes: '5' },
  { bytes: '100', user: 'amy' },
]);

async function one(query: string) {
  const r = await run(EVENTS, `* | stats ${query}`);
  expect(r.rows).toHaveLength(1);
  return r.rows[0];
}

describe('stats functions', () => {
  it.each([
    ['count', 'count', 6],
    ['c', 'c', 6],
    ['count(user) skips rows without the field', 'count(user)', 4],
    ['count(tag) counts each value of a multivalue field', 'count(tag)', 3],
    ['dc', 'dc(host)', 3],
    ['distinct_count', 'distinct_count(tag)', 2],
    ['sum skips non-numbers', 'sum(bytes)', 165],
    ['avg over numeric values only', 'avg(bytes)', 33],
    ['mean', 'mean(bytes)', 33],
    ['min numeric', 'min(bytes)', 5],
    ['max numeric even with a string present', 'max(bytes)', 100],
    ['min of strings is lexicographic', 'min(user)', 'Amy'],
    ['max of strings is lexicographic', 'max(user)', 'zed'],
    ['range', 'range(bytes)', 95],
    // sorted 5 10 20 30 100: odd count, the middle one
    ['median', 'median(bytes)', 20],
    ['perc50 interpolates', 'perc50(bytes)', 20],
    // rank 0.25 * 4 = 1 -> 10; rank 0.9 * 4 = 3.6 -> 30 + 0.6 * 70
    ['p25', 'p25(bytes)', 10],
    ['exactperc90', 'exactperc90(bytes)', 72],
    ['upperperc90', 'upperperc90(bytes)', 72],
    ['sumsq', 'sumsq(bytes)', 100 + 900 + 400 + 25 + 10000],
    ['mode (ties to the first seen)', 'mode(host)', 'a'],
    ['first is the first row seen', 'first(host)', 'c'],
    ['last is the last row seen', 'last(host)', 'b'],
    ['earliest by _time', 'earliest(user)', 'zed'],
    ['latest by _time', 'latest(user)', 'amy'],
    ['earliest_time', 'earliest_time(host)', T0 / 1000],
    ['latest_time', 'latest_time(host)', T0 / 1000 + 4],
  ])('%s', async (_name, q, expected) => {
    const row = await one(q);
    const name = Object.keys(row)[0];
    expect(row[name]).toEqual(expected);
  });

  it('stdev, stdevp, var, varp', async () => {
    const row = await one('stdev(bytes) stdevp(bytes) var(bytes) varp(bytes)');
    // values 10 30 20 5 100: mean 33, squared deviations 529 + 9 + 169 + 784 + 4489
    expect(row['var(bytes)']).toBeCloseTo(5980 / 4, 9);
    expect(row['varp(bytes)']).toBeCloseTo(5980 / 5, 9);
    expect(row['stdev(bytes)']).toBeCloseTo(Math.sqrt(5980 / 4), 9);
    expect(row['stdevp(bytes)']).toBeCloseTo(Math.sqrt(5980 / 5), 9);
  });

  it('median of an even number of values is the higher middle one', async () => {
    const r = await run(EVENTS, '* | where bytes!=100 | stats median(bytes)');
    // 5 10 20 30
    expect(r.rows[0]['median(bytes)']).toBe(20);
  });

  it('values are distinct and in lexicographic order; list keeps input order', async () => {
    const row = await one('values(bytes) as v list(host) as l values(tag) as t');
    expect(row.v).toEqual(['10', '100', '20', '30', '5', 'n/a']);
    expect(row.l).toEqual(['c', 'a', 'b', 'a', 'b']);
    expect(row.t).toEqual(['x', 'y']);
  });

  it('list keeps at most 100 values', async () => {
    const many = events(Array.from({ length: 120 }, (_, i) => ({ n: String(i) })));
    const r = await run(many, '* | stats list(n) as l');
    expect((r.rows[0].l as string[]).length).toBe(100);
  });

  it('empty results leave the field out', async () => {
    const row = await one('count avg(user) values(missing) sum(missing)');
    expect(row).toEqual({ count: 6 });
  });

  it('count(eval(...)) and sum(eval(...)) count the rows where the expression holds', async () => {
    const row = await one('count(eval(host="b")) as b, sum(eval(if(host="a", 1, 0))) as a');
    expect(row).toEqual({ b: 2, a: 2 });
  });

  it('an eval aggregation must be renamed', async () => {
    await expect(run(EVENTS, '* | stats count(eval(bytes>15))')).rejects.toThrow(/rename/);
  });

  it('as renames, in the order written', async () => {
    const r = await run(EVENTS, '* | stats avg(bytes) AS avg_bytes, count');
    expect(r.fields).toEqual(['avg_bytes', 'count']);
  });

  it('unknown functions are errors at the name', async () => {
    const q = '* | stats foo(bytes)';
    const e = await run(EVENTS, q).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SplError);
    expect(q.slice((e as SplError).position, (e as SplError).end)).toBe('foo');
  });

  it('stats over no rows gives one row with count 0', async () => {
    const r = await run(EVENTS, 'nothing_matches | stats count sum(bytes)');
    expect(r.rows).toEqual([{ count: 0 }]);
  });
});

describe('stats by', () => {
  it('gives one row per value, sorted, by-fields first, rows without the field dropped', async () => {
    const r = await run(EVENTS, '* | stats count avg(bytes) by host');
    expect(r.fields).toEqual(['host', 'count', 'avg(bytes)']);
    expect(r.rows).toEqual([
      { host: 'a', count: 2, 'avg(bytes)': 25 },
      { host: 'b', count: 2, 'avg(bytes)': 10 },
      { host: 'c', count: 1, 'avg(bytes)': 5 },
    ]);
  });

  it('sorts by-values as text ("10" before "9")', async () => {
    const evs = events([{ p: '9' }, { p: '10' }, { p: '80' }, { p: '443' }]);
    const r = await run(evs, '* | stats count by p');
    expect(r.rows.map((row) => row.p)).toEqual(['10', '443', '80', '9']);
  });

  it('several by-fields: one row per combination', async () => {
    const r = await run(EVENTS, '* | stats count by host, user');
    expect(r.rows).toEqual([
      { host: 'a', user: 'Amy', count: 1 },
      { host: 'b', user: 'bob', count: 1 },
      { host: 'b', user: 'zed', count: 1 },
    ]);
  });

  it('a multivalue by-field counts the row under each value', async () => {
    const r = await run(EVENTS, '* | stats count by tag');
    expect(r.rows).toEqual([
      { tag: 'x', count: 2 },
      { tag: 'y', count: 1 },
    ]);
  });
});

describe('eventstats', () => {
  it('keeps every event and adds its group result', async () => {
    const r = await run(
      EVENTS,
      '* | eventstats count as n, max(bytes) as top by host | table id host n top',
    );
    expect(r.rows).toEqual([
      { id: '6' },
      { id: '5', host: 'c', n: 1, top: 5 },
      { id: '4', host: 'a', n: 2, top: 30 },
      { id: '3', host: 'b', n: 2, top: 10 },
      { id: '2', host: 'a', n: 2, top: 30 },
      { id: '1', host: 'b', n: 2, top: 10 },
    ]);
  });

  it('without a by-clause, the total on every row', async () => {
    const r = await run(EVENTS, '* | eventstats sum(bytes) as total');
    expect(r.rows.map((row) => row.total)).toEqual([165, 165, 165, 165, 165, 165]);
    expect(r.fields).toContain('total');
    expect(r.fields).toContain('_raw');
  });
});

describe('streamstats', () => {
  const EVS = events([{ h: 'a' }, { h: 'a' }, { h: 'b' }, { h: 'a' }, { h: 'b' }]);

  it.each([
    ['running count', 'streamstats count', [1, 2, 3, 4, 5]],
    ['current=f', 'streamstats current=f count', [0, 1, 2, 3, 4]],
    ['by group', 'streamstats count by h', [1, 2, 1, 3, 2]],
    ['window', 'streamstats window=2 count', [1, 2, 2, 2, 2]],
    ['window, current=f', 'streamstats window=2 current=f count', [0, 1, 2, 2, 2]],
    ['window by group, global=f', 'streamstats window=2 global=f count by h', [1, 2, 1, 2, 2]],
    ['window by group, global (default)', 'streamstats window=2 count by h', [1, 2, 1, 1, 1]],
    ['reset_on_change', 'streamstats reset_on_change=t count by h', [1, 2, 1, 1, 1]],
  ])('%s', async (_name, q, expected) => {
    const r = await run(EVS, `* | reverse | ${q}`);
    expect(r.rows.map((row) => row.count ?? 0)).toEqual(expected);
  });

  it('running sum of values', async () => {
    const evs = events([{ n: '1' }, { n: '2' }, { n: 'x' }, { n: '4' }]);
    const r = await run(evs, '* | reverse | streamstats sum(n) as s');
    expect(r.rows.map((row) => row.s)).toEqual([1, 3, 3, 7]);
  });
});

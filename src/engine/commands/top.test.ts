import { describe, expect, it } from 'vitest';
import { events, run } from '../../test/support/engine-run';

const EVS = events([
  { h: 'a', u: 'x' },
  { h: 'b', u: 'x' },
  { h: 'a', u: 'y' },
  { h: 'c', u: 'y' },
  { h: 'a', u: 'x' },
  { h: 'b' },
  { u: 'z' },
]);

describe('top and rare', () => {
  it('counts values, most common first, with percent as Splunk prints it', async () => {
    const r = await run(EVS, '* | top h');
    expect(r.fields).toEqual(['h', 'count', 'percent']);
    // 6 events have h: a 3, b 2, c 1
    expect(r.rows).toEqual([
      { h: 'a', count: 3, percent: '50.000000' },
      { h: 'b', count: 2, percent: '33.333333' },
      { h: 'c', count: 1, percent: '16.666667' },
    ]);
  });

  it('rare: least common first', async () => {
    const r = await run(EVS, '* | rare h');
    expect(r.rows.map((row) => row.h)).toEqual(['c', 'b', 'a']);
  });

  it.each([
    ['* | top 1 h', [{ h: 'a', count: 3, percent: '50.000000' }]],
    ['* | top limit=1 h showperc=f', [{ h: 'a', count: 3 }]],
    ['* | top limit=1 h countfield=n percentfield=p', [{ h: 'a', n: 3, p: '50.000000' }]],
    ['* | top limit=1 h showcount=false', [{ h: 'a', percent: '50.000000' }]],
    [
      '* | top limit=1 useother=t h',
      [
        { h: 'a', count: 3, percent: '50.000000' },
        { h: 'OTHER', count: 3, percent: '50.000000' },
      ],
    ],
    [
      '* | top limit=2 useother=t otherstr=rest h showperc=f',
      [
        { h: 'a', count: 3 },
        { h: 'b', count: 2 },
        { h: 'rest', count: 1 },
      ],
    ],
  ])('%s', async (q, expected) => {
    const r = await run(EVS, q);
    expect(r.rows).toEqual(expected);
  });

  it('several fields count combinations', async () => {
    const r = await run(EVS, '* | top h u showperc=f');
    expect(r.rows[0]).toEqual({ h: 'a', u: 'x', count: 2 });
    expect(r.rows).toHaveLength(4);
  });

  it('by-clause: percent within each group', async () => {
    const r = await run(EVS, '* | top u by h');
    expect(r.fields).toEqual(['h', 'u', 'count', 'percent']);
    expect(r.rows).toEqual([
      { h: 'a', u: 'x', count: 2, percent: '66.666667' },
      { h: 'a', u: 'y', count: 1, percent: '33.333333' },
      { h: 'b', u: 'x', count: 1, percent: '100.000000' },
      { h: 'c', u: 'y', count: 1, percent: '100.000000' },
    ]);
  });

  it('defaults to 10 values', async () => {
    const many = events(Array.from({ length: 30 }, (_, i) => ({ n: String(i % 15) })));
    const r = await run(many, '* | top n');
    expect(r.rows).toHaveLength(10);
  });
});

import { describe, expect, it } from 'vitest';
import { runSearch } from '../run/run-search';
import { fromEvents } from '../source';
import { events, run, T0 } from '../../test/support/engine-run';

const NUMS = events([{ n: '3' }, { n: '17' }, { n: '25' }, { n: '-4' }, { n: 'abc' }, {}]);

describe('bin', () => {
  it.each([
    ['bin n span=10', ['0-10', '10-20', '20-30', '-10-0', 'abc', undefined]],
    ['bucket n span=10', ['0-10', '10-20', '20-30', '-10-0', 'abc', undefined]],
    ['bin span=2.5 n', ['2.5-5', '15-17.5', '25-27.5', '-5--2.5', 'abc', undefined]],
    // range -4..25 in at most 10 bins: 10
    ['bin bins=10 n', ['0-10', '10-20', '20-30', '-10-0', 'abc', undefined]],
    ['bin bins=2 n', ['0-100', '0-100', '0-100', '-100-0', 'abc', undefined]],
  ])('%s', async (q, expected) => {
    const r = await run(NUMS, `* | reverse | ${q}`);
    expect(r.rows.map((row) => row.n)).toEqual(expected);
  });

  it('as writes a new field', async () => {
    const r = await run(NUMS, '* | reverse | bin n span=10 as b | head 1');
    expect(r.rows[0]).toMatchObject({ n: '3', b: '0-10' });
    expect(r.fields).toContain('b');
  });

  it('bins _time in the user zone (1d in Asia/Kolkata starts at 18:30 UTC)', async () => {
    // 2017-08-23 20:00 UTC is Aug 24 01:30 IST; the day starts Aug 23 18:30 UTC.
    const r = await runSearch('* | bin _time span=1d', {
      source: fromEvents(events([{}])),
      tz: 'Asia/Kolkata',
      now: T0,
    });
    expect(r.rows[0]._time).toBe(Date.UTC(2017, 7, 23, 18, 30) / 1000);
  });

  it('bins _time by hours', async () => {
    const evs = [0, 59 * 60_000, 61 * 60_000].map((d, i) => ({
      time: T0 + 30 * 60_000 + d,
      raw: `e${i}`,
      fields: {},
    }));
    const r = await run(evs, '* | reverse | bin _time span=1h | stats count by _time');
    expect(r.rows).toEqual([
      { _time: T0 / 1000, count: 1 },
      { _time: T0 / 1000 + 3600, count: 2 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlainEvent } from '../source';
import { run, T0 } from '../../test/support/engine-run';

/** Events at the given second offsets from T0, with fields. */
const at = (specs: [number, Record<string, string>][]): PlainEvent[] =>
  specs.map(([s, fields], i) => ({
    time: T0 + s * 1000,
    raw: `${s} ${fields.m ?? ''}`.trim(),
    fields: { id: String(i + 1), ...fields },
  }));

const EVS = at([
  [0, { u: 'a', m: 'login' }],
  [5, { u: 'b', m: 'login' }],
  [10, { u: 'a', m: 'get' }],
  [20, { u: 'a', m: 'logout' }],
  [100, { u: 'a', m: 'get' }],
  [130, { u: 'b', m: 'logout' }],
]);

const summary = async (q: string) =>
  (await run(EVS, q)).rows.map((r) => [r.u, r.eventcount, r.duration, r.m]);

describe('transaction', () => {
  it.each([
    [
      'groups by field, newest first',
      '* | transaction u',
      [
        ['b', 2, 125, ['login', 'logout']],
        ['a', 4, 100, ['get', 'login', 'logout']],
      ],
    ],
    [
      'splits at maxpause',
      '* | transaction u maxpause=30s',
      [
        ['b', 1, 0, 'logout'],
        ['a', 1, 0, 'get'],
        ['b', 1, 0, 'login'],
        ['a', 3, 20, ['get', 'login', 'logout']],
      ],
    ],
    [
      'splits at maxspan',
      '* | transaction u maxspan=1m',
      [
        ['b', 1, 0, 'logout'],
        ['a', 1, 0, 'get'],
        ['b', 1, 0, 'login'],
        ['a', 3, 20, ['get', 'login', 'logout']],
      ],
    ],
    [
      'startswith/endswith keep only complete transactions',
      '* | transaction u startswith="m=login" endswith=eval(m="logout")',
      [
        ['b', 2, 125, ['login', 'logout']],
        ['a', 3, 20, ['get', 'login', 'logout']],
      ],
    ],
    [
      'maxevents caps the events per transaction',
      '* | transaction u maxevents=2 startswith="login"',
      [
        ['b', 2, 125, ['login', 'logout']],
        ['a', 2, 10, ['get', 'login']],
      ],
    ],
  ])('%s', async (_n, q, expected) => {
    expect(await summary(q)).toEqual(expected);
  });

  it('gives _time of the first event, _raw in time order and mvlist values', async () => {
    const r = await run(EVS, '* | transaction u mvlist=true | search u=a');
    expect(r.rows[0]._time).toBe(T0 / 1000);
    expect(r.rows[0]._raw).toBe('0 login\n10 get\n20 logout\n100 get');
    expect(r.rows[0].m).toEqual(['login', 'get', 'logout', 'get']);
  });

  it('keepevicted=true keeps incomplete transactions with closed_txn', async () => {
    const r = await run(EVS, '* | transaction u endswith="logout" keepevicted=true');
    expect(r.rows.map((x) => [x.u, x.eventcount, x.closed_txn])).toEqual([
      ['a', 1, 0],
      ['b', 2, 1],
      ['a', 3, 1],
    ]);
  });
});

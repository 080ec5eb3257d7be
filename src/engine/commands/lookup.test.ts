import { describe, expect, it } from 'vitest';
import type { LookupSource } from '../lookups';
import { runSearch } from '../run/run-search';
import { fromEvents } from '../source';
import { events, T0, TEST_FUNCTIONS } from '../../test/support/engine-run';
import type { ResultSet } from '../values';

const table = (fields: string[], rows: string[][]): ResultSet => ({
  fields,
  rows: rows.map((r) =>
    Object.assign(Object.create(null), Object.fromEntries(r.map((v, i) => [fields[i], v]))),
  ),
});

const TABLES: Record<string, ResultSet> = {
  'assets.csv': table(
    ['ip', 'host', 'owner'],
    [
      ['10.0.2.107', 'wrk-btun', 'billy'],
      ['10.0.2.109', 'wrk-klagerf', 'kevin'],
      ['10.0.2.109', 'wrk-klagerf2', 'kevin'],
      ['10.0.1.100', 'mercury', ''],
    ],
  ),
};
const lookups: LookupSource = {
  table: (name) => TABLES[name] ?? null,
  names: () => Object.keys(TABLES),
};

const EVS = events([
  { src: '10.0.2.107', host: 'old' },
  { src: '10.0.2.109' },
  { src: '10.9.9.9', host: 'kept' },
  { src: ['10.0.2.107', '10.0.1.100'] },
  { src: 'WRK' },
]);

async function rows(query: string) {
  const r = await runSearch(query, {
    source: fromEvents(EVS, { chunkSize: 10 }),
    tz: 'UTC',
    now: T0,
    lookups,
    functions: (n) => TEST_FUNCTIONS.get(n),
  });
  return r;
}

describe('lookup', () => {
  it.each([
    [
      'adds every other column without OUTPUT, as OUTPUT does (distinct values)',
      '* | sort id | lookup assets.csv ip AS src',
      [
        ['wrk-btun', 'billy'],
        [['wrk-klagerf', 'wrk-klagerf2'], 'kevin'],
        [undefined, undefined],
        [
          ['wrk-btun', 'mercury'],
          ['billy', ''],
        ],
        [undefined, undefined],
      ],
    ],
    [
      'OUTPUT replaces and removes where nothing matches',
      '* | sort id | lookup assets ip AS src OUTPUT host',
      [
        ['wrk-btun', undefined],
        [['wrk-klagerf', 'wrk-klagerf2'], undefined],
        [undefined, undefined],
        [['wrk-btun', 'mercury'], undefined],
        [undefined, undefined],
      ],
    ],
    [
      'OUTPUTNEW fills only missing fields',
      '* | sort id | lookup assets.csv ip AS src OUTPUTNEW host AS host, owner',
      [
        ['old', 'billy'],
        [['wrk-klagerf', 'wrk-klagerf2'], 'kevin'],
        ['kept', undefined],
        [
          ['wrk-btun', 'mercury'],
          ['billy', ''],
        ],
        [undefined, undefined],
      ],
    ],
  ])('%s', async (_n, q, expected) => {
    const r = await rows(q);
    expect(r.rows.map((row) => [row.host, row.owner])).toEqual(expected);
  });

  it('matches case-sensitively', async () => {
    const r = await rows('* | lookup assets.csv host AS src OUTPUT ip | search id=5');
    expect(r.rows[0].ip).toBeUndefined();
    const r2 = await rows(
      '* | eval src="wrk-btun" | lookup assets.csv host AS src OUTPUT ip AS found | head 1',
    );
    expect(r2.rows[0].found).toBe('10.0.2.107');
  });

  it('names the known tables when the table does not exist', async () => {
    await expect(rows('* | lookup nope ip')).rejects.toThrow(
      "The lookup table 'nope' does not exist. Known tables: assets.csv.",
    );
  });
});

describe('inputlookup', () => {
  it.each([
    ['| inputlookup assets.csv', ['wrk-btun', 'wrk-klagerf', 'wrk-klagerf2', 'mercury']],
    ['| inputlookup assets', ['wrk-btun', 'wrk-klagerf', 'wrk-klagerf2', 'mercury']],
    ['| inputlookup start=1 max=2 assets.csv', ['wrk-klagerf', 'wrk-klagerf2']],
    ['| inputlookup assets.csv where owner=KEVIN host=*2', ['wrk-klagerf2']],
    ['| inputlookup assets.csv where ip=10.0.2.*', ['wrk-btun', 'wrk-klagerf', 'wrk-klagerf2']],
  ])('%s', async (q, hosts) => {
    const r = await rows(q);
    expect(r.rows.map((row) => row.host)).toEqual(hosts);
    expect(r.fields).toEqual(['ip', 'host', 'owner']);
  });

  it('appends after results with append=true, and refuses otherwise', async () => {
    const r = await rows('id=1 | table id | inputlookup append=true assets.csv where owner=billy');
    expect(r.rows.map((row) => [row.id, row.host])).toEqual([
      ['1', undefined],
      [undefined, 'wrk-btun'],
    ]);
    await expect(rows('id=1 | inputlookup assets.csv')).rejects.toThrow(/append=true/);
  });
});

import { describe, expect, it } from 'vitest';
import type { ResultSet } from '../values';
import { events, plain, runReal } from '../../test/support/engine-run';

const row = (o: Record<string, string>) => Object.assign(Object.create(null), o);
const assets = (): Record<string, ResultSet> => ({
  'assets.csv': {
    fields: ['ip', 'owner'],
    rows: [row({ ip: '10.0.0.1', owner: 'amber' }), row({ ip: '10.0.0.2', owner: 'kevin' })],
  },
});

const traffic = events([
  { src: '10.0.0.1', kind: 'http', raw: 'GET /index.php' },
  { src: '10.0.0.2', kind: 'dns', raw: 'query evil.ru' },
  { src: '10.0.0.3', kind: 'http', raw: 'GET /admin' },
  { src: '10.0.0.1', kind: 'dns', raw: 'query frothly.local' },
]);

describe('join', () => {
  it('inner (default) keeps rows with a match, max=1 the first', async () => {
    const r = await runReal(
      traffic,
      '* | join src [| inputlookup assets.csv | rename ip as src] | table id src owner',
      {
        tables: assets(),
      },
    );
    expect(plain(r.rows)).toEqual([
      { id: '4', src: '10.0.0.1', owner: 'amber' },
      { id: '2', src: '10.0.0.2', owner: 'kevin' },
      { id: '1', src: '10.0.0.1', owner: 'amber' },
    ]);
  });
  it('type=left keeps the others; max=0 makes a row per match', async () => {
    const left = await runReal(
      traffic,
      '* | join type=left src [| inputlookup assets.csv | rename ip as src] | table id owner',
      {
        tables: assets(),
      },
    );
    expect(plain(left.rows).map((x) => x.owner ?? null)).toEqual(['amber', null, 'kevin', 'amber']);
    const many = await runReal(
      traffic,
      '* | stats count by src | join max=0 src [search kind=* | table src kind] | table src kind',
    );
    expect(plain(many.rows)).toEqual([
      { src: '10.0.0.1', kind: 'dns' },
      { src: '10.0.0.1', kind: 'http' },
      { src: '10.0.0.2', kind: 'dns' },
      { src: '10.0.0.3', kind: 'http' },
    ]);
  });
  it('without fields joins on the fields both sides have', async () => {
    const r = await runReal(
      traffic,
      '* | stats count by src kind | join [search * | stats count as n by src kind] | table src kind n',
      {},
    );
    expect(plain(r.rows)[0]).toEqual({ src: '10.0.0.1', kind: 'dns', n: 1 });
  });
});

describe('regex, appendpipe, multisearch, from', () => {
  it('regex field="re" keeps matches, != the others, default _raw', async () => {
    const ids = async (q: string) => (await runReal(traffic, `* | ${q}`)).rows.map((x) => x.id);
    expect(await ids('regex _raw="\\.php$"')).toEqual(['1']);
    expect(await ids('regex "^query"')).toEqual(['4', '2']);
    expect(await ids('regex src!="^10\\.0\\.0\\.1$"')).toEqual(['3', '2']);
    await expect(runReal(traffic, '* | regex "(?<x"')).rejects.toThrow(/^regex: /);
  });
  it('appendpipe [stats ...] adds a summary row after the results', async () => {
    const r = await runReal(
      traffic,
      '* | stats count by kind | appendpipe [stats sum(count) as count | eval kind="TOTAL"]',
    );
    expect(plain(r.rows)).toEqual([
      { kind: 'dns', count: 2 },
      { kind: 'http', count: 2 },
      { count: 4, kind: 'TOTAL' },
    ]);
  });
  it('multisearch merges its searches newest first', async () => {
    const r = await runReal(
      traffic,
      '| multisearch [search kind=http | eval k="h"] [search kind=dns | eval k="d"] | table id k',
    );
    expect(plain(r.rows)).toEqual([
      { id: '4', k: 'd' },
      { id: '3', k: 'h' },
      { id: '2', k: 'd' },
      { id: '1', k: 'h' },
    ]);
    await expect(runReal(traffic, '| multisearch [search *]')).rejects.toThrow(
      'at least two subsearches',
    );
  });
  it('| from inputlookup:<table>; datamodel refused by name', async () => {
    const r = await runReal([], '| from inputlookup:assets.csv | where owner="kevin"', {
      tables: assets(),
    });
    expect(plain(r.rows)).toEqual([{ ip: '10.0.0.2', owner: 'kevin' }]);
    await expect(runReal([], '| from datamodel:Web.Web')).rejects.toThrow(
      "from: the data model 'Web.Web' is not available",
    );
  });
  it('commands that cannot work here say why', async () => {
    await expect(runReal(traffic, '* | collect index=summary')).rejects.toThrow(
      "Command 'collect' is not supported: there are no summary indexes here",
    );
  });
});

describe('outputlookup', () => {
  it('writes the results (no _ fields, multivalues one a line) through the lookup source, passes them on, appends with append=t, and refuses where it cannot write', async () => {
    const saved = new Map<string, ResultSet>();
    const lookups = {
      table: (n: string) => saved.get(n) ?? null,
      names: () => [...saved.keys()],
      save: (n: string, t: ResultSet) => void saved.set(n, t),
    };
    await runReal(traffic, '* | stats values(kind) as kinds by src | outputlookup seen.csv', {
      lookups,
    });
    expect(saved.get('seen.csv')!.fields).toEqual(['src', 'kinds']);
    expect(plain(saved.get('seen.csv')!.rows)[0]).toEqual({ src: '10.0.0.1', kinds: 'dns\nhttp' });
    await runReal(traffic, '* | head 1 | table src | outputlookup append=t seen.csv', { lookups });
    expect(saved.get('seen.csv')!.rows).toHaveLength(4);
    const back = await runReal([], '| inputlookup seen.csv | stats count', { lookups });
    expect(plain(back.rows)).toEqual([{ count: 4 }]);
    await expect(
      runReal(traffic, '* | outputlookup x.csv', { lookups: { table: () => null } }),
    ).rejects.toThrow('outputlookup cannot write lookup tables here');
  });
});

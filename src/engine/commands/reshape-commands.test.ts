import { describe, expect, it } from 'vitest';
import { runFastSearch } from '../run/fast-search';
import { fromEvents } from '../source';
import type { ResultSet } from '../values';
import { events, plain, runReal, T0 } from '../../test/support/engine-run';

const row = (o: Record<string, string>) => Object.assign(Object.create(null), o);
const flows = events([
  { src: 'a', port: '80', bytes_in: '10', bytes_out: '1' },
  { src: 'a', port: '443', bytes_in: '20', bytes_out: '2' },
  { src: 'b', port: '80', bytes_in: '5' },
]);

describe('addtotals', () => {
  it('a Total per row over numeric fields, fieldname= and a field list with *', async () => {
    const r = await runReal(
      flows,
      '* | table src bytes_in bytes_out | addtotals | addtotals fieldname=io bytes_*',
    );
    expect(plain(r.rows).map((x) => [x.Total, x.io])).toEqual([
      [5, 5],
      [22, 22],
      [11, 11],
    ]);
  });
  it('col=t adds a column-total row labelled in labelfield (Splunk: addtotals col=t labelfield=src label="All")', async () => {
    const r = await runReal(
      flows,
      '* | stats sum(bytes_in) as in by src | addtotals row=f col=t labelfield=src label="All"',
    );
    expect(plain(r.rows)).toEqual([
      { src: 'a', in: 30 },
      { src: 'b', in: 5 },
      { in: 35, src: 'All' },
    ]);
  });
});

describe('xyseries and untable', () => {
  it('xyseries x name value; several values name their columns value: name', async () => {
    const r = await runReal(flows, '* | stats count by src port | xyseries src port count');
    expect(r.fields).toEqual(['src', '443', '80']);
    expect(plain(r.rows)).toEqual([
      { src: 'a', '443': 1, '80': 1 },
      { src: 'b', '80': 1 },
    ]);
    const two = await runReal(
      flows,
      '* | stats count sum(bytes_in) as b by src port | xyseries src port count b',
    );
    expect(two.fields).toEqual(['src', 'count: 443', 'b: 443', 'count: 80', 'b: 80']);
  });
  it('untable is its reverse', async () => {
    const r = await runReal(
      flows,
      '* | stats count by src port | xyseries src port count | untable src port count',
    );
    expect(plain(r.rows)).toEqual([
      { src: 'a', port: '443', count: 1 },
      { src: 'a', port: '80', count: 1 },
      { src: 'b', port: '80', count: 1 },
    ]);
  });
});

describe('fieldsummary', () => {
  it('counts, distinct counts, numeric statistics and top values per field', async () => {
    const r = await runReal(flows, '* | fieldsummary maxvals=1 bytes_in port');
    expect(plain(r.rows)).toEqual([
      {
        field: 'bytes_in',
        count: 3,
        distinct_count: 3,
        is_exact: 1,
        max: 20,
        mean: 35 / 3,
        min: 5,
        numeric_count: 3,
        stdev: expect.closeTo(
          Math.sqrt(((10 - 35 / 3) ** 2 + (20 - 35 / 3) ** 2 + (5 - 35 / 3) ** 2) / 2),
          9,
        ),
        values: '[{"value":10,"count":1}]',
      },
      {
        field: 'port',
        count: 3,
        distinct_count: 2,
        is_exact: 1,
        max: 443,
        mean: 201,
        min: 80,
        numeric_count: 3,
        stdev: expect.closeTo(209.578, 3),
        values: '[{"value":80,"count":2}]',
      },
    ]);
  });
});

describe('iplocation', () => {
  const geo = (fields: string[], rows: string[][]): Record<string, ResultSet> => ({
    'iplocation.csv': {
      fields,
      rows: rows.map((r) => row(Object.fromEntries(fields.map((f, i) => [f, r[i]])))),
    },
  });
  const ips = events([{ ip: '203.0.113.7' }, { ip: '10.0.0.1' }, { ip: '2001:db8::1' }]);
  it('adds Country, Region, City, lat, lon from an imported range table', async () => {
    const tables = geo(
      ['start_ip', 'end_ip', 'country', 'region', 'city', 'latitude', 'longitude'],
      [
        ['203.0.113.0', '203.0.113.255', 'JP', 'Tokyo', 'Tokyo', '35.6', '139.7'],
        ['2001:db8::', '2001:db8::ffff', 'NL', '', '', '', ''],
      ],
    );
    const r = await runReal(ips, '* | iplocation prefix=geo_ ip | table ip geo_*', { tables });
    expect(plain(r.rows)).toEqual([
      { ip: '2001:db8::1', geo_Country: 'NL' },
      { ip: '10.0.0.1' },
      {
        ip: '203.0.113.7',
        geo_City: 'Tokyo',
        geo_Country: 'JP',
        geo_Region: 'Tokyo',
        geo_lat: '35.6',
        geo_lon: '139.7',
      },
    ]);
  });
  it('reads CIDR networks, and a headerless start,end,country file', async () => {
    const cidr = geo(['network', 'country_code'], [['203.0.113.0/24', 'JP']]);
    const a = await runReal(ips, '* | iplocation ip | stats count by Country', { tables: cidr });
    expect(plain(a.rows)).toEqual([{ Country: 'JP', count: 1 }]);
    const headerless = geo(
      ['203.0.113.0', '203.0.113.127', 'JP'],
      [['2001:db8::', '2001:db8::ff', 'NL']],
    );
    const b = await runReal(ips, '* | iplocation ip | stats count by Country', {
      tables: headerless,
    });
    expect(plain(b.rows)).toEqual([
      { Country: 'JP', count: 1 },
      { Country: 'NL', count: 1 },
    ]);
  });
  it('says how to get a table when none is loaded', async () => {
    await expect(runReal(ips, '* | iplocation ip')).rejects.toThrow(
      /iplocation needs an IP location table, and none is loaded. Import a CSV named iplocation.csv/,
    );
    await expect(
      runReal(ips, '* | iplocation ip', { tables: geo(['a', 'b'], []) }),
    ).rejects.toThrow(/needs columns start_ip and end_ip \(or network\) and country; it has a, b/);
  });
});

describe('sparkline in stats and chart', () => {
  // Six events at 0, 10, 20, 60, 70, 130 minutes; two sources.
  const evs = [0, 10, 20, 60, 70, 130].map((m, i) => ({
    time: T0 + m * 60_000,
    raw: `e${i}`,
    fields: { src: i < 3 ? 'a' : 'b', bytes: String(i + 1) },
  }));
  it('sparkline(count, 1h): one point per hour over the whole range, 0 where empty', async () => {
    const r = await runReal(evs, '* | stats sparkline(count, 1h) as trend count by src');
    expect(plain(r.rows)).toEqual([
      { src: 'a', trend: ['##__SPARKLINE__##', 3, 0, 0], count: 3 },
      { src: 'b', trend: ['##__SPARKLINE__##', 0, 2, 1], count: 3 },
    ]);
  });
  it('is not taken for a plain count by the column fast path', async () => {
    const source = fromEvents(evs);
    const q = '* | stats sparkline count by src';
    expect(await runFastSearch(q, { source, tz: 'UTC', now: T0 })).toBeNull();
  });
  it('bare sparkline counts; sparkline(sum(x)) in chart', async () => {
    const bare = await runReal(evs, '* | stats sparkline');
    const line = plain(bare.rows)[0].sparkline as unknown[];
    expect(line[0]).toBe('##__SPARKLINE__##');
    expect((line.slice(1) as number[]).reduce((a, b) => a + b, 0)).toBe(6);
    const chart = await runReal(evs, '* | chart sparkline(sum(bytes), 1h) as trend by src');
    expect(plain(chart.rows)).toEqual([
      { src: 'a', trend: ['##__SPARKLINE__##', 6, 0, 0] },
      { src: 'b', trend: ['##__SPARKLINE__##', 0, 9, 6] },
    ]);
  });
  it('refuses sparklines elsewhere and spans that draw too many points', async () => {
    await expect(runReal(evs, '* | timechart sparkline(count)')).rejects.toThrow(
      "sparkline() works in 'stats' and 'chart' only",
    );
    await expect(runReal(evs, '* | stats sparkline(count, 1s)')).rejects.toThrow(
      /more than 1000: give it a longer span/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { SplError } from '../errors';
import { runSearch } from '../run/run-search';
import { fromEvents, type PlainEvent } from '../source';
import { plain, T0, withColumns } from '../../test/support/engine-run';

// 12 events over 3 hours: two sourcetypes, three hosts, two indexes, one without an index.
const evs: PlainEvent[] = Array.from({ length: 12 }, (_, i) => ({
  time: T0 + i * 15 * 60_000,
  raw: `event ${i} ${i % 3 === 0 ? 'ftp' : 'web'}`,
  fields: {
    sourcetype: i % 3 === 0 ? 'stream:ftp' : 'stream:http',
    host: `h${i % 3}`,
    ...(i === 11 ? {} : { index: i < 8 ? 'botsv2' : 'main' }),
    bytes: String(i * 10),
  },
}));

async function spl(query: string, opts: { earliest?: number; latest?: number } = {}) {
  const memory = fromEvents(evs, { chunkSize: 4 });
  const source = withColumns(memory);
  const r = await runSearch(query, { source, tz: 'UTC', now: T0 + 86_400_000, ...opts });
  return { ...r, rawReads: memory.rawReads, valueReads: source.valueReads };
}

describe('tstats', () => {
  it('counts by sourcetype from the columns, reading no raw text (Splunk: | tstats count where index=* by sourcetype)', async () => {
    const r = await spl('| tstats count where index=* by sourcetype');
    expect(plain(r.rows)).toEqual([
      { sourcetype: 'stream:ftp', count: 4 },
      { sourcetype: 'stream:http', count: 7 },
    ]);
    expect(r.rawReads).toBe(0);
    // The column fast path: no per-event value reads.
    expect(r.valueReads.get('sourcetype') ?? 0).toBe(0);
    const same = await spl('index=* | stats count by sourcetype');
    expect(plain(same.rows)).toEqual(plain(r.rows));
  });

  it('a plain count comes from the chunk summaries, no chunk loaded', async () => {
    const r = await spl('| tstats count');
    expect(plain(r.rows)).toEqual([{ count: 12 }]);
    expect(r.counts.chunksRead).toBe(0);
    // A range cutting through a chunk: the columns decide instead.
    const cut = await spl('| tstats count', { earliest: T0 + 1, latest: T0 + 3_600_000 });
    expect(plain(cut.rows)).toEqual([{ count: 3 }]);
  });

  it('dc, values, min/max, earliest/latest, by _time span, fillnull_value', async () => {
    const r = await spl(
      '| tstats dc(host) as hosts values(index) as idx min(bytes) max(bytes) latest(bytes) as last where sourcetype=stream:http by sourcetype',
    );
    expect(plain(r.rows)).toEqual([
      {
        sourcetype: 'stream:http',
        hosts: 2,
        idx: ['botsv2', 'main'],
        'min(bytes)': 10,
        'max(bytes)': 110,
        last: '110',
      },
    ]);
    expect(r.rawReads).toBe(0);
    const hourly = await spl('| tstats count where index=botsv2 by _time span=1h');
    expect(plain(hourly.rows)).toEqual([
      { _time: T0 / 1000, count: 4 },
      { _time: T0 / 1000 + 3600, count: 4 },
    ]);
    const filled = await spl(
      '| tstats count where sourcetype=stream:http by index fillnull_value=none',
    );
    expect(plain(filled.rows)).toEqual([
      { index: 'botsv2', count: 5 },
      { index: 'main', count: 2 },
      { index: 'none', count: 1 },
    ]);
  });

  it('prestats=true feeds timechart the same counts', async () => {
    const a = await spl(
      '| tstats prestats=t count where index=* by _time sourcetype span=1h | timechart span=1h count by sourcetype',
    );
    const b = await spl('index=* | timechart span=1h count by sourcetype');
    expect(plain(a.rows)).toEqual(plain(b.rows));
  });

  it('free-text terms in where read the raw text', async () => {
    const r = await spl('| tstats count where ftp by host');
    expect(plain(r.rows)).toEqual([{ host: 'h0', count: 4 }]);
  });

  it('refuses data models by name, at the from clause', async () => {
    const q =
      '| tstats count from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe by Processes.dest';
    const err = (await spl(q).then(
      () => null,
      (e: unknown) => e,
    )) as SplError;
    expect(err.message).toMatch(
      /^tstats from datamodel: the data model 'Endpoint.Processes' is not available/,
    );
    expect(q.slice(err.position, err.end)).toBe('from datamodel=Endpoint.Processes');
  });
});

describe('metadata and eventcount', () => {
  it('| metadata type=sourcetypes index=botsv2 (Splunk: firstTime, lastTime, recentTime, totalCount, type)', async () => {
    const r = await spl('| metadata type=sourcetypes index=botsv2');
    expect(r.fields).toEqual([
      'firstTime',
      'sourcetype',
      'lastTime',
      'recentTime',
      'totalCount',
      'type',
    ]);
    expect(plain(r.rows)).toEqual([
      {
        firstTime: T0 / 1000,
        sourcetype: 'stream:ftp',
        lastTime: T0 / 1000 + 6 * 900,
        recentTime: T0 / 1000 + 6 * 900,
        totalCount: 3,
        type: 'sourcetypes',
      },
      {
        firstTime: T0 / 1000 + 900,
        sourcetype: 'stream:http',
        lastTime: T0 / 1000 + 7 * 900,
        recentTime: T0 / 1000 + 7 * 900,
        totalCount: 5,
        type: 'sourcetypes',
      },
    ]);
    expect(r.rawReads).toBe(0);
  });

  it('| metadata type=hosts keeps to the time range; without index= every event counts', async () => {
    const r = await spl('| metadata type=hosts', { earliest: T0, latest: T0 + 3_600_000 });
    expect(plain(r.rows).map((x) => [x.host, x.totalCount])).toEqual([
      ['h0', 2],
      ['h1', 1],
      ['h2', 1],
    ]);
  });

  it('| eventcount counts whole indexes, whatever the time range', async () => {
    expect(plain((await spl('| eventcount', { earliest: T0, latest: T0 + 1 })).rows)).toEqual([
      { count: 12 },
    ]);
    expect(plain((await spl('| eventcount index=main')).rows)).toEqual([{ count: 3 }]);
    expect(plain((await spl('| eventcount summarize=false index=*')).rows)).toEqual([
      { count: 8, index: 'botsv2', server: 'local' },
      { count: 3, index: 'main', server: 'local' },
    ]);
  });

  it('names a bad type', async () => {
    await expect(spl('| metadata type=indexes')).rejects.toThrow(
      "metadata type must be hosts, sources or sourcetypes, not 'indexes'",
    );
  });
});

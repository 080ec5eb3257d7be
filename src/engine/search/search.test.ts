import { describe, expect, it } from 'vitest';
import { fromEvents } from '../source';
import { runSearch } from '../run/run-search';
import { events, ids, run, T0, withColumns } from '../../test/support/engine-run';

const FTP = events([
  { raw: 'STOR winsys32.dll to 160.153.91.7', method: 'STOR', src: '10.0.2.107', bytes: '100' },
  { raw: 'PORT 10,0,2,107', method: 'PORT', src: '10.0.2.107', bytes: '9' },
  { raw: 'user Admin logged in via FTP', method: 'USER', src: '10.0.2.109', bytes: '20' },
  { raw: 'RETR C:\\Windows\\singlefile.dll ok', method: 'retr', src: '10.0.2.109', bytes: 'n/a' },
  { raw: 'no method here 160.153.91.70', src: '10.0.2.1', tags: ['red', 'Blue'] },
  { raw: 'ftp upload failed', method: 'STOR', bytes: '1000', tags: ['green'] },
]);

// Expected ids are listed newest first, the order of a base search.
const CASES: Array<[string, string[]]> = [
  ['method=STOR', ['6', '1']],
  ['method=stor', ['6', '1']],
  ['METHOD=STOR', []],
  ['method!=STOR', ['4', '3', '2']],
  ['NOT method=STOR', ['5', '4', '3', '2']],
  ['method=*', ['6', '4', '3', '2', '1']],
  ['NOT method=*', ['5']],
  ['method=ST*', ['6', '1']],
  ['method=*R', ['6', '4', '3', '1']],
  ['bytes>a', ['4']],
  ['src=10.0.2.10*', ['4', '3', '2', '1']],
  ['method IN (port, re*)', ['4', '2']],
  ['method=STOR OR method=PORT src=10.0.2.107', ['2', '1']],
  ['method=USER OR method=PORT method=PORT', ['2']],
  ['(method=USER OR method=PORT) src=10.0.2.109', ['3']],
  ['bytes>50', ['6', '1']],
  ['bytes<=20', ['3', '2']],
  ['bytes>=9 bytes<100', ['3', '2']],
  ['tags=blue', ['5']],
  ['tags!=red', ['6']],
  ['NOT tags=red', ['6', '4', '3', '2', '1']],
  ['ftp', ['6', '3']],
  ['FTP', ['6', '3']],
  ['160.153.91.7', ['1']],
  ['singlefile.dll', ['4']],
  ['winsys32.dll OR singlefile.dll', ['4', '1']],
  ['"logged in"', ['3']],
  ['"in via ftp"', ['3']],
  ['"in ftp"', []],
  ['up*', ['6']],
  ['*load', ['6']],
  ['win*.dll', ['1']],
  ['NOT ftp', ['5', '4', '2', '1']],
  ['ftp NOT failed', ['3']],
  ['*', ['6', '5', '4', '3', '2', '1']],
  ['stor method=STOR', ['1']],
];

describe('search language', () => {
  it.each(CASES)('%s', async (q, expected) => {
    expect(await ids(FTP, q)).toEqual(expected);
  });

  // Comparisons are then decided once per dictionary code of the chunk.
  it.each(CASES)('%s, with chunks that give columns', async (q, expected) => {
    expect(await ids(FTP, q, { columns: true })).toEqual(expected);
  });

  it('decides field comparisons on column codes, reading values only for matching rows', async () => {
    const many = events(
      Array.from({ length: 300 }, (_, i) => ({
        sourcetype: i % 3 ? 'stream:ftp' : 'syslog',
        // Sparse: only some events have it.
        dest: i % 5 === 0 ? (i % 50 === 0 ? '160.153.91.7' : `10.0.0.${i % 7}`) : undefined,
      })),
    );
    const q = 'sourcetype=STREAM:FTP dest=160.153.91.7';
    const plain = fromEvents(many, { chunkSize: 64 });
    const columns = withColumns(fromEvents(many, { chunkSize: 64 }));
    const slow = await runSearch(q, { source: plain, tz: 'UTC', now: T0 });
    const fast = await runSearch(q, { source: columns, tz: 'UTC', now: T0 });
    // i = 50, 100, 200, 250 (150 and 0 are syslog).
    expect(fast.rows.map((r) => r.id)).toEqual(['251', '201', '101', '51']);
    expect(fast.rows).toEqual(slow.rows);
    expect(fast.counts).toEqual(slow.counts);
    // Only to make the four rows; the comparisons read no value one event at a time.
    expect(columns.valueReads.get('dest')).toBe(4);
    expect(columns.valueReads.get('sourcetype')).toBe(4);
  });

  it('returns base search events newest first with _time in epoch seconds', async () => {
    const r = await run(FTP, 'method=STOR');
    expect(r.rows.map((row) => row._time)).toEqual([T0 / 1000 + 5, T0 / 1000]);
    expect(r.fields.slice(0, 2)).toEqual(['_time', '_raw']);
    expect(r.fields).toContain('method');
    expect(r.rows[1]._raw).toBe('STOR winsys32.dll to 160.153.91.7');
  });

  it('answers a keyword search from the term index, reading _raw of the matches only', async () => {
    const many = events(
      Array.from({ length: 300 }, (_, i) => ({
        raw: i % 100 === 7 ? `hit ftp ${i}` : `quiet ${i}`,
      })),
    );
    const source = fromEvents(many, { chunkSize: 50 });
    const r = await runSearch('ftp', { source, tz: 'UTC', now: T0 });
    expect(r.rows).toHaveLength(3);
    expect(r.counts.scanned).toBe(300);
    expect(source.rawReads).toBe(3);
  });

  it('checks terms with breakers on _raw only for events holding all their pieces', async () => {
    const many = events(
      Array.from({ length: 200 }, (_, i) => ({
        raw: i === 150 ? 'to 160.153.91.7 ok' : i % 2 ? `from 160.1.1.1` : `n ${i}`,
      })),
    );
    const source = fromEvents(many, { chunkSize: 40 });
    const r = await runSearch('160.153.91.7', { source, tz: 'UTC', now: T0 });
    expect(r.rows.map((row) => row._raw)).toEqual(['to 160.153.91.7 ok']);
    expect(source.rawReads).toBe(1);
  });

  it('prunes chunks by index, sourcetype and field names before loading them', async () => {
    const evs = events([
      { index: 'botsv2', sourcetype: 'stream:ftp', method: 'STOR' },
      { index: 'botsv2', sourcetype: 'stream:ftp', method: 'PORT' },
      { index: 'main', sourcetype: 'syslog' },
      { index: 'main', sourcetype: 'syslog' },
      { index: 'botsv2', sourcetype: 'wineventlog', EventCode: '4688' },
      { index: 'botsv2', sourcetype: 'wineventlog', EventCode: '4624' },
    ]);
    const q = (query: string) => run(evs, query, { chunkSize: 2 });
    const ftp = await q('index=BOTSV2 sourcetype=stream:ftp method!=PORT');
    expect(ftp.rows.map((r) => r.id)).toEqual(['1']);
    expect(ftp.counts).toMatchObject({ chunksTotal: 3, chunksRead: 1, scanned: 2 });
    const code = await q('EventCode=4688');
    expect(code.counts.chunksRead).toBe(1);
    const either = await q('sourcetype=syslog OR sourcetype=wine*');
    expect(either.counts.chunksRead).toBe(2);
    expect(either.rows).toHaveLength(4);
    const negated = await q('NOT sourcetype=syslog');
    expect(negated.counts.chunksRead).toBe(3);
  });

  it('limits events to the run time range and to earliest=/latest= in the search', async () => {
    const evs = events(Array.from({ length: 10 }, () => ({})));
    const range = await run(evs, '*', { earliest: T0 + 2000, latest: T0 + 5000 });
    expect(range.rows.map((r) => r.id)).toEqual(['5', '4', '3']);
    const inSearch = await run(evs, 'earliest=08/23/2017:20:00:07 *');
    expect(inSearch.rows.map((r) => r.id)).toEqual(['10', '9', '8']);
    // now is T0 + 1h; -1h@h snaps to T0.
    const relative = await run(evs, 'earliest=-1h@h latest=-1h@h+2s');
    expect(relative.rows.map((r) => r.id)).toEqual(['2', '1']);
    const pruned = await run(evs, 'latest=1', { chunkSize: 3 });
    expect(pruned.counts.chunksRead).toBe(0);
    const later = await run(evs, '* | search earliest=08/23/2017:20:00:08');
    expect(later.rows.map((r) => r.id)).toEqual(['10', '9']);
  });

  it('filters rows in a later search command with the same rules', async () => {
    expect(await ids(FTP, '* | search method!=stor ftp')).toEqual(['3']);
  });

  it('stops with an AbortError when the signal fires', async () => {
    const controller = new AbortController();
    controller.abort();
    const source = fromEvents(FTP);
    await expect(
      runSearch('*', { source, tz: 'UTC', now: T0, signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('hands each chunk of matching events to onEvents for a pure event search', async () => {
    const batches: string[][] = [];
    const source = fromEvents(FTP, { chunkSize: 2 });
    await runSearch('method=*', {
      source,
      tz: 'UTC',
      now: T0,
      onEvents: (rows) => batches.push(rows.map((r) => String(r.id))),
    });
    // Newest chunk first, each batch newest first.
    expect(batches).toEqual([['6'], ['4', '3'], ['2', '1']]);
  });
});

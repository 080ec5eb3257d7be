import { describe, expect, it } from 'vitest';
import { runFastSearch } from './fast-search';
import { fromEvents } from '../source';
import { T0, events, withColumns } from '../../test/support/engine-run';
import type { CommandProfile } from '../profile';
import { runSearch } from './run-search';

// Four hosts: a 4 events, b 3, c 2, d 1; three events per chunk, one second apart.
const HOSTS = ['a', 'b', 'a', 'c', 'a', 'b', 'd', 'a', 'b', 'c'];
const EVENTS = events(
  HOSTS.map((host, i) => ({
    host,
    index: 'main',
    sourcetype: i < 6 ? 'web' : 'ftp',
    raw: i === 7 ? 'STOR secret.zip' : `GET /page/${i}`,
  })),
);
const opts = (extra: { earliest?: number } = {}) => ({
  source: fromEvents(EVENTS, { chunkSize: 3 }),
  tz: 'UTC',
  now: T0 + 3_600_000,
  profile: true,
  ...extra,
});

/** Name, rows in and rows out of each command, subsearches under their command. */
const shape = (commands: readonly CommandProfile[]): unknown[] =>
  commands.map((c) => ({
    text: c.text,
    rows: [c.rowsIn, c.rowsOut],
    ...(c.subsearches ? { sub: c.subsearches.map(shape) } : {}),
  }));

describe('the run profile', () => {
  it('lists every command as written with its rows in and out', async () => {
    const r = await runSearch('index=* | stats count by host | sort - count | head 3', opts());
    expect(shape(r.profile!.commands)).toEqual([
      { text: 'index=*', rows: [null, 10] },
      { text: 'stats count by host', rows: [10, 4] },
      { text: 'sort - count', rows: [4, 4] },
      { text: 'head 3', rows: [4, 3] },
    ]);
    expect(r.profile!.fast).toBe(false);
    for (const c of r.profile!.commands) expect(c.ms).toBeGreaterThanOrEqual(0);
    expect(r.profile!.ms).toBeGreaterThanOrEqual(r.profile!.parseMs);
  });

  it("reports the base search's chunks read and skipped, and why", async () => {
    // The first chunk ends before the range; the second is read; the last two hold only ftp.
    const r = await runSearch('sourcetype=web', opts({ earliest: T0 + 3000 }));
    const [scan] = r.profile!.commands[0].scans!;
    expect(scan.mode).toBe('events');
    expect(scan.chunks).toEqual({ total: 4, time: 1, meta: 2, term: 0, summary: 0, events: 1 });
    expect([...scan.outcomes]).toEqual([1, 5, 2, 2]);
    expect(scan.scanned).toBe(3);
    expect(scan.matched).toBe(3);
    expect(scan.readMs + scan.matchMs).toBeLessThanOrEqual(scan.ms + 1);
  });

  it('says which loaded chunks their term index ruled out', async () => {
    const r = await runSearch('secret.zip', opts());
    const [scan] = r.profile!.commands[0].scans!;
    expect(scan.chunks).toMatchObject({ total: 4, term: 3, events: 1 });
    expect(scan.matched).toBe(1);
  });

  it('puts a subsearch under the command that ran it', async () => {
    const r = await runSearch(
      'host=a | append [search host=b | stats count] | table host count',
      opts(),
    );
    expect(shape(r.profile!.commands)).toEqual([
      { text: 'host=a', rows: [null, 4] },
      {
        text: 'append [search host=b | stats count]',
        rows: [4, 5],
        sub: [
          [
            { text: 'search host=b', rows: [null, 3] },
            { text: 'stats count', rows: [3, 1] },
          ],
        ],
      },
      { text: 'table host count', rows: [5, 5] },
    ]);
  });

  it('marks the count the fast path answered, with the events it counted as its rows in', async () => {
    const r = await runFastSearch('index=* | stats count by host | sort - count | head 3', {
      ...opts(),
      source: withColumns(fromEvents(EVENTS, { chunkSize: 3 })),
    });
    expect(r!.profile!.fast).toBe(true);
    expect(shape(r!.profile!.commands)).toEqual([
      { text: 'index=*', rows: [null, 10] },
      { text: 'stats count by host', rows: [10, 4] },
      { text: 'sort - count', rows: [4, 4] },
      { text: 'head 3', rows: [4, 3] },
    ]);
    expect(r!.profile!.commands[1].fast).toBe(true);
    expect(r!.profile!.commands[0].scans![0].mode).toBe('counts');
  });

  it('shows macros expanded, and costs nothing unasked', async () => {
    const macros = [{ name: 'web', args: [], definition: 'sourcetype=web' }];
    const r = await runSearch('`web` | stats count', { ...opts(), macros });
    expect(r.profile!.commands.map((c) => c.text)).toEqual(['sourcetype=web', 'stats count']);
    const plain = await runSearch('`web` | stats count', { ...opts(), macros, profile: false });
    expect(plain.profile).toBeUndefined();
  });
});

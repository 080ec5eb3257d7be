import { describe, expect, it } from 'vitest';
import { storedProfile } from '../../data/search/search-profile';
import { fromEvents, runSearch } from '../../engine';
import { T0, events } from '../../test/support/engine-run';
import { chunkTotals, costRows, type CostRow } from './inspector-rows';

const EVENTS = events(['a', 'b', 'a', 'c', 'a', 'b'].map((host) => ({ host })));

async function profileOf(query: string) {
  const r = await runSearch(query, {
    source: fromEvents(EVENTS, { chunkSize: 2 }),
    tz: 'UTC',
    now: T0 + 3_600_000,
    earliest: T0 + 2000,
    profile: true,
  });
  return storedProfile(r.profile!, ['x', 'x', 'y'], [], 1);
}

/** Each row's name (a command's text, else its kind), depth, rows in and out. */
const outline = (rows: readonly CostRow[]) =>
  rows.map((r) => [
    r.label.kind === 'command' ? r.label.text : r.label.kind,
    r.depth,
    r.rowsIn,
    r.rowsOut,
  ]);

describe('the inspector’s execution costs', () => {
  it('lists the run’s steps and commands, reads and subsearches under their command', async () => {
    const p = await profileOf('host=a | append [search host=b | head 1] | stats count');
    expect(outline(costRows(p))).toEqual([
      ['parse', 0, null, null],
      ['list', 0, null, null],
      // A base search's rows in are the events it scanned: chunks 2 and 3, the first is skipped.
      ['host=a', 0, 4, 2],
      ['read', 1, null, null],
      ['match', 1, null, null],
      ['append [search host=b | head 1]', 0, 2, 3],
      ['subsearch', 1, null, null],
      ['search host=b', 2, 2, 1],
      ['read', 3, null, null],
      ['match', 3, null, null],
      ['head 1', 2, 1, 1],
      ['stats count', 0, 3, 1],
      ['total', 0, null, null],
    ]);
    const total = costRows(p).at(-1)!;
    expect(total.ms).toBe(p.run.ms);
  });

  it('sums every read of the chunks per dataset and in all', async () => {
    // Chunks hold hosts [a, b], [a, c], [a, b]; the first ends before the range. The subsearch
    // skips the second by its hosts.
    const p = await profileOf('host=a | append [search host=b]');
    const tally = p.datasets.map((d) => [d.datasetId, d.chunks, d.outcomes]);
    expect(tally).toEqual([
      ['x', 2, { total: 4, time: 2, meta: 1, term: 0, summary: 0, events: 1 }],
      ['y', 1, { total: 2, time: 0, meta: 0, term: 0, summary: 0, events: 2 }],
    ]);
    expect(chunkTotals(p.datasets)).toEqual({
      datasetId: '',
      chunks: 3,
      outcomes: { total: 6, time: 2, meta: 1, term: 0, summary: 0, events: 3 },
    });
  });
});

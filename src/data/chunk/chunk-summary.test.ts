import { describe, expect, it } from 'vitest';
import { ChunkBuilder } from './chunk-builder';
import { SUMMARY_CELL_MS, SUMMARY_FIELDS, summarizeChunk } from './chunk-summary';

const DAY = 86_400_000;

/** Events per (quarter hour, index/sourcetype/host/source), counted the plain way. */
function naiveCounts(events: { time: number; fields: Record<string, string> }[]) {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = [
      Math.floor(e.time / SUMMARY_CELL_MS),
      ...SUMMARY_FIELDS.map((f) => e.fields[f] ?? '-'),
    ].join('|');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function summaryCounts(events: { time: number; fields: Record<string, string> }[]) {
  const b = new ChunkBuilder();
  for (const e of events) b.add({ time: e.time, raw: 'x', fields: e.fields });
  const s = summarizeChunk(b.build().columns);
  expect(s).not.toBeNull();
  const counts = new Map<string, number>();
  for (let j = 0; j < s!.cells.length; j++) {
    const combo = s!.cellCombos[j];
    const names = s!.fields.map((_, f) => {
      const code = s!.combos[combo * 4 + f];
      return code < 0 ? '-' : s!.values[f][code];
    });
    const key = [s!.cells[j], ...names].join('|');
    expect(counts.has(key)).toBe(false);
    counts.set(key, s!.cellCounts[j]);
  }
  // Ordered by cell.
  for (let j = 1; j < s!.cells.length; j++)
    expect(s!.cells[j]).toBeGreaterThanOrEqual(s!.cells[j - 1]);
  return counts;
}

/** n events, three alike at a time (so cells hold counts above 1), spread over spreadMs. */
function events(n: number, spreadMs: number) {
  return Array.from({ length: n }, (_, i) => {
    const j = Math.floor(i / 3);
    const fields: Record<string, string> = {
      sourcetype: `st${j % 3}`,
      host: `h${(j * 7) % 5}`,
      index: 'main',
    };
    // Some events lack a field; source has numeric values (a number column).
    if (j % 4 !== 0) fields.source = String((j * 13) % 11);
    return { time: 1_500_000_000_000 + ((j * 7919) % n) * Math.floor(spreadMs / n), fields };
  });
}

describe('summarizeChunk', () => {
  it('counts events per quarter hour and combination over a few days (a table)', () => {
    const evs = events(3000, 3 * DAY);
    expect(summaryCounts(evs)).toEqual(naiveCounts(evs));
  });

  it('counts them the same over years, where cells x combinations exceed the table', () => {
    // 5 years of quarter hours x up to 165 combinations is past the dense limit (2^20).
    const evs = events(3000, 5 * 365 * DAY);
    expect(summaryCounts(evs)).toEqual(naiveCounts(evs));
  });

  it('is null when an event holds a list in a counted field', () => {
    const b = new ChunkBuilder();
    b.add({ time: 0, raw: 'a', fields: { host: ['a', 'b'] } });
    expect(summarizeChunk(b.build().columns)).toBeNull();
  });
});

import type { CompiledSearch } from '../search/compile';
import type { ChunkInfo, ChunkSummary } from '../source';
import type { AddCount, CountedRows, CountPlan } from './count-types';

/**
 * Folds a chunk's counts from its summary instead of its events, when that is exact: the whole
 * chunk lies within the time range, the search reads only summarised fields, the count is by
 * one of them (or none), and every summary cell falls inside one time bucket. Gives the same
 * adds as counting the events one by one (count-scan.ts foldChunk): the fold returned
 * adds them and gives the events matched; null when the summary cannot answer, so the caller reads the chunk.
 */
export function summaryFold(
  summary: ChunkSummary,
  info: ChunkInfo,
  search: CompiledSearch,
  plan: CountPlan,
  range: { earliest: number; latest: number },
): ((add: AddCount, out: CountedRows) => number) | null {
  if (info.minTime < range.earliest || info.maxTime >= range.latest) return null;
  const fieldAt = plan.field === null ? -1 : summary.fields.indexOf(plan.field);
  if (plan.field !== null && fieldAt < 0) return null;
  const test = search.summaryMatch(summary.fields);
  if (!test) return null;
  const { cellMs, cells, cellCombos, cellCounts, combos, values } = summary;
  const width = summary.fields.length;
  // Each cell's bucket, or null when a cell spans two buckets (a span under the cell's length).
  let buckets: Float64Array | null = null;
  if (plan.bucket) {
    buckets = new Float64Array(cells.length);
    let lastCell = NaN;
    let lastBucket = NaN;
    for (let j = 0; j < cells.length; j++) {
      if (cells[j] !== lastCell) {
        const start = cells[j] * cellMs;
        lastBucket = plan.bucket(start);
        if (plan.bucket(start + cellMs - 1) !== lastBucket) return null;
        lastCell = cells[j];
      }
      buckets[j] = lastBucket;
    }
  }
  const nCombos = combos.length / width;
  const matches = new Uint8Array(nCombos);
  for (let c = 0; c < nCombos; c++) {
    const valueOf = (field: string) => {
      const f = summary.fields.indexOf(field);
      const code = f < 0 ? -1 : combos[c * width + f];
      return code < 0 ? null : values[f][code];
    };
    matches[c] = test(valueOf) ? 1 : 0;
  }
  // Counts per value of the field (the last slot: absent), summed over a bucket's cells, so a
  // bucket gives one add per value however many combinations and cells it has.
  const dict = fieldAt < 0 ? [] : values[fieldAt];
  const sums = new Float64Array(dict.length + 1);
  return (add, out) => {
    let matched = 0;
    let bucket = NaN;
    const flush = () => {
      for (let code = 0; code < sums.length; code++) {
        const n = sums[code];
        if (n === 0) continue;
        const value = code < dict.length ? dict[code] : undefined;
        add(bucket, value === undefined ? '' : `s${value}`, value, n);
        sums[code] = 0;
      }
    };
    for (let j = 0; j < cells.length; j++) {
      const combo = cellCombos[j];
      if (!matches[combo]) continue;
      const n = cellCounts[j];
      matched += n;
      // The events' first and last times are within their cells: for buckets no smaller than a
      // cell, the cell's bounds give the chart the same first and last bucket.
      const lo = Math.max(cells[j] * cellMs, info.minTime);
      const hi = Math.min((cells[j] + 1) * cellMs - 1, info.maxTime);
      if (!(lo >= out.minTime))
        out.minTime = Number.isNaN(out.minTime) ? lo : Math.min(out.minTime, lo);
      if (!(hi <= out.maxTime))
        out.maxTime = Number.isNaN(out.maxTime) ? hi : Math.max(out.maxTime, hi);
      // Cells are in time order, so a bucket's cells come together.
      const b = buckets ? buckets[j] : 0;
      if (b !== bucket) {
        flush();
        bucket = b;
      }
      const code = fieldAt < 0 ? -1 : combos[combo * width + fieldAt];
      sums[code < 0 ? dict.length : code] += n;
    }
    flush();
    return matched;
  };
}

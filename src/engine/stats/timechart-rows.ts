import { SplError } from '../errors';
import { floorToSpan, nextBucket, type TimeSpan } from '../time';
import type { ResultSet, Row } from '../values';
import type { Aggregator } from './aggregation';
import { cellColumns, type SplitTable, type TimechartArgs } from './split';

// Past this a chart is unreadable and the table too large for the UI; Splunk caps bins too.
const MAX_BUCKETS = 50_000;

/**
 * timechart's result from its (bucket, series) cells: a row per bucket, each with its `_span` in
 * seconds. With `cont`, every bucket from `range.start` to `range.end` (epoch ms, null where
 * nothing bounds it); else only the buckets that have events. The command and the count chart
 * (fast/fast-timechart.ts) both end here, so their tables cannot drift apart.
 */
export function timechartRows(
  agg: Aggregator,
  table: SplitTable<number>,
  args: TimechartArgs,
  span: TimeSpan,
  tz: string,
  range: { start: number | null; end: number | null },
): ResultSet {
  const { start, end } = range;
  const columns = cellColumns(agg, table, args.by !== null, args.series);
  const buckets: number[] = [];
  if (args.cont && start !== null && end !== null && end >= start) {
    for (let b = floorToSpan(start, span, tz); b <= end; b = nextBucket(b, span, tz)) {
      buckets.push(b);
      if (buckets.length > MAX_BUCKETS) {
        throw new SplError(
          `'timechart' would make more than ${MAX_BUCKETS} buckets: use a larger span`,
          args.start,
        );
      }
    }
  } else {
    buckets.push(...[...table.cells.keys()].sort((a, b) => a - b));
  }
  const rows = buckets.map((b) => {
    const out: Row = Object.create(null);
    out._time = b / 1000;
    columns.write(table.cells.get(b), out);
    out._span = (nextBucket(b, span, tz) - b) / 1000;
    return out;
  });
  return { fields: ['_time', ...new Set(columns.names), '_span'], rows };
}

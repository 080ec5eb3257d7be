import type { RunContext } from '../context';
import { SplError } from '../errors';
import type { CompiledSearch } from '../search/compile';
import { Aggregator } from '../stats/aggregation';
import { cellColumns, splitAggregate, type TimechartArgs } from '../stats/split';
import { floorToSpan, nextBucket, spanFloor, type TimeSpan } from '../time';
import type { ResultSet, Row } from '../values';
import { scanCounts } from './count-scan';
import { weightedAggregator } from './weighted';

// timechart's own cap (commands/timechart.ts).
const MAX_BUCKETS = 50_000;

/**
 * `<search> | timechart span=<s> count... [by f]` by counting codes per bucket. Mirrors
 * timechart.run step for step (same range, buckets, series and cells); only the rows it reads are
 * one per (bucket, value) instead of one per event.
 */
export async function fastTimechart(
  search: CompiledSearch,
  args: TimechartArgs,
  span: TimeSpan,
  ctx: RunContext,
): Promise<ResultSet> {
  const { tz } = ctx;
  const counted = await scanCounts(search, ctx, {
    field: args.by?.text ?? null,
    bucket: spanFloor(span, tz),
    earliest: ctx.earliest,
    latest: ctx.latest,
  });
  const agg = weightedAggregator(new Aggregator(args.aggs, ctx), counted.weights);
  const { minTime, maxTime } = counted;
  const start = ctx.earliest ?? (Number.isNaN(minTime) ? null : minTime);
  const end = ctx.latest !== undefined ? ctx.latest - 1 : Number.isNaN(maxTime) ? null : maxTime;
  const table = splitAggregate(
    counted.rows,
    (row) => counted.bucketOf.get(row) ?? null,
    args.by?.text ?? null,
    agg,
    args.series,
  );
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

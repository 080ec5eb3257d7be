import { parseCountWord, parseBool, type Word } from '../parse/arg-reader';
import { parseSpan, spanFloor, type TimeSpan } from '../time';
import { Aggregator, readAggregations, rowTime } from '../stats/aggregation';
import { approxSpanMs, autoTimeSpan } from '../stats/auto-span';
import {
  readOptionsInto,
  SERIES_OPTIONS,
  seriesOptions,
  splitAggregate,
  type TimechartArgs,
} from '../stats/split';
import { timechartRows } from '../stats/timechart-rows';
import type { CommandDef } from '../context';

const OPTIONS = [
  'span',
  'bins',
  'minspan',
  'cont',
  'partial',
  'sep',
  'format',
  'fixedrange',
  ...SERIES_OPTIONS,
];

/**
 * `timechart [span=] [bins=] [minspan=] [cont=] [limit=] [useother=] [usenull=] [otherstr=]
 * [nullstr=] <aggs> [by <field>]`: one row per time bucket of the user's zone (`_time` its start
 * in epoch seconds, `_span` its length in seconds), from the start of the run's time range (or of
 * the first event) to its end, empty buckets included unless cont=false.
 */
export const timechartCommand: CommandDef<TimechartArgs> = {
  name: 'timechart',
  meta: {
    syntax:
      'timechart [span=<span>] [bins=<int>] [limit=<int>] [useother=<bool>] <stats-func>... [by <field>]',
    description: 'Counts or aggregates over time buckets, as a time chart.',
    example: 'sourcetype=ftp | timechart span=1h count by src_ip',
  },
  transforming: true,
  timeChart: true,
  parse(r, ctx) {
    const opts = new Map<string, Word>();
    readOptionsInto(r, OPTIONS, opts);
    const aggs = readAggregations(r, ctx.functions);
    if (aggs.length === 0) {
      throw r.error(`'timechart' needs a statistical function`, r.peek(), 'a function');
    }
    readOptionsInto(r, OPTIONS, opts);
    let by: Word | null = null;
    if (r.takeWord('by')) {
      by = r.readWord('a field to split by');
      const extra = r.peek();
      if (extra.kind === 'word' && !(r.peek2().kind === 'op' && r.peek2().value === '=')) {
        throw r.error(`'timechart' splits by one field only`, extra);
      }
    }
    readOptionsInto(r, OPTIONS, opts);
    const span = opts.get('span');
    const minSpan = opts.get('minspan');
    const bins = opts.get('bins');
    const cont = opts.get('cont');
    return {
      aggs,
      by,
      start: aggs[0].start,
      span: span ? readSpan(r, span) : null,
      minSpan: minSpan ? readSpan(r, minSpan) : null,
      bins: bins ? Math.max(1, parseCountWord(bins)) : 100,
      cont: cont ? parseBool(cont) : true,
      series: seriesOptions(opts),
    };
  },
  run(input, args, ctx) {
    const agg = new Aggregator(args.aggs, ctx);
    let lo = Infinity;
    let hi = -Infinity;
    for (const row of input.rows) {
      const t = rowTime(row);
      if (Number.isNaN(t)) continue;
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
    const start = ctx.earliest ?? (lo === Infinity ? null : lo * 1000);
    // latest is exclusive; the last event is inclusive.
    const end = ctx.latest !== undefined ? ctx.latest - 1 : hi === -Infinity ? null : hi * 1000;
    const span =
      args.span ??
      autoTimeSpan(
        start !== null && end !== null ? end - start + 1 : 0,
        args.bins,
        args.minSpan ? approxSpanMs(args.minSpan) : 0,
      );
    const { tz } = ctx;
    const floor = spanFloor(span, tz);
    const table = splitAggregate(
      input.rows,
      (row) => {
        const t = rowTime(row);
        if (Number.isNaN(t)) return null;
        const ms = t * 1000;
        if (
          (ctx.earliest !== undefined && ms < ctx.earliest) ||
          (ctx.latest !== undefined && ms >= ctx.latest)
        ) {
          return null;
        }
        return floor(ms);
      },
      args.by?.text ?? null,
      agg,
      args.series,
    );
    return timechartRows(agg, table, args, span, tz, { start, end });
  },
};

function readSpan(r: { error: (m: string, w: Word) => Error }, w: Word): TimeSpan {
  const span = parseSpan(w.text);
  if (!span)
    throw r.error(`Invalid time span '${w.text}' (examples: 30s, 5m, 1h, 1d, 1w, 1mon)`, w);
  return span;
}

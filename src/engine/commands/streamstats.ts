import { constMap } from '../data-map';
import { SplError } from '../errors';
import { parseBool, parseCountWord, type Word } from '../parse/arg-reader';
import type { AggSpec } from '../stats/agg-spec';
import { Aggregator, readAggregations, rowTime } from '../stats/aggregation';
import { parseSpan } from '../time';
import { Grouper, uniqueFields, type Group } from '../stats/grouping';
import { expandWildcards } from '../stats/wildcards';
import type { Row } from '../values';
import type { CommandDef } from '../context';

export interface StreamstatsArgs {
  aggs: AggSpec[];
  by: Word[];
  /** Rows the stats look back over (0: all rows so far). */
  window: number;
  current: boolean;
  global: boolean;
  resetOnChange: boolean;
  /** time_window=, in seconds: only rows this close in `_time` to the current one count. */
  timeWindow: number | null;
  /** Where time_window= was written, for the error when the rows are not in time order. */
  timeWindowAt?: { start: number; end: number };
}

const OPTIONS = [
  'window',
  'current',
  'global',
  'reset_on_change',
  'allnum',
  'time_window',
  'reset_before',
  'reset_after',
];
const SECONDS = constMap<number>({ s: 1, m: 60, h: 3600, d: 86400, w: 604800 });

interface Recent {
  group: Group;
  row: Row;
}

/**
 * `streamstats [window=N] [current=b] [global=b] [reset_on_change=b] <aggs> [by <fields>]`: the
 * running stats of each row's group, up to and including the row (current=true) or just before
 * it, added to the row in input order. With a window, over the last N rows of the group (or of
 * all rows when global=true, the default); reset_on_change starts over when the by-fields'
 * values change from one row to the next. Rows missing a by-field pass through unchanged.
 */
export const streamstatsCommand: CommandDef<StreamstatsArgs> = {
  name: 'streamstats',
  meta: {
    syntax:
      'streamstats [window=<int>] [current=<bool>] [global=<bool>] [reset_on_change=<bool>] [time_window=<span>] <stats-func>... [by <field-list>]',
    description: 'Adds running statistics to each result, in order.',
    example: '... | streamstats count as n by src_ip',
  },
  parse(r, ctx) {
    const opts = r.readOptions(OPTIONS);
    const aggs = readAggregations(r, ctx.functions, ['by'], { wildcards: true });
    if (aggs.length === 0) {
      throw r.error(`'streamstats' needs a statistical function`, r.peek(), 'a function');
    }
    const by = r.readByClause();
    for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
    const flag = (name: string, dflt: boolean) => {
      const w = opts.get(name);
      return w ? parseBool(w) : dflt;
    };
    for (const k of ['reset_before', 'reset_after']) {
      const w = opts.get(k);
      if (w) throw r.error(`'streamstats ${k}=' is not supported`, w);
    }
    const window = opts.get('window');
    const tw = opts.get('time_window');
    let timeWindow: number | null = null;
    if (tw) {
      const span = parseSpan(tw.text);
      if (!span || SECONDS[span.unit] === undefined) {
        throw r.error(`Expected a time span such as 30s, 5m, 1h or 1d for time_window`, tw);
      }
      timeWindow = span.n * SECONDS[span.unit];
    }
    return {
      aggs,
      by,
      window: window ? parseCountWord(window) : 0,
      current: flag('current', true),
      global: flag('global', true),
      resetOnChange: flag('reset_on_change', false),
      timeWindow,
      timeWindowAt: tw && { start: tw.start, end: tw.end },
    };
  },
  run(input, args, ctx) {
    const by = args.by.map((w) => w.text);
    const agg = new Aggregator(expandWildcards(args.aggs, input.fields, by), ctx);
    const fresh = () => new Grouper(by, () => agg.init());
    let grouper = fresh();
    let recent: Recent[] = [];
    let previous: Group | null = null;
    const rows: Row[] = [];
    const windowed = args.window > 0 || args.timeWindow !== null;
    if (args.timeWindow !== null) checkTimeOrder(input.rows, args.timeWindowAt);
    for (const src of input.rows) {
      let g = grouper.firstGroup(src);
      if (!g) {
        rows.push(src);
        continue;
      }
      if (
        args.resetOnChange &&
        previous &&
        g.values.join('\u0001') !== previous.values.join('\u0001')
      ) {
        grouper = fresh();
        recent = [];
        g = grouper.firstGroup(src)!;
      }
      previous = g;
      const out: Row = Object.assign(Object.create(null), src);
      for (const name of agg.names()) delete out[name];
      if (!windowed) {
        if (args.current) agg.add(g.states, src);
        agg.write(g.states, out);
        if (!args.current) agg.add(g.states, src);
      } else {
        if (args.current) remember(recent, { group: g, row: src }, args);
        if (args.timeWindow !== null) dropOlder(recent, rowTime(src), args.timeWindow);
        // A window has no inverse for min, values, ...: recompute over the (short) window.
        const states = agg.init();
        for (const r of recent) if (r.group === g) agg.add(states, r.row);
        agg.write(states, out);
        if (!args.current) remember(recent, { group: g, row: src }, args);
      }
      rows.push(out);
    }
    return { fields: uniqueFields([...input.fields, ...agg.names()]), rows };
  },
};

/** Rows (in time order, either way) further than `seconds` from `time` leave the window. */
function dropOlder(recent: Recent[], time: number, seconds: number): void {
  let n = 0;
  while (n < recent.length && Math.abs(time - rowTime(recent[n].row)) > seconds) n++;
  if (n > 0) recent.splice(0, n);
}

/** Splunk's rule for time_window: the rows must come in time order (newest or oldest first). */
function checkTimeOrder(rows: readonly Row[], at = { start: 0, end: 0 }): void {
  let up = false;
  let down = false;
  for (let i = 1; i < rows.length; i++) {
    const d = rowTime(rows[i]) - rowTime(rows[i - 1]);
    if (d > 0) up = true;
    else if (d < 0) down = true;
    if ((up && down) || Number.isNaN(d)) {
      throw new SplError(
        'streamstats time_window needs the results in time order: sort by _time first',
        at.start,
        at,
      );
    }
  }
}

function remember(recent: Recent[], item: Recent, args: StreamstatsArgs): void {
  recent.push(item);
  if (args.window === 0) return;
  if (args.global) {
    if (recent.length > args.window) recent.shift();
    return;
  }
  let inGroup = 0;
  for (const r of recent) if (r.group === item.group) inGroup++;
  if (inGroup > args.window)
    recent.splice(
      recent.findIndex((r) => r.group === item.group),
      1,
    );
}

import { parseBool, parseCountWord, type Word } from '../parse/arg-reader';
import { Aggregator, readAggregations, type AggSpec } from '../stats/aggregation';
import { Grouper, type Group } from '../stats/grouping';
import type { Row } from '../values';
import type { CommandDef } from './command';
import { uniqueFields } from './stats';

export interface StreamstatsArgs {
  aggs: AggSpec[];
  by: Word[];
  /** Rows the stats look back over (0: all rows so far). */
  window: number;
  current: boolean;
  global: boolean;
  resetOnChange: boolean;
}

const OPTIONS = ['window', 'current', 'global', 'reset_on_change', 'allnum'];

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
  parse(r, ctx) {
    const opts = r.readOptions(OPTIONS);
    const aggs = readAggregations(r, ctx.functions);
    if (aggs.length === 0) {
      throw r.error(`'streamstats' needs a statistical function`, r.peek(), 'a function');
    }
    const by = r.readByClause();
    for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
    const flag = (name: string, dflt: boolean) => {
      const w = opts.get(name);
      return w ? parseBool(w) : dflt;
    };
    const window = opts.get('window');
    return {
      aggs,
      by,
      window: window ? parseCountWord(window) : 0,
      current: flag('current', true),
      global: flag('global', true),
      resetOnChange: flag('reset_on_change', false),
    };
  },
  run(input, args, ctx) {
    const agg = new Aggregator(args.aggs, ctx);
    const fresh = () =>
      new Grouper(
        args.by.map((w) => w.text),
        () => agg.init(),
      );
    let grouper = fresh();
    let recent: Recent[] = [];
    let previous: Group | null = null;
    const rows: Row[] = [];
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
      if (args.window === 0) {
        if (args.current) agg.add(g.states, src);
        agg.write(g.states, out);
        if (!args.current) agg.add(g.states, src);
      } else {
        if (args.current) remember(recent, { group: g, row: src }, args);
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

function remember(recent: Recent[], item: Recent, args: StreamstatsArgs): void {
  recent.push(item);
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

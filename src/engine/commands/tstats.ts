import { SplError } from '../errors';
import { fastStats } from '../fast/fast-stats';
import { parseBool, type Word } from '../parse/arg-reader';
import type { SearchExpr } from '../ast';
import { parseSearchExpr } from '../parse/search-parser';
import { compileSearch } from '../search/compile';
import { scanEvents } from '../search/scan';
import { readAggregations, type StatsArgs } from '../stats/aggregation';
import { parseSpan, spanFloor, type TimeSpan } from '../time';
import type { ResultSet, Row } from '../values';
import type { CommandDef, RunContext } from '../context';
import { statsCommand } from './stats';
import { countsFromChunkInfo } from './tstats-meta';

export interface TstatsArgs extends StatsArgs {
  where: SearchExpr | null;
  span: TimeSpan | null;
  prestats: boolean;
  fillnull: string | null;
}

// Accepted for compatibility: summaries, buckets and chunking do not exist here.
const OPTIONS = [
  'prestats',
  'summariesonly',
  'allow_old_summaries',
  'local',
  'append',
  'chunk_size',
  'fillnull_value',
  'include_reduced_buckets',
];

/**
 * `| tstats [prestats=] [summariesonly=] ... <aggs> [where <search>] [by <fields> [span=]]`:
 * stats over the stored events, every field counting as indexed. `count` (by one field or none)
 * is answered from the chunks' summaries or their column dictionaries; other aggregations read
 * the fields they name, never the raw text unless the where clause has free-text terms.
 */
export const tstatsCommand: CommandDef<TstatsArgs> = {
  name: 'tstats',
  transforming: true,
  meta: {
    syntax:
      '| tstats [prestats=<bool>] [summariesonly=<bool>] [allow_old_summaries=<bool>] [fillnull_value=<string>] <stats-func>... [where <search>] [by <field-list> [span=<timespan>]]',
    description: 'Statistics over the stored events, as fast as their summaries and columns allow.',
    example: '| tstats count where index=* by sourcetype',
    differences:
      'Every stored field is "indexed". `from datamodel=` is refused (no CIM data models). prestats=true gives the matching events (only the fields needed) for the next stats, chart or timechart. summariesonly, allow_old_summaries, chunk_size, local, append, include_reduced_buckets are accepted and ignored.',
  },
  parse(r, ctx) {
    const opts = r.readOptions(OPTIONS);
    const aggs = readAggregations(r, ctx.functions, ['from', 'where', 'by']);
    if (aggs.length === 0) {
      throw r.error(`'tstats' needs a statistical function such as count`, r.peek(), 'a function');
    }
    for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
    if (r.isWord('from')) refuseFrom(r);
    let where: SearchExpr | null = null;
    if (r.takeWord('where')) where = parseSearchExpr(r, ['by', 'from']);
    if (r.isWord('from')) refuseFrom(r);
    const by: Word[] = [];
    let spanWord: Word | undefined;
    if (r.takeWord('by')) {
      for (;;) {
        by.push(...r.readFieldList());
        const span = r.readOptions(['span']).get('span');
        if (!span) break;
        spanWord = span;
      }
      if (by.length === 0) throw r.error(`Expected a field name after 'by'`, r.peek());
    }
    for (const [k, v] of r.readOptions([...OPTIONS, 'span'])) {
      if (k === 'span') spanWord = v;
      else opts.set(k, v);
    }
    let span: TimeSpan | null = null;
    if (spanWord) {
      span = parseSpan(spanWord.text);
      if (!span) throw r.error(`Expected a span such as 30m, 1h or 1d`, spanWord);
      if (!by.some((w) => w.text === '_time')) {
        throw r.error(`span= needs _time among the by-fields`, spanWord);
      }
    }
    const prestats = opts.get('prestats');
    return {
      aggs,
      where,
      by,
      span,
      prestats: prestats ? parseBool(prestats) : false,
      fillnull: opts.get('fillnull_value')?.text ?? null,
    };
  },
  generate: (args, ctx) => runTstats(args, ctx),
};

/** `from datamodel=...`: CIM data models (and their accelerations) do not exist here. */
function refuseFrom(r: Parameters<typeof tstatsCommand.parse>[0]): never {
  const from = r.next();
  const what = r.peek();
  let end = what.end;
  let name = what.text;
  if (r.peek2().kind === 'op' && r.peek2().value === '=') {
    r.next();
    r.next();
    const value = r.readWord('a data model name');
    name = value.text;
    end = value.end;
  }
  throw new SplError(
    `tstats from datamodel: the data model '${name}' is not available. This workbook has no CIM data models or accelerated summaries; use tstats with the events' own fields (where sourcetype=... by ...) instead`,
    from.start,
    { end },
  );
}

async function runTstats(args: TstatsArgs, ctx: RunContext): Promise<ResultSet> {
  const search = compileSearch(args.where ?? { kind: 'all', start: 0, end: 0 }, ctx.resolveTime);
  const by = args.by.map((w) => w.text);
  const countsOnly = args.aggs.every((a) => a.fn.name === 'count' && !a.field && !a.expr);
  if (!args.prestats && !args.span && args.fillnull === null && countsOnly && by.length <= 1) {
    if (by[0] !== '_time') {
      const fromInfo = await countsFromChunkInfo(args, ctx);
      if (fromInfo) return fromInfo;
      return fastStats(search, { aggs: args.aggs, by: args.by }, ctx);
    }
  }
  const needed = new Set<string>(by);
  for (const a of args.aggs) if (a.field) needed.add(a.field);
  needed.delete('_time');
  const events = await scanEvents(search, ctx, { fields: [...needed] });
  let rows = events.rows;
  if (args.fillnull !== null) rows = rows.map((row) => fillBy(row, by, args.fillnull!));
  if (args.span) {
    const floor = spanFloor(args.span, ctx.tz);
    for (const row of rows) row._time = floor((row._time as number) * 1000) / 1000;
  }
  const fields = [...new Set(['_time', ...needed])];
  if (args.prestats) return { fields, rows };
  return statsCommand.run!({ fields, rows }, { aggs: args.aggs, by: args.by }, ctx);
}

function fillBy(row: Row, by: readonly string[], value: string): Row {
  for (const f of by) if (row[f] === undefined) row[f] = value;
  return row;
}

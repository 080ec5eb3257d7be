import { Aggregator, readAggregations, type StatsArgs } from '../stats/aggregation';
import { Grouper, statsResult, type Group } from '../stats/grouping';
import { expandWildcards } from '../stats/wildcards';
import type { Row } from '../values';
import type { CommandDef, ParseContext } from '../context';
import type { ArgReader } from '../parse/arg-reader';

// Accepted for compatibility; they change nothing here (no partitions, values are never
// multivalue-delimited text).
const IGNORED_OPTIONS = ['allnum', 'delim', 'partitions', 'dedup_splitvals'];

/** `<aggs> [by <fields>]`, shared by stats and eventstats. */
export function parseStatsArgs(r: ArgReader, ctx: ParseContext, command: string): StatsArgs {
  r.readOptions(IGNORED_OPTIONS);
  const aggs = readAggregations(r, ctx.functions, ['by'], {
    wildcards: true,
    sparkline: command === 'stats',
  });
  if (aggs.length === 0) {
    throw r.error(`'${command}' needs a statistical function`, r.peek(), 'a function');
  }
  const by = r.readByClause();
  r.readOptions(IGNORED_OPTIONS);
  return { aggs, by };
}

/**
 * `stats <fn>(<field>) [as name], ... [by <fields>]`: one row per combination of the by-fields'
 * values (rows missing one are left out), sorted by those values; by-fields first, then the
 * aggregations. Without a by-clause there is always one row, even over no input (count 0).
 */
export const statsCommand: CommandDef<StatsArgs> = {
  name: 'stats',
  meta: {
    syntax: 'stats <stats-func>(<field>) [as <field>]... [by <field-list>]',
    description: 'Computes statistics over the results, one row per group.',
    example: 'sourcetype=ftp | stats count, sum(bytes) as bytes by src_ip',
  },
  transforming: true,
  parse: (r, ctx) => parseStatsArgs(r, ctx, 'stats'),
  run(input, args, ctx) {
    const by = args.by.map((w) => w.text);
    const agg = new Aggregator(expandWildcards(args.aggs, input.fields, by), ctx, input.rows);
    const grouper = new Grouper(by, () => agg.init());
    let row: Row = Object.create(null);
    const add = (g: Group) => agg.add(g.states, row);
    for (row of input.rows) grouper.forEachGroup(row, add);
    return statsResult(grouper, by, agg);
  },
};

import { Aggregator, type StatsArgs } from '../stats/aggregation';
import { Grouper, uniqueFields, type Group } from '../stats/grouping';
import { expandWildcards } from '../stats/wildcards';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { parseStatsArgs } from './stats';

/**
 * `eventstats <aggs> [by <fields>]`: the stats of each row's group, added to every row of it.
 * Rows keep their order and fields; rows missing a by-field are passed through unchanged. A row
 * whose by-field is multivalue takes the results of its first value's group.
 */
export const eventstatsCommand: CommandDef<StatsArgs> = {
  name: 'eventstats',
  meta: {
    syntax: 'eventstats <stats-func>... [by <field-list>]',
    description: "Adds each group's statistics to every result of the group.",
    example: '... | eventstats sum(bytes) as total by src_ip',
  },
  parse: (r, ctx) => parseStatsArgs(r, ctx, 'eventstats'),
  run(input, args, ctx) {
    const by = args.by.map((w) => w.text);
    const agg = new Aggregator(expandWildcards(args.aggs, input.fields, by), ctx);
    const grouper = new Grouper(by, () => agg.init());
    let row: Row = Object.create(null);
    const add = (g: Group) => agg.add(g.states, row);
    for (row of input.rows) grouper.forEachGroup(row, add);
    const results = new Map<Group, Row>();
    for (const g of grouper.groups.values()) {
      const out: Row = Object.create(null);
      agg.write(g.states, out);
      results.set(g, out);
    }
    const rows = input.rows.map((src) => {
      const g = grouper.firstGroup(src);
      if (!g) return src;
      const out: Row = Object.assign(Object.create(null), src);
      // An empty result removes a same-named field, as a fresh stats value would replace it.
      for (const name of agg.names()) delete out[name];
      return Object.assign(out, results.get(g));
    });
    return { fields: uniqueFields([...input.fields, ...agg.names()]), rows };
  },
};

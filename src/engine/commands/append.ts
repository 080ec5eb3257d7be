import type { Pipeline } from '../ast';
import type { CommandDef } from '../context';
import { readSubsearchOptions } from './subsearch-options';

export interface AppendArgs {
  subsearch: Pipeline;
  maxout: number;
}

/**
 * `append [maxout=N] [subsearch]`: the subsearch's results (at most maxout, 50000 by default)
 * after the current ones. Columns: the current ones, then the subsearch's new ones.
 */
export const appendCommand: CommandDef<AppendArgs> = {
  name: 'append',
  meta: {
    syntax: 'append [maxout=<int>] [<subsearch>]',
    description: "Adds a subsearch's results after the current results.",
    example: 'index=main sourcetype=ftp | append [search index=main sourcetype=dns]',
    differences: 'maxtime, timeout and extendtimerange are accepted and ignored.',
  },
  parse(r, ctx) {
    const { maxout } = readSubsearchOptions(r, []);
    return { subsearch: ctx.parseSubsearch(r.readSubsearch()), maxout };
  },
  async run(input, args, ctx) {
    const sub = await ctx.runPipeline(args.subsearch);
    const fields = [...input.fields];
    for (const f of sub.fields) if (!fields.includes(f)) fields.push(f);
    return { fields, rows: [...input.rows, ...sub.rows.slice(0, args.maxout)] };
  },
};

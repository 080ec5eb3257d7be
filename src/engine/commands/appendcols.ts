import { parseBool } from '../parse/arg-reader';
import type { Pipeline } from '../ast';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { readSubsearchOptions } from './subsearch-options';

export interface AppendcolsArgs {
  subsearch: Pipeline;
  override: boolean;
  maxout: number;
}

/**
 * `appendcols [override=b] [subsearch]`: merges the subsearch's results into the current ones
 * by position (first with first, ...). Internal fields (`_time`, `_raw`, any `_x`) of the
 * subsearch are not carried. Where both rows have a field, the current row's value stays unless
 * override=true. Subsearch results beyond the current ones become results of their own.
 */
export const appendcolsCommand: CommandDef<AppendcolsArgs> = {
  name: 'appendcols',
  meta: {
    syntax: 'appendcols [override=<bool>] [<subsearch>]',
    description: "Adds a subsearch's fields to the current results, row by row.",
    example: '... | stats count | appendcols [search sourcetype=dns | stats dc(query) as names]',
    differences: "The subsearch's _ fields are not carried.",
  },
  parse(r, ctx) {
    const { maxout, options } = readSubsearchOptions(r, ['override']);
    const override = options.get('override');
    return {
      subsearch: ctx.parseSubsearch(r.readSubsearch()),
      override: override ? parseBool(override) : false,
      maxout,
    };
  },
  async run(input, args, ctx) {
    const sub = await ctx.runPipeline(args.subsearch);
    const subRows = sub.rows.slice(0, args.maxout);
    const carried = (f: string) => !f.startsWith('_');
    const fields = [...input.fields];
    for (const f of sub.fields) if (carried(f) && !fields.includes(f)) fields.push(f);
    const rows: Row[] = [];
    const n = Math.max(input.rows.length, subRows.length);
    for (let i = 0; i < n; i++) {
      const row: Row = Object.assign(Object.create(null), input.rows[i]);
      const extra = subRows[i];
      if (extra) {
        for (const [f, v] of Object.entries(extra)) {
          if (carried(f) && (args.override || row[f] === undefined)) row[f] = v;
        }
      }
      rows.push(row);
    }
    return { fields, rows };
  },
};

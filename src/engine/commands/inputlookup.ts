import type { SearchExpr } from '../ast';
import { parseBool, parseCountWord, type Word } from '../parse/arg-reader';
import { parseSearchExpr } from '../parse/search-parser';
import { compileSearch } from '../search/compile';
import { rowView } from '../search/scan';
import { SplError } from '../errors';
import type { ResultSet, Row } from '../values';
import type { CommandDef, RunContext } from '../context';
import { findTable } from './lookup-tables';

export interface InputlookupArgs {
  table: Word;
  append: boolean;
  start: number;
  max: number | null;
  where: SearchExpr | null;
}

const OPTIONS = ['append', 'start', 'max'];

/**
 * `| inputlookup [append=b] [start=N] [max=N] <table> [where <search>]`: the table's rows as
 * results, from row `start` (0-based), at most `max`, those matching the search expression.
 * Later in a search it needs append=true and adds the rows after the current results.
 */
export const inputlookupCommand: CommandDef<InputlookupArgs> = {
  name: 'inputlookup',
  meta: {
    syntax: '| inputlookup [append=<bool>] [start=<int>] [max=<int>] <table> [where <search>]',
    description: 'Reads a lookup table kept in the browser as results.',
    example: '| inputlookup assets.csv where priority=high',
  },
  transforming: true,
  parse(r) {
    const opts = r.readOptions(OPTIONS);
    const table = r.readWord('a lookup table name');
    const where = r.takeWord('where') ? parseSearchExpr(r) : null;
    const num = (k: string) => {
      const w = opts.get(k);
      return w ? parseCountWord(w) : null;
    };
    const append = opts.get('append');
    return {
      table,
      append: append ? parseBool(append) : false,
      start: num('start') ?? 0,
      max: num('max'),
      where,
    };
  },
  generate: (args, ctx) => readTable(args, ctx),
  async run(input, args, ctx) {
    if (!args.append) {
      throw new SplError(
        `'inputlookup' must start the search unless append=true`,
        args.table.start,
        { end: args.table.end },
      );
    }
    const t = await readTable(args, ctx);
    const fields = [...input.fields];
    for (const f of t.fields) if (!fields.includes(f)) fields.push(f);
    return { fields, rows: [...input.rows, ...t.rows] };
  },
};

async function readTable(args: InputlookupArgs, ctx: RunContext): Promise<ResultSet> {
  const table = await findTable(ctx.lookups, args.table);
  const test = args.where ? compileSearch(args.where, ctx.resolveTime) : null;
  const rows: Row[] = [];
  // max bounds the rows read, as Splunk's "maximum number of rows to read", before where.
  const end = args.max === null ? undefined : args.start + args.max;
  for (const row of table.rows.slice(args.start, end)) {
    if (test && !test.matchesRow(rowView(row))) continue;
    rows.push(Object.assign(Object.create(null), row));
  }
  return { fields: [...table.fields], rows };
}

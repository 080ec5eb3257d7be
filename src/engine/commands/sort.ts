import { parseCountWord } from '../parse/arg-reader';
import type { CommandDef } from '../context';
import { compareRows, readSortKeys, type SortKey } from './sort-clause';

export interface SortArgs {
  /** 0 for all results. */
  limit: number;
  keys: SortKey[];
  /** Trailing `d`/`desc`: reverses the whole order. */
  reverse: boolean;
}

const DEFAULT_LIMIT = 10000;

/** `sort [N] [limit=N] <keys> [desc]`: a stable sort, then the first N (default 10000, 0 = all). */
export const sortCommand: CommandDef<SortArgs> = {
  name: 'sort',
  meta: {
    syntax: 'sort [<int>] [limit=<int>] [+|-]<field>... [desc]',
    description: 'Sorts results by fields (10,000 results unless limit=0).',
    example: '... | sort - count',
  },
  parse(r) {
    let limit = r.readCount() ?? DEFAULT_LIMIT;
    const opt = r.readOptions(['limit']).get('limit');
    if (opt) limit = parseCountWord(opt);
    const keys = readSortKeys(r);
    if (keys.length === 0) throw r.error(`'sort' needs a field to sort by`, r.peek(), 'a field');
    let reverse = false;
    const last = keys[keys.length - 1];
    // `desc` at the end is an option, not a field (Splunk reads it the same way).
    if (keys.length > 1 && !last.field.quoted && ['d', 'desc'].includes(last.field.text)) {
      keys.pop();
      reverse = true;
    }
    return { limit, keys, reverse };
  },
  run(input, args) {
    const cmp = compareRows(args.keys);
    const rows = [...input.rows].sort(args.reverse ? (a, b) => -cmp(a, b) : cmp);
    return { fields: input.fields, rows: args.limit > 0 ? rows.slice(0, args.limit) : rows };
  },
};

import { toText, valuesOf } from '../eval/coerce';
import { parseBool, type Word } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { compareRows, readSortKeys, type SortKey } from './sort-clause';

export interface DedupArgs {
  /** How many rows to keep per combination of values (default 1). */
  count: number;
  fields: Word[];
  keepEvents: boolean;
  keepEmpty: boolean;
  consecutive: boolean;
  sortBy: SortKey[];
}

const OPTIONS = ['keepevents', 'keepempty', 'consecutive'];

/**
 * `dedup [N] <fields> [keepevents=b] [keepempty=b] [consecutive=b] [sortby <keys>]`: keeps the first
 * N rows of each combination of the fields' values (in input order), drops rows missing any of
 * the fields unless keepempty=true, and with keepevents=true keeps duplicates but clears the
 * fields. consecutive=true removes only duplicates that follow each other.
 */
export const dedupCommand: CommandDef<DedupArgs> = {
  name: 'dedup',
  meta: {
    syntax:
      'dedup [<int>] <field-list> [keepevents=<bool>] [keepempty=<bool>] [consecutive=<bool>] [sortby <sort-by-clause>]',
    description: 'Keeps the first result (or N) for each combination of values of the fields.',
    example: 'sourcetype=ftp | dedup src_ip',
  },
  parse(r) {
    const countToken = r.peek();
    const count = r.readCount() ?? 1;
    if (count < 1) throw r.error(`'dedup' keeps at least 1 result per value`, countToken);
    const opts = r.readOptions(OPTIONS);
    const fields = r.readFieldList({ stopWords: ['sortby'] });
    for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
    if (fields.length === 0) throw r.error(`'dedup' needs at least one field`, r.peek(), 'a field');
    const sortBy = r.takeWord('sortby') ? readSortKeys(r) : [];
    for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
    const flag = (name: string) => {
      const w = opts.get(name);
      return w ? parseBool(w) : false;
    };
    return {
      count,
      fields,
      keepEvents: flag('keepevents'),
      keepEmpty: flag('keepempty'),
      consecutive: flag('consecutive'),
      sortBy,
    };
  },
  run(input, args) {
    const names = args.fields.map((f) => f.text);
    const seen = new Map<string, number>();
    let previous: string | null = null;
    const rows: Row[] = [];
    for (const row of input.rows) {
      if (names.some((f) => row[f] === undefined)) {
        if (args.keepEmpty) rows.push(row);
        continue;
      }
      const key = JSON.stringify(names.map((f) => valuesOf(row[f]).map((v) => toText(v))));
      let keep: boolean;
      if (args.consecutive) {
        keep = key !== previous;
        previous = key;
      } else {
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        keep = n <= args.count;
      }
      if (keep) rows.push(row);
      else if (args.keepEvents) rows.push(clear(row, names));
    }
    if (args.sortBy.length > 0) rows.sort(compareRows(args.sortBy));
    return { fields: input.fields, rows };
  },
};

function clear(row: Row, fields: readonly string[]): Row {
  const out: Row = Object.assign(Object.create(null), row);
  for (const f of fields) delete out[f];
  return out;
}

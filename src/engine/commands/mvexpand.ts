import { valuesOf } from '../eval/coerce';
import { parseCountWord, type Word } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from '../context';

export interface MvexpandArgs {
  field: Word;
  /** Values used per row; 0 for all. */
  limit: number;
}

/**
 * `mvexpand <field> [limit=N]`: one result per value of the field, the other fields copied.
 * Rows without the field are dropped (as Splunk does; fillnull first to keep them). Internal
 * fields cannot be expanded.
 */
export const mvexpandCommand: CommandDef<MvexpandArgs> = {
  name: 'mvexpand',
  meta: {
    syntax: 'mvexpand <field> [limit=<int>]',
    description: 'Makes one result per value of a multivalue field.',
    example: '... | mvexpand recipients',
    differences: 'Fields starting with _ are refused.',
  },
  parse(r) {
    const before = r.readOptions(['limit']);
    const field = r.readWord('a field name');
    const after = r.readOptions(['limit']);
    const limit = after.get('limit') ?? before.get('limit');
    if (field.text.startsWith('_')) {
      throw r.error(`'mvexpand' cannot expand the internal field '${field.text}'`, field);
    }
    if (field.text.includes('*')) throw r.error(`'mvexpand' takes one field name`, field);
    return { field, limit: limit ? parseCountWord(limit) : 0 };
  },
  run(input, args) {
    const f = args.field.text;
    const rows: Row[] = [];
    for (const src of input.rows) {
      let values = valuesOf(src[f] ?? null);
      if (args.limit > 0) values = values.slice(0, args.limit);
      for (const v of values) {
        const row: Row = Object.assign(Object.create(null), src);
        row[f] = v;
        rows.push(row);
      }
    }
    return { fields: input.fields, rows };
  },
};

import { hasKey } from '../data-map';
import type { Word } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { expandFields } from './field-patterns';

/** `table <fields>`: only the named fields (wildcards allowed), in the order named. */
export const tableCommand: CommandDef<Word[]> = {
  name: 'table',
  meta: {
    syntax: 'table <wc-field-list>',
    description: 'Shows the named fields as a table, in that order.',
    example: 'sourcetype=ftp | table _time src_ip command',
  },
  transforming: true,
  parse(r) {
    const fields = r.readFieldList({ wildcards: true });
    if (fields.length === 0) throw r.error(`'table' needs at least one field`, r.peek(), 'a field');
    return fields;
  },
  run(input, patterns) {
    const fields = expandFields(patterns, input.fields);
    return { fields, rows: input.rows.map((row) => pick(row, fields)) };
  },
};

export function pick(row: Row, fields: readonly string[]): Row {
  const out: Row = Object.create(null);
  for (const f of fields) if (hasKey(row, f)) out[f] = row[f];
  return out;
}

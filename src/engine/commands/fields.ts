import type { Word } from '../parse/arg-reader';
import type { CommandDef } from '../context';
import { expandFields, fieldNamedBy } from './field-patterns';
import { pick } from './table';

export interface FieldsArgs {
  remove: boolean;
  fields: Word[];
}

// Splunk keeps these through `fields +` unless they are removed explicitly.
const KEPT_INTERNAL = ['_time', '_raw'];

/** `fields [+|-] <fields>`: keep (default) or remove the named fields (wildcards allowed). */
export const fieldsCommand: CommandDef<FieldsArgs> = {
  name: 'fields',
  meta: {
    syntax: 'fields [+|-] <wc-field-list>',
    description: 'Keeps or removes fields.',
    example: 'sourcetype=ftp | fields src_ip, dest_ip, bytes',
  },
  parse(r) {
    let remove = false;
    if (r.isWord('-') || r.isWord('+')) remove = r.next().value === '-';
    const fields = r.readFieldList({ wildcards: true });
    if (fields.length === 0)
      throw r.error(`'fields' needs at least one field`, r.peek(), 'a field');
    return { remove, fields };
  },
  run(input, args) {
    if (args.remove) {
      const fields = input.fields.filter((f) => !fieldNamedBy(args.fields, f));
      return { fields, rows: input.rows.map((row) => pick(row, fields)) };
    }
    // Unlike table, fields does not add columns for names no row has.
    const named = expandFields(args.fields, input.fields).filter((f) => input.fields.includes(f));
    const internal = KEPT_INTERNAL.filter((f) => input.fields.includes(f) && !named.includes(f));
    const fields = [...internal, ...named];
    return { fields, rows: input.rows.map((row) => pick(row, fields)) };
  },
};

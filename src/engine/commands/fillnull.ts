import type { CommandDef } from '../context';
import type { Row } from '../values';

export interface FillnullArgs {
  value: string;
  /** Empty: every field of the results. */
  fields: string[];
}

/**
 * `fillnull [value=0] [<fields>]`: gives the fields a value in the rows that lack them. Without
 * fields, every field of the results (a column some row has); named fields are filled even when
 * no row has them. Empty strings are values, so they stay.
 */
export const fillnullCommand: CommandDef<FillnullArgs> = {
  name: 'fillnull',
  meta: {
    syntax: 'fillnull [value=<string>] [<field-list>]',
    description: 'Gives empty fields a value (0 unless told).',
    example: '... | fillnull value=none user',
  },
  parse(r) {
    const before = r.readOptions(['value']);
    const fields = r.readFieldList().map((w) => w.text);
    const after = r.readOptions(['value']);
    const value = after.get('value') ?? before.get('value');
    return { value: value ? value.text : '0', fields };
  },
  run(input, args) {
    const targets = args.fields.length > 0 ? args.fields : input.fields;
    const fields = [...input.fields];
    for (const f of targets) if (!fields.includes(f)) fields.push(f);
    const rows = input.rows.map((src) => {
      if (targets.every((f) => src[f] !== undefined)) return src;
      const row: Row = Object.assign(Object.create(null), src);
      for (const f of targets) if (row[f] === undefined) row[f] = args.value;
      return row;
    });
    return { fields, rows };
  },
};

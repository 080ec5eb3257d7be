import { toNumber } from '../eval/coerce';
import { parseBool, type Word } from '../parse/arg-reader';
import { wildcardMatcher } from '../search/wildcard';
import type { Row } from '../values';
import type { CommandDef } from '../context';

export interface AddtotalsArgs {
  row: boolean;
  col: boolean;
  fieldname: string;
  labelfield: string | null;
  label: string;
  fields: Word[];
}

/**
 * `addtotals [row=t] [col=f] [fieldname=Total] [labelfield=<f>] [label=Total] [<fields>]`: a
 * `Total` field on each row summing its numeric fields (the named ones, `*` allowed; else every
 * field not starting with `_`), and with col=true a last row summing each column, labelled in
 * `labelfield` when given.
 */
export const addtotalsCommand: CommandDef<AddtotalsArgs> = {
  name: 'addtotals',
  meta: {
    syntax:
      'addtotals [row=<bool>] [col=<bool>] [labelfield=<field>] [label=<string>] [fieldname=<field>] [<field-list>]',
    description: 'Adds a row total to each result, and optionally a column-total row.',
    example: '... | chart count over src by dest_port | addtotals col=t labelfield=src',
  },
  parse(r) {
    const names = ['row', 'col', 'fieldname', 'labelfield', 'label'];
    const opts = r.readOptions(names);
    const fields = r.readFieldList({ wildcards: true });
    for (const [k, v] of r.readOptions(names)) opts.set(k, v);
    const flag = (k: string, dflt: boolean) => {
      const w = opts.get(k);
      return w ? parseBool(w) : dflt;
    };
    return {
      row: flag('row', true),
      col: flag('col', false),
      fieldname: opts.get('fieldname')?.text ?? 'Total',
      labelfield: opts.get('labelfield')?.text ?? null,
      label: opts.get('label')?.text ?? 'Total',
      fields,
    };
  },
  run(input, args) {
    const patterns = args.fields.map((w) => wildcardMatcher(w.text, { caseless: false }));
    const summed = (f: string) =>
      patterns.length > 0 ? patterns.some((matches) => matches(f)) : !f.startsWith('_');
    const fields = [...input.fields];
    const rows = input.rows.map((src) => {
      if (!args.row) return src;
      let total = 0;
      for (const [f, v] of Object.entries(src)) {
        if (f === args.fieldname || !summed(f)) continue;
        const n = toNumber(Array.isArray(v) ? null : v);
        if (n !== null) total += n;
      }
      return Object.assign(Object.create(null) as Row, src, { [args.fieldname]: total });
    });
    if (args.row && !fields.includes(args.fieldname)) fields.push(args.fieldname);
    if (args.col) {
      const totals: Row = Object.create(null);
      for (const row of rows) {
        for (const [f, v] of Object.entries(row)) {
          if (!summed(f) && f !== args.fieldname) continue;
          const n = toNumber(Array.isArray(v) ? null : v);
          if (n !== null) totals[f] = ((totals[f] as number | undefined) ?? 0) + n;
        }
      }
      if (args.labelfield) {
        totals[args.labelfield] = args.label;
        if (!fields.includes(args.labelfield)) fields.push(args.labelfield);
      }
      rows.push(totals);
    }
    return { fields, rows };
  },
};

import { SplError } from '../errors';
import type { Word } from '../parse/arg-reader';
import type { CommandDef } from '../context';
import { findTable } from './lookup-tables';

export interface FromArgs {
  table: Word;
}

/**
 * `| from inputlookup:<table>` (or `lookup:<table>`): the lookup table's rows. Data models
 * and saved searches, the other kinds of dataset, do not exist here and are refused by name.
 */
export const fromCommand: CommandDef<FromArgs> = {
  name: 'from',
  meta: {
    syntax: '| from <dataset-type>:<dataset-name>',
    description: 'Reads a dataset: here, a lookup table (inputlookup:<name> or lookup:<name>).',
    example: '| from inputlookup:assets.csv',
    differences: 'Only lookup datasets: datamodel: and savedsearch: are refused.',
  },
  parse(r) {
    const w = r.readJoinedWord('a dataset such as inputlookup:assets.csv');
    const colon = w.text.indexOf(':');
    const kind = colon < 0 ? '' : w.text.slice(0, colon).toLowerCase();
    const name = w.text.slice(colon + 1);
    if (kind === 'inputlookup' || kind === 'lookup') {
      return { table: { ...w, text: name, start: w.start + colon + 1 } };
    }
    const what =
      kind === 'datamodel'
        ? `the data model '${name}' is not available (no CIM data models here)`
        : kind === 'savedsearch'
          ? `saved searches are not available here`
          : `'${w.text}' is not a dataset; write inputlookup:<table>`;
    throw new SplError(`from: ${what}`, w.start, { end: w.end });
  },
  generate: async (args, ctx) => {
    const t = await findTable(ctx.lookups, args.table);
    return {
      fields: [...t.fields],
      rows: t.rows.map((row) => Object.assign(Object.create(null), row)),
    };
  },
};

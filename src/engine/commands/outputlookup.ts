import { SplError } from '../errors';
import { toText } from '../eval/coerce';
import { parseBool, parseCountWord, type Word } from '../parse/arg-reader';
import type { ResultSet, Row } from '../values';
import type { CommandDef } from '../context';

export interface OutputlookupArgs {
  table: Word;
  append: boolean;
  createEmpty: boolean;
  overrideIfEmpty: boolean;
  max: number | null;
}

/** A lookup table is one stored record: bigger result sets are refused with this bound. */
export const MAX_OUTPUT_ROWS = 500_000;

/**
 * `outputlookup [append=f] [create_empty=t] [override_if_empty=t] [max=N] <table>`: writes the
 * results as a lookup table kept in the browser (the store imported tables live in), then passes
 * them on unchanged. Fields starting with `_` are not written; a multivalue cell is written with
 * its values on separate lines, as Splunk writes CSV.
 */
export const outputlookupCommand: CommandDef<OutputlookupArgs> = {
  name: 'outputlookup',
  meta: {
    syntax:
      'outputlookup [append=<bool>] [create_empty=<bool>] [override_if_empty=<bool>] [max=<int>] <filename>',
    description: 'Saves the results as a lookup table, for lookup and inputlookup.',
    example: '... | stats count by query | outputlookup top_queries.csv',
    differences: `Tables are kept in the browser, at most ${MAX_OUTPUT_ROWS} rows. key_field, createinapp and output_format are refused.`,
  },
  parse(r) {
    const names = [
      'append',
      'create_empty',
      'override_if_empty',
      'max',
      'key_field',
      'createinapp',
      'output_format',
    ];
    const opts = r.readOptions(names);
    const table = r.readWord('a lookup table name');
    for (const [k, v] of r.readOptions(names)) opts.set(k, v);
    for (const k of ['key_field', 'createinapp', 'output_format']) {
      const w = opts.get(k);
      if (w) throw r.error(`'outputlookup ${k}=' is not supported`, w);
    }
    const flag = (k: string, dflt: boolean) => {
      const w = opts.get(k);
      return w ? parseBool(w) : dflt;
    };
    const max = opts.get('max');
    return {
      table,
      append: flag('append', false),
      createEmpty: flag('create_empty', true),
      overrideIfEmpty: flag('override_if_empty', true),
      max: max ? parseCountWord(max) : null,
    };
  },
  async run(input, args, ctx) {
    const lookups = ctx.lookups;
    if (!lookups?.save) {
      throw new SplError(`outputlookup cannot write lookup tables here`, args.table.start, {
        end: args.table.end,
      });
    }
    const rows = args.max === null ? input.rows : input.rows.slice(0, args.max);
    if (rows.length > MAX_OUTPUT_ROWS) {
      throw new SplError(
        `outputlookup writes at most ${MAX_OUTPUT_ROWS} rows; these results have ${rows.length}`,
        args.table.start,
        { end: args.table.end },
      );
    }
    if (rows.length === 0 && (!args.overrideIfEmpty || !args.createEmpty)) return input;
    let table = toTable(input.fields, rows);
    if (args.append) {
      const old = await lookups.table(args.table.text);
      if (old) table = concat(old, table);
    }
    await lookups.save(args.table.text, table);
    return input;
  },
};

function toTable(fields: readonly string[], rows: readonly Row[]): ResultSet {
  const names = fields.filter((f) => !f.startsWith('_'));
  for (const row of rows)
    for (const f of Object.keys(row)) if (!f.startsWith('_') && !names.includes(f)) names.push(f);
  const out = rows.map((row) => {
    const r: Row = Object.create(null);
    for (const f of names) {
      const v = row[f];
      if (v === undefined || v === null) continue;
      r[f] = Array.isArray(v) ? v.map((x) => toText(x) ?? '').join('\n') : (toText(v) ?? '');
    }
    return r;
  });
  return { fields: names, rows: out };
}

function concat(a: ResultSet, b: ResultSet): ResultSet {
  const fields = [...a.fields];
  for (const f of b.fields) if (!fields.includes(f)) fields.push(f);
  return { fields, rows: [...a.rows, ...b.rows] };
}

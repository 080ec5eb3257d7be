import { hasKey } from '../data-map';
import { toText } from '../eval/coerce';
import type { Word } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from '../context';

export interface XyseriesArgs {
  x: Word;
  yName: Word;
  yData: Word[];
  sep: string;
}

/**
 * `xyseries <x-field> <y-name-field> <y-data-field>... [sep=": "]`: a row per value of the
 * x-field, a column per value of the y-name-field holding the y-data-field's value, in the order
 * they are first seen. With several data fields, columns are named `data<sep>name`.
 */
export const xyseriesCommand: CommandDef<XyseriesArgs> = {
  name: 'xyseries',
  transforming: true,
  meta: {
    syntax:
      'xyseries [grouped=<bool>] <x-field> <y-name-field> <y-data-field>... [sep=<string>] [format=<string>]',
    description: 'Turns rows of (x, name, value) into a table with a column per name.',
    example: '... | stats count by src_ip site | xyseries src_ip site count',
    differences: 'grouped and format are refused.',
  },
  parse(r) {
    const opts = r.readOptions(['sep', 'grouped', 'format']);
    const fields = r.readFieldList();
    for (const [k, v] of r.readOptions(['sep', 'grouped', 'format'])) opts.set(k, v);
    for (const k of ['grouped', 'format']) {
      const w = opts.get(k);
      if (w) throw r.error(`'xyseries ${k}=' is not supported`, w);
    }
    if (fields.length < 3) {
      throw r.error(
        `'xyseries' needs <x-field> <y-name-field> <y-data-field>`,
        r.peek(),
        'a field',
      );
    }
    const [x, yName, ...yData] = fields;
    return { x, yName, yData, sep: opts.get('sep')?.text ?? ': ' };
  },
  run(input, args) {
    const x = args.x.text;
    const byX = new Map<string, Row>();
    const columns: string[] = [];
    const seen = new Set<string>();
    for (const row of input.rows) {
      const xv = row[x];
      const name = toText(
        Array.isArray(row[args.yName.text]) ? null : (row[args.yName.text] ?? null),
      );
      if (xv === undefined || xv === null || name === null) continue;
      const key = Array.isArray(xv) ? xv.join('\n') : String(xv);
      let out = byX.get(key);
      if (!out) {
        out = Object.create(null) as Row;
        out[x] = xv;
        byX.set(key, out);
      }
      for (const d of args.yData) {
        const column = args.yData.length === 1 ? name : `${d.text}${args.sep}${name}`;
        const v = row[d.text];
        if (v === undefined || v === null) continue;
        out[column] = v;
        if (!seen.has(column)) {
          seen.add(column);
          columns.push(column);
        }
      }
    }
    return { fields: [x, ...columns], rows: [...byX.values()] };
  },
};

/**
 * `untable <x-field> <y-name-field> <y-data-field>`: the reverse of xyseries; each other field
 * of a row (not starting with `_`) with a value becomes a row (x, name, value).
 */
export const untableCommand: CommandDef<{ x: Word; yName: Word; yData: Word }> = {
  name: 'untable',
  transforming: true,
  meta: {
    syntax: 'untable <x-field> <y-name-field> <y-data-field>',
    description: 'Turns a table into rows of (x, column name, value).',
    example: '... | chart count over src by port | untable src port count',
  },
  parse(r) {
    const fields = r.readFieldList();
    if (fields.length !== 3) {
      throw r.error(
        `'untable' needs exactly <x-field> <y-name-field> <y-data-field>`,
        r.peek(),
        'a field',
      );
    }
    const [x, yName, yData] = fields;
    return { x, yName, yData };
  },
  run(input, args) {
    const x = args.x.text;
    const rows: Row[] = [];
    for (const row of input.rows) {
      const names = input.fields.filter((f) => f !== x && !f.startsWith('_') && hasKey(row, f));
      for (const f of Object.keys(row))
        if (f !== x && !f.startsWith('_') && !names.includes(f)) names.push(f);
      for (const f of names) {
        const v = row[f];
        if (v === undefined || v === null) continue;
        const out: Row = Object.create(null);
        if (row[x] !== undefined) out[x] = row[x];
        out[args.yName.text] = f;
        out[args.yData.text] = v;
        rows.push(out);
      }
    }
    return { fields: [x, args.yName.text, args.yData.text], rows };
  },
};

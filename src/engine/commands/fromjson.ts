import { toText } from '../eval/coerce';
import type { Word } from '../parse/arg-reader';
import { jsonText, tryParseJson } from '../structured/json-paths';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { firstValue, listValue } from './spath';

export interface FromjsonArgs {
  field: Word;
  prefix: string;
}

/**
 * `fromjson <field> [prefix=<string>]`: the top-level keys of the JSON object in the field
 * become fields (prefixed). An array of plain values becomes a multivalue field; objects and
 * nested arrays stay as JSON text, for another fromjson or spath.
 */
export const fromjsonCommand: CommandDef<FromjsonArgs> = {
  name: 'fromjson',
  meta: {
    syntax: 'fromjson <field> [prefix=<string>]',
    description: 'Turns the top-level keys of a JSON object into fields.',
    example: '... | fromjson payload prefix=p_',
  },
  parse(r) {
    let prefix = r.readOptions(['prefix']).get('prefix')?.text;
    const field = r.readWord('a field holding JSON');
    prefix = r.readOptions(['prefix']).get('prefix')?.text ?? prefix;
    return { field, prefix: prefix ?? '' };
  },
  run(input, args) {
    const fields = [...input.fields];
    const known = new Set(fields);
    const rows = input.rows.map((src) => {
      const json = tryParseJson(toText(firstValue(src[args.field.text])) ?? '');
      if (typeof json !== 'object' || json === null || Array.isArray(json)) return src;
      const row: Row = Object.assign(Object.create(null), src);
      for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
        const name = args.prefix + k;
        const plain = Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null);
        if (v === null) continue;
        row[name] = plain ? listValue((v as unknown[]).map(jsonText)) : jsonText(v);
        if (Array.isArray(v) && v.length === 0) delete row[name];
        if (!known.has(name)) {
          known.add(name);
          fields.push(name);
        }
      }
      return row;
    });
    return { fields, rows };
  },
};

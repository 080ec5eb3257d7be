import { toText } from '../eval/coerce';
import { parseCountWord } from '../parse/arg-reader';
import { parseXml, xmlLeafPairs } from '../structured/xml';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { firstValue, listValue } from './spath';

export interface XmlkvArgs {
  field: string;
  maxinputs: number;
}

/**
 * `xmlkv [<field>] [maxinputs=<int>]`: every XML element holding only text, `<foo>bar</foo>`,
 * gives the field foo=bar (several of a name: multivalue). Reads _raw by default.
 */
export const xmlkvCommand: CommandDef<XmlkvArgs> = {
  name: 'xmlkv',
  meta: {
    syntax: 'xmlkv [<field>] [maxinputs=<int>]',
    description: 'Extracts <key>value</key> pairs of XML as fields.',
    example: '... | xmlkv',
    differences: 'maxinputs is accepted and ignored: every row is read.',
  },
  parse(r) {
    let opts = r.readOptions(['maxinputs']);
    const field = r.atEnd() || r.peek2().value === '=' ? '_raw' : r.readWord('a field').text;
    if (opts.size === 0) opts = r.readOptions(['maxinputs']);
    const max = opts.get('maxinputs');
    return { field, maxinputs: max ? parseCountWord(max) : 50000 };
  },
  run(input, args) {
    const fields = [...input.fields];
    const known = new Set(fields);
    const rows = input.rows.map((src) => {
      const text = toText(firstValue(src[args.field]));
      if (text === null) return src;
      const pairs = new Map<string, string[]>();
      xmlLeafPairs(parseXml(text), pairs);
      if (pairs.size === 0) return src;
      const row: Row = Object.assign(Object.create(null), src);
      for (const [k, v] of pairs) {
        row[k] = listValue(v);
        if (!known.has(k)) {
          known.add(k);
          fields.push(k);
        }
      }
      return row;
    });
    return { fields, rows };
  },
};

import { SplError } from '../errors';
import { toText } from '../eval/coerce';
import { compileXPath, evaluateXPath, XPathError } from '../structured/xpath';
import { parseXml } from '../structured/xml';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { firstValue, listValue } from './spath';

export interface XpathArgs {
  steps: ReturnType<typeof compileXPath>;
  field: string;
  outfield: string;
  default: string | null;
}

/**
 * `xpath "<xpath>" [field=<field>] [outfield=<field>] [default=<string>]`: the values the
 * path selects in the field's XML (default _raw) go to `outfield` (default `xpath`); rows where
 * it selects nothing get `default` when given.
 */
export const xpathCommand: CommandDef<XpathArgs> = {
  name: 'xpath',
  meta: {
    syntax: 'xpath [outfield=<field>] "<xpath>" [field=<field>] [default=<string>]',
    description: 'Extracts values from XML with an XPath expression.',
    example: '... | xpath field=doc outfield=ip "//ip"',
    differences:
      'A subset of XPath 1.0: /a/b, //b, *, text(), @attr and predicates [N], [@a], [@a="v"], [child="v"]; others are refused by name.',
  },
  parse(r) {
    const names = ['field', 'outfield', 'default'];
    const opts = r.readOptions(names);
    const path = r.readWord('an XPath expression');
    for (const [k, v] of r.readOptions(names)) opts.set(k, v);
    let steps;
    try {
      steps = compileXPath(path.text);
    } catch (err) {
      if (err instanceof XPathError) {
        throw new SplError(`xpath: ${err.message}`, path.start, { end: path.end });
      }
      throw err;
    }
    return {
      steps,
      field: opts.get('field')?.text ?? '_raw',
      outfield: opts.get('outfield')?.text ?? 'xpath',
      default: opts.get('default')?.text ?? null,
    };
  },
  run(input, args) {
    const fields = input.fields.includes(args.outfield)
      ? [...input.fields]
      : [...input.fields, args.outfield];
    const rows = input.rows.map((src) => {
      const text = toText(firstValue(src[args.field]));
      const values = text === null ? [] : evaluateXPath(parseXml(text), args.steps);
      const row: Row = Object.assign(Object.create(null), src);
      if (values.length > 0) row[args.outfield] = listValue(values);
      else if (args.default !== null) row[args.outfield] = args.default;
      return row;
    });
    return { fields, rows };
  },
};

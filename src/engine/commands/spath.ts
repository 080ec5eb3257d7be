import { toText } from '../eval/coerce';
import type { Word } from '../parse/arg-reader';
import {
  flattenJson,
  jsonAtPath,
  parsePath,
  tryParseJson,
  type PathStep,
} from '../structured/json-paths';
import { flattenXml, looksLikeXml, parseXml, xmlAtPath } from '../structured/xml';
import type { Row, Value } from '../values';
import type { CommandDef } from '../context';

export interface SpathArgs {
  input: string;
  output: string | null;
  path: PathStep[] | null;
  pathText: string | null;
}

/** Splunk's auto-extraction reads this many characters of the input (extraction_cutoff). */
export const SPATH_CUTOFF = 5000;

/**
 * `spath [input=<field>] [output=<field>] [path=<datapath> | <datapath>]`: with a path, the
 * value(s) there (JSON or XML, `{}` for every array element, `{N}` for one: 0-based in JSON,
 * 1-based in XML, `{@attr}` for an XML attribute) go into `output` (default: the path itself);
 * without one, every leaf of the first 5000 characters becomes a field named by its path.
 */
export const spathCommand: CommandDef<SpathArgs> = {
  name: 'spath',
  meta: {
    syntax: 'spath [input=<field>] [output=<field>] [path=<datapath> | <datapath>]',
    description: 'Extracts fields from JSON or XML in a field (_raw by default).',
    example: '... | spath input=payload path=user.roles{} output=roles',
    differences:
      'JSON numbers are written as JSON.parse reads them (1.0 becomes 1). Paths over XML support element names, {N} and {@attr}.',
  },
  parse(r) {
    const opts = r.readOptions(['input', 'output', 'path']);
    let path: Word | undefined = opts.get('path');
    if (!path && !r.atEnd() && r.peek2().value !== '=') path = r.readWord('a path');
    for (const [k, v] of r.readOptions(['input', 'output', 'path'])) {
      if (k === 'path') path = v;
      else opts.set(k, v);
    }
    if (opts.get('output') && !path) {
      throw r.error(`'spath output=' needs a path`, opts.get('output')!);
    }
    return {
      input: opts.get('input')?.text ?? '_raw',
      output: opts.get('output')?.text ?? null,
      path: path ? parsePath(path.text) : null,
      pathText: path?.text ?? null,
    };
  },
  run(input, args) {
    const fields = [...input.fields];
    const known = new Set(fields);
    const rows = input.rows.map((src) => {
      const text = toText(firstValue(src[args.input])) ?? null;
      if (text === null) return src;
      const row: Row = Object.assign(Object.create(null), src);
      const extracted = extract(text, args);
      for (const [name, values] of extracted) {
        if (values.length === 0) continue;
        row[name] = listValue(values);
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

function extract(text: string, args: SpathArgs): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (args.path) {
    const name = args.output ?? args.pathText!;
    if (looksLikeXml(text)) out.set(name, xmlAtPath(parseXml(text), args.path));
    else {
      const json = tryParseJson(text);
      if (json !== undefined) out.set(name, jsonAtPath(json, args.path));
    }
    return out;
  }
  const head = text.length > SPATH_CUTOFF ? text.slice(0, SPATH_CUTOFF) : text;
  if (looksLikeXml(head)) flattenXml(parseXml(head), out);
  else {
    const json = tryParseJson(head);
    if (json !== undefined) flattenJson(json, '', out);
  }
  return out;
}

export function firstValue(v: Value | undefined): Value {
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

export function listValue(values: readonly string[]): Value {
  return values.length === 1 ? values[0] : [...values];
}

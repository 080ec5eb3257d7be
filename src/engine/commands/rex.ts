import { fromValues, toText, valuesOf } from '../eval/coerce';
import { compileRegex } from '../eval/functions/regex';
import { EvalFunctionError } from '../eval/function-types';
import { SplError } from '../errors';
import { parseCountWord, type Word } from '../parse/arg-reader';
import type { Row, Scalar } from '../values';
import type { CommandDef } from '../context';

export interface RexArgs {
  field: string;
  /** Extraction mode: the regex, its named groups and max_match (0 = no limit). */
  regex: RegExp | null;
  groups: string[];
  maxMatch: number;
  /** mode=sed: the edit applied to the field's text. */
  sed: ((text: string) => string) | null;
}

const OPTIONS = ['field', 'max_match', 'mode', 'offset_field'];

/**
 * `rex [field=_raw] [max_match=N] "<regex>"`: each named group `(?<name>...)` (or PCRE's
 * `(?P<name>...)`) becomes a field. max_match=1 (default) keeps the first match; more give
 * multivalue fields; 0 means every match. A row without a match keeps its fields.
 * `rex [field=f] mode=sed "s/regex/replacement/[g|N]"` or `"y/abc/xyz/"` edits the field itself.
 */
export const rexCommand: CommandDef<RexArgs> = {
  name: 'rex',
  meta: {
    syntax: 'rex [field=<field>] [max_match=<int>] [mode=sed] "<regex>"',
    description: 'Extracts fields with the named groups of a regular expression.',
    example: 'sourcetype=ftp | rex "USER (?<user>\\S+)"',
    differences:
      'PCRE is translated to JavaScript; atomic groups, possessive quantifiers and recursion are refused.',
  },
  parse(r) {
    const opts = r.readOptions(OPTIONS);
    const t = r.peek();
    if (t.kind !== 'string') throw r.error(`'rex' needs a quoted regular expression`, t, '"');
    const pattern = r.readWord('a regular expression');
    for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
    const field = opts.get('field')?.text ?? '_raw';
    const mode = opts.get('mode');
    if (opts.has('offset_field')) throw r.error(`'offset_field' is not supported yet`, t);
    if (mode) {
      if (mode.text.toLowerCase() !== 'sed') throw r.error(`Unknown rex mode '${mode.text}'`, mode);
      return { field, regex: null, groups: [], maxMatch: 1, sed: compileSed(pattern) };
    }
    const maxWord = opts.get('max_match');
    const regex = compile(pattern, 'g');
    const groups = groupNames(regex);
    if (groups.length === 0) {
      throw r.error(`The regex of 'rex' must name a group, such as (?<name>...)`, pattern);
    }
    return { field, regex, groups, maxMatch: maxWord ? parseCountWord(maxWord) : 1, sed: null };
  },
  run(input, args) {
    const fields = [...input.fields];
    for (const g of args.groups) if (!fields.includes(g)) fields.push(g);
    const rows = input.rows.map((src) => {
      const values = valuesOf(src[args.field] ?? null);
      if (values.length === 0) return src;
      const row: Row = Object.assign(Object.create(null), src);
      if (args.sed) {
        const edited = values.map((v) => args.sed!(toText(v) ?? ''));
        row[args.field] = fromValues(edited);
        return row;
      }
      const found = new Map<string, Scalar[]>();
      let count = 0;
      const limit = args.maxMatch === 0 ? Infinity : args.maxMatch;
      for (const v of values) {
        for (const m of (toText(v) ?? '').matchAll(args.regex!)) {
          if (count >= limit) break;
          count++;
          for (const g of args.groups) {
            const text = m.groups?.[g];
            if (text === undefined) continue;
            const list = found.get(g);
            if (list) list.push(text);
            else found.set(g, [text]);
          }
        }
      }
      for (const [g, list] of found) row[g] = fromValues(list);
      return row;
    });
    return { fields, rows };
  },
};

function compile(pattern: Word, flags: string): RegExp {
  try {
    return compileRegex('rex', pattern.text, flags);
  } catch (e) {
    if (e instanceof EvalFunctionError) {
      throw new SplError(e.message, pattern.start, { end: pattern.end });
    }
    throw e;
  }
}

function groupNames(re: RegExp): string[] {
  const names: string[] = [];
  for (const m of re.source.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)) {
    if (!names.includes(m[1])) names.push(m[1]);
  }
  return names;
}

/** `s/regex/replacement/flags` (flags: g, or a number N for the N-th match) or `y/from/to/`. */
function compileSed(expr: Word): (text: string) => string {
  const bad = () =>
    new SplError(`Expected a sed expression such as "s/a/b/g" or "y/abc/xyz/"`, expr.start, {
      end: expr.end,
    });
  const parts = splitSed(expr.text);
  if (!parts) throw bad();
  const [cmd, from, to, flags] = parts;
  if (cmd === 'y') {
    const a = [...from];
    const b = [...to];
    if (a.length !== b.length || flags !== '') throw bad();
    return (text) => [...text].map((c) => (a.includes(c) ? b[a.indexOf(c)] : c)).join('');
  }
  if (!/^(g|\d*)$/.test(flags)) throw bad();
  const re = compile({ ...expr, text: from }, 'g');
  const nth = flags === 'g' ? 0 : flags === '' ? 1 : Number(flags);
  // In the replacement, \1..\9 are groups and & (like \0) the whole match, as in sed.
  const replace = (m: RegExpExecArray) =>
    to.replace(/\\(\d)|\\(.)|&/g, (_all, d: string | undefined, c: string | undefined) =>
      d !== undefined ? (m[Number(d)] ?? '') : c !== undefined ? c : m[0],
    );
  return (text) => {
    let i = 0;
    return text.replace(re, (...args: unknown[]) => {
      i++;
      const m = matchOf(args);
      return nth === 0 || i === nth ? replace(m) : m[0];
    });
  };
}

// String.replace's callback arguments back as an exec-style match.
function matchOf(args: unknown[]): RegExpExecArray {
  const hasGroups = typeof args[args.length - 1] === 'object';
  const end = args.length - (hasGroups ? 3 : 2);
  return args.slice(0, end) as unknown as RegExpExecArray;
}

function splitSed(text: string): [string, string, string, string] | null {
  const cmd = text[0];
  if ((cmd !== 's' && cmd !== 'y') || text.length < 2) return null;
  const sep = text[1];
  const parts: string[] = [];
  let cur = '';
  for (let i = 2; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === sep) {
      cur += sep;
      i++;
    } else if (c === sep && parts.length < 2) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (parts.length < 2) return null;
  return [cmd, parts[0], parts[1], cur];
}

import { withDocs } from './docs';
import type { EvalValue, Scalar } from '../../values';
import { fromValues, toNumber, toText, valuesOf } from '../coerce';
import { EvalFunctionError, type EvalFunction } from '../function-types';
import { flatValues, fn, lazyFn, requireText } from './args';
import { compileRegex } from './regex';

function index(n: number, length: number): number {
  return n < 0 ? length + n : n;
}

const FUNCTIONS: readonly EvalFunction[] = [
  fn('mvcount', 1, 1, ([v]) => (v === null ? null : valuesOf(v).length)),
  // 0-based; negative indexes count from the end; the end index is included.
  fn('mvindex', 2, 3, ([v, s, e]) => {
    const values = valuesOf(v);
    const start = toNumber(s);
    if (values.length === 0 || start === null) return null;
    const from = index(Math.trunc(start), values.length);
    if (e === undefined) return from >= 0 && from < values.length ? values[from] : null;
    const end = toNumber(e);
    if (end === null) return null;
    const to = Math.min(index(Math.trunc(end), values.length), values.length - 1);
    if (from < 0 || from >= values.length || to < from) return null;
    return fromValues(values.slice(from, to + 1));
  }),
  fn('mvjoin', 2, 2, ([v, d]) => {
    if (v === null) return null;
    return valuesOf(v)
      .map((x) => toText(x)!)
      .join(requireText('mvjoin', d, 'delimiter'));
  }),
  fn('mvappend', 1, Infinity, (args) => fromValues(flatValues(args))),
  fn('mvdedup', 1, 1, ([v]) => {
    const seen = new Set<string>();
    const out: Scalar[] = [];
    for (const x of valuesOf(v)) {
      const key = toText(x)!;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(x);
      }
    }
    return fromValues(out);
  }),
  // Lexicographic by text, as Splunk documents ("10" sorts before "9").
  fn('mvsort', 1, 1, ([v]) =>
    fromValues(
      [...valuesOf(v)].sort((a, b) => {
        const s = toText(a)!;
        const t = toText(b)!;
        return s < t ? -1 : s > t ? 1 : 0;
      }),
    ),
  ),
  // Index of the first value matching the regex, or null.
  fn('mvfind', 2, 2, ([v, p]) => {
    const re = compileRegex('mvfind', requireText('mvfind', p, 'regular expression'));
    const i = valuesOf(v).findIndex((x) => re.test(toText(x)!));
    return i < 0 ? null : i;
  }),
  // Pairs values by position, as far as the shorter list goes.
  fn('mvzip', 2, 3, ([a, b, d]) => {
    const xs = valuesOf(a);
    const ys = valuesOf(b);
    const sep = d === undefined ? ',' : requireText('mvzip', d, 'delimiter');
    const n = Math.min(xs.length, ys.length);
    const out: Scalar[] = [];
    for (let i = 0; i < n; i++) out.push(`${toText(xs[i])}${sep}${toText(ys[i])}`);
    return fromValues(out);
  }),
  // The expression runs once per value of the one field it reads, with that field bound to the
  // value; values for which it is true are kept.
  lazyFn('mvfilter', 1, 1, ([expr]) => {
    const fields = [...new Set(expr.fields)];
    if (fields.length !== 1) {
      throw new EvalFunctionError(
        'mvfilter',
        `mvfilter's expression must read exactly one field; "${expr.text}" reads ${fields.length}.`,
      );
    }
    const field = fields[0];
    const kept: Scalar[] = [];
    for (const x of valuesOf(expr.fieldValue(field))) {
      const r: EvalValue = expr.evaluate({ [field]: x });
      if (r === true) kept.push(x);
      else if (r !== false && r !== null) {
        throw new EvalFunctionError(
          'mvfilter',
          `mvfilter's expression must be a boolean: "${expr.text}".`,
        );
      }
    }
    return fromValues(kept);
  }),
  // mvmap(X, expr): expr once per value of the field X, with X bound to that value; the results
  // (nulls dropped) are the new values. X must be a field, as in Splunk's examples.
  lazyFn('mvmap', 2, 2, ([field, expr]) => {
    const name = field.fields.length === 1 && field.fields[0];
    if (!name || field.text.replace(/^'|'$/g, '') !== name) {
      throw new EvalFunctionError(
        'mvmap',
        `mvmap's first argument must be a field, not "${field.text}".`,
      );
    }
    const out: Scalar[] = [];
    for (const x of valuesOf(field.fieldValue(name))) {
      const r = expr.evaluate({ [name]: x });
      if (typeof r === 'boolean') {
        throw new EvalFunctionError(
          'mvmap',
          `mvmap's expression cannot give a boolean: "${expr.text}".`,
        );
      }
      for (const y of valuesOf(r)) out.push(y);
    }
    return fromValues(out);
  }),
];

/** What help and completion say about each function (see withDocs). */
export const MULTIVALUE_FUNCTIONS = withDocs(FUNCTIONS, {
  mvcount: { syntax: 'mvcount(<mv>)', description: 'How many values the field has.' },
  mvindex: {
    syntax: 'mvindex(<mv>, <start>[, <end>])',
    description: 'The value (or values) at 0-based positions; negative from the end.',
  },
  mvjoin: { syntax: 'mvjoin(<mv>, <delimiter>)', description: 'The values joined into one text.' },
  mvappend: {
    syntax: 'mvappend(<value>, ...)',
    description: 'All values of all arguments, as one multivalue field.',
  },
  mvdedup: { syntax: 'mvdedup(<mv>)', description: 'The values without repeats.' },
  mvsort: { syntax: 'mvsort(<mv>)', description: 'The values sorted as text.' },
  mvfind: {
    syntax: 'mvfind(<mv>, <regex>)',
    description: 'The position of the first value that matches.',
  },
  mvzip: {
    syntax: 'mvzip(<mv1>, <mv2>[, <delimiter>])',
    description: 'Pairs the values of two fields by position.',
  },
  mvfilter: {
    syntax: 'mvfilter(<condition>)',
    description: 'The values of the one field the condition names for which it is true.',
  },
  mvmap: {
    syntax: 'mvmap(<mv>, <expression>)',
    description: 'The expression computed for each value of the field.',
  },
});

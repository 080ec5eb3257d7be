import { withDocs } from './docs';
import type { Scalar } from '../../values';
import { fromValues, toNumber, toText } from '../coerce';
import type { EvalFunction } from '../function-types';
import { fn, mapText, requireText } from './args';
import { compileRegex } from './regex';

const WHITESPACE = ' \t\n\r';

function stripper(name: string, left: boolean, right: boolean): EvalFunction {
  return fn(name, 1, 2, ([v, chars]) => {
    const set = chars === undefined || chars === null ? WHITESPACE : toText(chars)!;
    return mapText(v, (s) => {
      let a = 0;
      let b = s.length;
      if (left) while (a < b && set.includes(s[a])) a++;
      if (right) while (b > a && set.includes(s[b - 1])) b--;
      return s.slice(a, b);
    });
  });
}

/**
 * substr with SQLite's rules, which Splunk's follow: 1-based start, a negative start counts from
 * the end, and a start of 0 or less still consumes length from the virtual positions before 1.
 */
export function substr(s: string, start: number, length?: number): string {
  const chars = [...s];
  let from = start < 0 ? chars.length + start : start - 1;
  let to = length === undefined ? chars.length : from + length;
  if (length !== undefined && length < 0) return '';
  from = Math.max(from, 0);
  to = Math.min(Math.max(to, 0), chars.length);
  return from >= to ? '' : chars.slice(from, to).join('');
}

/** PCRE replacement text to a function: \1..\9 and \0 are groups, \\ a backslash, $ literal. */
function replacer(template: string): (match: string, ...rest: unknown[]) => string {
  return (match, ...rest) => {
    const groups = rest.slice(
      0,
      rest.findIndex((x) => typeof x === 'number'),
    );
    return template.replace(/\\(\d)|\\\\/g, (_m, d: string | undefined) => {
      if (d === undefined) return '\\';
      if (d === '0') return match;
      const g = groups[Number(d) - 1];
      return typeof g === 'string' ? g : '';
    });
  };
}

/** Percent-decoding with + as space; bytes that do not form UTF-8 are kept as written. */
export function urldecode(s: string): string {
  const text = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

const FUNCTIONS: readonly EvalFunction[] = [
  // Length in characters (code points), not UTF-16 units.
  fn('len', 1, 1, ([v]) => {
    const s = toText(v);
    return s === null ? null : [...s].length;
  }),
  fn('lower', 1, 1, ([v]) => mapText(v, (s) => s.toLowerCase())),
  fn('upper', 1, 1, ([v]) => mapText(v, (s) => s.toUpperCase())),
  stripper('trim', true, true),
  stripper('ltrim', true, false),
  stripper('rtrim', false, true),
  fn('substr', 2, 3, ([v, start, length]) => {
    const s = toText(v);
    const from = toNumber(start);
    if (s === null || from === null) return null;
    if (length === undefined) return substr(s, Math.trunc(from));
    const n = toNumber(length);
    return n === null ? null : substr(s, Math.trunc(from), Math.trunc(n));
  }),
  fn('replace', 3, 3, ([v, pattern, replacement]) => {
    const re = compileRegex('replace', requireText('replace', pattern, 'regular expression'), 'g');
    const template = requireText('replace', replacement, 'replacement');
    return mapText(v, (s) => s.replace(re, replacer(template)));
  }),
  fn('split', 2, 2, ([v, delimiter]) => {
    const s = toText(v);
    const d = toText(delimiter);
    if (s === null || d === null) return null;
    const parts: Scalar[] = d === '' ? [...s] : s.split(d);
    return fromValues(parts);
  }),
  fn('urldecode', 1, 1, ([v]) => mapText(v, urldecode)),
];

/** What help and completion say about each function (see withDocs). */
export const TEXT_FUNCTIONS = withDocs(FUNCTIONS, {
  len: { syntax: 'len(<text>)', description: 'The length in characters.' },
  lower: { syntax: 'lower(<text>)', description: 'The text in lower case.' },
  upper: { syntax: 'upper(<text>)', description: 'The text in upper case.' },
  trim: {
    syntax: 'trim(<text>[, <chars>])',
    description: 'The text without leading and trailing spaces (or the given characters).',
  },
  ltrim: {
    syntax: 'ltrim(<text>[, <chars>])',
    description: 'The text without leading spaces (or the given characters).',
  },
  rtrim: {
    syntax: 'rtrim(<text>[, <chars>])',
    description: 'The text without trailing spaces (or the given characters).',
  },
  substr: {
    syntax: 'substr(<text>, <start>[, <length>])',
    description: 'Part of the text; start is 1-based, negative from the end.',
  },
  replace: {
    syntax: 'replace(<text>, <regex>, <replacement>)',
    description: 'Replaces every match; \\1 in the replacement is the first group.',
  },
  split: {
    syntax: 'split(<text>, <delimiter>)',
    description: 'The parts of the text as a multivalue field.',
  },
  urldecode: { syntax: 'urldecode(<text>)', description: 'Decodes %XX sequences and + as space.' },
});

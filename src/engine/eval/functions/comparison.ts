import { withDocs } from './docs';
import { toText, valuesOf } from '../coerce';
import { EvalFunctionError, type EvalFunction } from '../function-types';
import { fn, requireText } from './args';
import { sameValue } from './conditional';
import { compileRegex } from './regex';

const likeCache = new Map<string, RegExp>();

/** SQL LIKE as Splunk has it: % any run, _ one character, \ escapes; case-sensitive, whole text. */
export function likeRegex(pattern: string): RegExp {
  let re = likeCache.get(pattern);
  if (!re) {
    let src = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\' && i + 1 < pattern.length)
        src += pattern[++i].replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
      else if (c === '%') src += '[\\s\\S]*';
      else if (c === '_') src += '[\\s\\S]';
      else src += c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`);
    if (likeCache.size > 500) likeCache.clear();
    likeCache.set(pattern, re);
  }
  return re;
}

const FUNCTIONS: readonly EvalFunction[] = [
  // Unanchored, like PCRE's match; a multivalue field matches when any value does.
  fn('match', 2, 2, ([v, p]) => {
    if (v === null) return null;
    const re = compileRegex('match', requireText('match', p, 'regular expression'));
    return valuesOf(v).some((x) => re.test(toText(x)!));
  }),
  fn('like', 2, 2, ([v, p]) => {
    if (v === null) return null;
    const re = likeRegex(requireText('like', p, 'pattern'));
    return valuesOf(v).some((x) => re.test(toText(x)!));
  }),
  fn('in', 2, Infinity, ([v, ...choices]) => {
    if (v === null) return null;
    return valuesOf(v).some((x) =>
      choices.some((c) => c !== null && valuesOf(c).some((y) => sameValue(x, y))),
    );
  }),
  // Registered so that the message says what is missing rather than "unknown function".
  fn('searchmatch', 1, 1, () => {
    throw new EvalFunctionError(
      'searchmatch',
      'searchmatch is not supported; use match() or like().',
    );
  }),
];

/** What help and completion say about each function (see withDocs). */
export const COMPARISON_FUNCTIONS = withDocs(FUNCTIONS, {
  match: {
    syntax: 'match(<text>, <regex>)',
    description: 'Whether the regular expression matches anywhere in the text.',
  },
  like: {
    syntax: 'like(<text>, <pattern>)',
    description: 'Whether the whole text matches a SQL pattern (% any text, _ one character).',
  },
  in: {
    syntax: 'in(<value>, <v1>, ...)',
    description: 'Whether the value equals one of the others.',
  },
  searchmatch: {
    syntax: 'searchmatch(<search>)',
    description: 'Not supported here; use match() or like().',
    differences: 'Refused with an error.',
  },
});

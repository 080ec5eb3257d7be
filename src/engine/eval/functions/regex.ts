import { EvalFunctionError } from '../function-types';
import { constMap } from '../../data-map';
import { messageOf } from '../../errors';

// PCRE constructs JavaScript has no equivalent for, by what starts them.
const UNSUPPORTED: [RegExp, string][] = [
  [/^\(\?>/, 'atomic groups (?>...)'],
  [/^\(\?\(/, 'conditional groups (?(...)...)'],
  [/^\(\?(?:R|\d+|[+-]\d+|&\w+|P>\w+)\)/, 'recursion (?R), (?1), (?&name)'],
  [/^\(\*[A-Z]/, 'backtracking verbs (*...)'],
  [/^\(\?[a-zA-Z-]+:/, 'inline flag groups such as (?i:...)'],
  [/^\(\?[a-zA-Z-]+\)/, 'inline flags such as (?i) other than at the start of the pattern'],
];

const POSIX_CLASSES = constMap<string>({
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: '\\s',
  blank: ' \\t',
  xdigit: '0-9A-Fa-f',
  word: '\\w',
  punct: '!-\\/:-@\\[-`{-~',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
});

function fail(functionName: string, pattern: string, what: string): never {
  throw new EvalFunctionError(
    functionName,
    `The regular expression "${pattern}" uses ${what}, which is not supported.`,
  );
}

const escapeLiteral = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * Rewrites a PCRE pattern (Splunk's regex dialect) as a JavaScript one: named groups (?P<n>...),
 * back-references (?P=n), leading inline flags (?i) (?s) (?m), \A \z \Z, \Q...\E, \x{...}, \h,
 * POSIX classes and (?#comments). Constructs JavaScript cannot do raise an EvalFunctionError.
 */
export function translatePcre(
  functionName: string,
  pattern: string,
): { source: string; flags: string } {
  let flags = '';
  let i = 0;
  const lead = /^\(\?([ims]+)\)/.exec(pattern);
  if (lead) {
    flags = [...new Set(lead[1])].join('');
    i = lead[0].length;
  } else if (/^\(\?[a-zA-Z]+\)/.test(pattern)) {
    fail(functionName, pattern, `the inline flag ${/^\(\?[a-zA-Z]+\)/.exec(pattern)![0]}`);
  }
  let out = '';
  let inClass = false;
  while (i < pattern.length) {
    const c = pattern[i];
    const rest = pattern.slice(i);
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const literal = pattern.slice(i + 2, end < 0 ? undefined : end);
        out += escapeLiteral(literal);
        i = end < 0 ? pattern.length : end + 2;
        continue;
      }
      if (next === 'x' && pattern[i + 2] === '{') {
        const m = /^\\x\{([0-9a-fA-F]{1,4})\}/.exec(rest);
        if (!m) fail(functionName, pattern, 'a code point above \\x{FFFF}');
        out += `\\u${m[1].padStart(4, '0')}`;
        i += m[0].length;
        continue;
      }
      const simple: Record<string, string | undefined> = inClass
        ? { h: ' \\t' }
        : { A: '(?<![\\s\\S])', z: '(?![\\s\\S])', Z: '(?=\\n?(?![\\s\\S]))', h: '[ \\t]' };
      if (simple[next] !== undefined) {
        out += simple[next];
        i += 2;
        continue;
      }
      if ('KGRXCE'.includes(next) && next !== '') fail(functionName, pattern, `\\${next}`);
      out += c + next;
      i += 2;
      continue;
    }
    if (inClass) {
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(rest);
      if (posix) {
        const set = POSIX_CLASSES[posix[2]];
        if (!set || posix[1]) fail(functionName, pattern, `the POSIX class ${posix[0]}`);
        out += set;
        i += posix[0].length;
        continue;
      }
      if (c === ']') inClass = false;
      out += c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      i++;
      // A ']' right after '[' or '[^' is a literal in PCRE.
      if (pattern[i] === '^') out += pattern[i++];
      if (pattern[i] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      if (rest.startsWith('(?#')) {
        const end = pattern.indexOf(')', i);
        i = end < 0 ? pattern.length : end + 1;
        continue;
      }
      if (rest.startsWith('(?P<')) {
        out += '(?<';
        i += 4;
        continue;
      }
      const backref = /^\(\?P=(\w+)\)/.exec(rest);
      if (backref) {
        out += `\\k<${backref[1]}>`;
        i += backref[0].length;
        continue;
      }
      if (rest.startsWith("(?'")) {
        const m = /^\(\?'(\w+)'/.exec(rest);
        if (m) {
          out += `(?<${m[1]}>`;
          i += m[0].length;
          continue;
        }
      }
      for (const [re, what] of UNSUPPORTED) if (re.test(rest)) fail(functionName, pattern, what);
    }
    if (c === '(' && pattern[i + 1] === '*')
      fail(functionName, pattern, 'backtracking verbs (*...)');
    if ((c === '+' || c === '}' || c === '*' || c === '?') && pattern[i + 1] === '+' && i > 0) {
      // "a++" and "a*+" are possessive in PCRE; JavaScript would read them as a nested quantifier.
      fail(functionName, pattern, 'possessive quantifiers (*+, ++, ?+)');
    }
    out += c;
    i++;
  }
  return { source: out, flags };
}

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 500;

/**
 * The compiled JavaScript RegExp for a PCRE pattern, cached by pattern and extra flags. Callers
 * using the 'g' flag must reset lastIndex (or use String.replace / matchAll, which do).
 */
export function compileRegex(functionName: string, pattern: string, extraFlags = ''): RegExp {
  const key = `${extraFlags}/${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { source, flags } = translatePcre(functionName, pattern);
  let re: RegExp;
  try {
    re = new RegExp(source, [...new Set(flags + extraFlags)].join(''));
  } catch (e) {
    throw new EvalFunctionError(
      functionName,
      `Invalid regular expression "${pattern}": ${messageOf(e)}`,
    );
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, re);
  return re;
}

import { SplError } from '../errors';

/**
 * SPL is lexed differently in different places: in a search, `count*100/perc` or `stream:ftp` is
 * one word, while in an eval expression it is operators and names. So there is no token list up
 * front; the reader asks for the next token in the mode the grammar at that point needs.
 */
export type LexMode = 'search' | 'eval';

export type TokenKind =
  /** search mode: a run of ordinary characters; eval mode: an identifier. */
  | 'word'
  | 'number'
  /** A double-quoted string; `value` is unescaped. */
  | 'string'
  /** eval mode: a single-quoted field name. */
  | 'field'
  | 'op'
  /** `[ ... ]`, with the brackets; `value` is the inner text. */
  | 'subsearch'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** The token's text as written (for strings, with the quotes). */
  text: string;
  /** Unescaped string, field name, or the text. */
  value: string;
  start: number;
  end: number;
}

const SEARCH_OPS = ['!=', '<=', '>=', '==', '=', '<', '>', '(', ')', ','];
const EVAL_OPS = [
  '==',
  '!=',
  '<=',
  '>=',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '.',
  '(',
  ')',
  ',',
];
// Characters that end a word in search mode ('!' only before '=', handled below).
const SEARCH_STOP = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '"',
  '(',
  ')',
  ',',
  '=',
  '<',
  '>',
  '[',
  ']',
  '|',
]);
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** Reads one token of `mode` at `pos` (skipping white space), never past `limit`. */
export function lexAt(text: string, pos: number, limit: number, mode: LexMode): Token {
  let i = pos;
  while (i < limit && isSpace(text[i])) i++;
  if (i >= limit) return { kind: 'eof', text: '', value: '', start: limit, end: limit };
  const c = text[i];
  if (c === '"') return lexQuoted(text, i, limit, '"', 'string');
  if (c === '[') {
    const close = matchingBracket(text, i, limit);
    const inner = text.slice(i + 1, close);
    return {
      kind: 'subsearch',
      text: text.slice(i, close + 1),
      value: inner,
      start: i,
      end: close + 1,
    };
  }
  if (mode === 'eval') return lexEval(text, i, limit);
  for (const op of SEARCH_OPS) {
    if (text.startsWith(op, i)) return tok('op', text, i, i + op.length);
  }
  let j = i;
  while (j < limit && !SEARCH_STOP.has(text[j]) && !(text[j] === '!' && text[j + 1] === '=')) {
    j += isSearchEscape(text, j) ? 2 : 1;
  }
  if (j === i) throw new SplError(`Unexpected '${c}'`, i, { end: i + 1 });
  const word = text.slice(i, j);
  return { kind: 'word', text: word, value: unescapeWord(word), start: i, end: j };
}

/**
 * Splunk's escapes in a search term: `\\` is a backslash, `\"` a quote and `\|` a pipe
 * (`Image=C:\\Windows\\*` finds C:\Windows\...), as `\\` and `\"` are in a quoted string
 * (lexQuoted). Any other backslash is kept with the character after it, so `\d` and `\*` mean
 * what they say: a backslash cannot escape the wildcard.
 */
function isSearchEscape(text: string, at: number): boolean {
  if (text[at] !== '\\') return false;
  const next = text[at + 1];
  return next === '\\' || next === '"' || next === '|';
}

function unescapeWord(word: string): string {
  return word.indexOf('\\') === -1 ? word : word.replace(/\\([\\"|])/g, '$1');
}

function lexEval(text: string, i: number, limit: number): Token {
  const c = text[i];
  if (c === "'") return lexQuoted(text, i, limit, "'", 'field');
  if (DIGIT.test(c) || (c === '.' && DIGIT.test(text[i + 1] ?? ''))) {
    const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, limit));
    const end = i + (m ? m[0].length : 1);
    return tok('number', text, i, end);
  }
  if (IDENT_START.test(c)) {
    let j = i + 1;
    while (j < limit && IDENT_PART.test(text[j])) j++;
    return tok('word', text, i, j);
  }
  for (const op of EVAL_OPS) {
    if (text.startsWith(op, i)) return tok('op', text, i, i + op.length);
  }
  throw new SplError(`Unexpected '${c}' in expression`, i, { end: i + 1 });
}

function tok(kind: TokenKind, text: string, start: number, end: number): Token {
  const t = text.slice(start, end);
  return { kind, text: t, value: t, start, end };
}

/**
 * A quoted string. `\"` and `\\` are escapes; any other backslash is kept with the character after
 * it, as Splunk does, so regular expressions such as "\d+" survive.
 */
function lexQuoted(
  text: string,
  start: number,
  limit: number,
  quote: string,
  kind: 'string' | 'field',
): Token {
  let value = '';
  let i = start + 1;
  while (i < limit) {
    const c = text[i];
    if (c === quote) {
      return { kind, text: text.slice(start, i + 1), value, start, end: i + 1 };
    }
    if (c === '\\' && i + 1 < limit && (text[i + 1] === quote || text[i + 1] === '\\')) {
      value += text[i + 1];
      i += 2;
    } else {
      value += c;
      i++;
    }
  }
  throw new SplError(`Unterminated quoted string starting at ${start}`, start, {
    end: limit,
    expected: quote,
  });
}

/** Offset of the `]` closing the `[` at `open`, skipping quoted strings and nested brackets. */
export function matchingBracket(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '"') i = skipString(text, i, limit);
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  throw new SplError(`Expected ']' to close '[' at ${open}`, open, { end: limit, expected: ']' });
}

/** Offset of the closing quote of the string opening at `open` (or `limit` - 1 if none). */
export function skipString(text: string, open: number, limit: number): number {
  for (let i = open + 1; i < limit; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return limit - 1;
}

/**
 * Replaces ```comments``` with spaces so offsets stay those of the query. An unclosed comment
 * runs to the end, as in Splunk.
 */
export function blankComments(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    if (c === '"') {
      const close = skipString(query, i, query.length);
      out += query.slice(i, close + 1);
      i = close + 1;
    } else if (query.startsWith('```', i)) {
      const close = query.indexOf('```', i + 3);
      const end = close < 0 ? query.length : close + 3;
      out += ' '.repeat(end - i);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Splits [from, to) at top-level `|` (outside strings and subsearches) into command ranges.
 */
export function splitCommands(text: string, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '"') i = skipString(text, i, to);
    else if (c === '[') i = matchingBracket(text, i, to);
    else if (isSearchEscape(text, i)) i++;
    else if (c === '|') {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  parts.push([start, to]);
  return parts;
}

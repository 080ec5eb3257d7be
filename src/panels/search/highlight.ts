/**
 * Splits a query into coloured spans for the search box. It only needs to look right while the
 * user types (half-written queries included), so it is a small tolerant scanner rather than the
 * engine's parser; every character of the input ends up in exactly one span, as plain text.
 */
export type SpanKind =
  | 'text'
  | 'pipe'
  | 'command'
  | 'keyword'
  | 'field'
  | 'string'
  | 'function'
  | 'number'
  | 'comment'
  | 'bracket';

export interface Span {
  kind: SpanKind;
  text: string;
}

// Boolean operators count only in capitals (as in Splunk); clause words in any case.
const BOOLEANS = new Set(['AND', 'OR', 'NOT']);
const CLAUSES = new Set(['BY', 'AS', 'OVER']);
const WORD_END = /[\s"|()[\]=<>!,`]/;

export function highlightQuery(query: string): Span[] {
  const spans: Span[] = [];
  const push = (kind: SpanKind, text: string) => {
    const last = spans[spans.length - 1];
    if (last && last.kind === kind && kind === 'text') last.text += text;
    else spans.push({ kind, text });
  };
  // After a pipe or an opening bracket, the next word names a command.
  let expectCommand = false;
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      push('text', c);
      i++;
    } else if (c === '|') {
      push('pipe', c);
      expectCommand = true;
      i++;
    } else if (c === '[' || c === ']') {
      push('bracket', c);
      expectCommand = c === '[';
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < query.length && query[j] !== '"') j += query[j] === '\\' ? 2 : 1;
      j = Math.min(j + 1, query.length);
      push('string', query.slice(i, j));
      i = j;
    } else if (c === '`') {
      const close = query.indexOf('`', i + 1);
      const j = close < 0 ? query.length : close + 1;
      push('comment', query.slice(i, j));
      i = j;
    } else if (WORD_END.test(c)) {
      push('text', c);
      i++;
    } else {
      let j = i;
      while (j < query.length && !WORD_END.test(query[j])) j++;
      const word = query.slice(i, j);
      let k = j;
      while (k < query.length && query[k] === ' ') k++;
      const next = query[k] ?? '';
      let kind: SpanKind;
      if (expectCommand) kind = 'command';
      else if (BOOLEANS.has(word) || CLAUSES.has(word.toUpperCase())) kind = 'keyword';
      else if (next === '(' && /^[A-Za-z_][\w.]*$/.test(word)) kind = 'function';
      else if (/^[=<>!]/.test(next) && query.slice(k, k + 2) !== '==') kind = 'field';
      else if (/^-?\d+(\.\d+)?$/.test(word)) kind = 'number';
      else kind = 'text';
      expectCommand = false;
      push(kind, word);
      i = j;
    }
  }
  return spans;
}

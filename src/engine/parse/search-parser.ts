import { SplError } from '../errors';
import type { ArgReader } from './arg-reader';
import { describe } from './arg-reader';
import type { CompareOp, SearchExpr } from '../ast';
import type { Token } from './lexer';
import { nested } from './nesting';

const COMPARE_OPS = new Set(['=', '!=', '<', '<=', '>', '>=']);

/**
 * Parses the search language at the reader's position up to the end of the command. Splunk's
 * precedence for search differs from eval: NOT binds tightest, then OR, then AND (explicit or
 * implied by juxtaposition), so `a b OR c` is `a AND (b OR c)`.
 */
export function parseSearchExpr(r: ArgReader, stopWords: readonly string[] = []): SearchExpr {
  const start = r.peek().start;
  const expr = andList(r, null, stopWords);
  if (!expr) return { kind: 'all', start, end: start };
  return expr;
}

/** One term of the search language: a comparison, a word, `NOT x` or a `( ... )` group. */
export function parseSearchTerm(r: ArgReader): SearchExpr {
  return notExpr(r);
}

function andList(
  r: ArgReader,
  opening: Token | null,
  stopWords: readonly string[] = [],
): SearchExpr | null {
  const items: SearchExpr[] = [];
  for (;;) {
    const t = r.peek();
    // `tstats ... where <search> by f`: a clause word ends the search at the top level.
    if (!opening && t.kind === 'word' && stopWords.includes(t.value.toLowerCase())) break;
    if (t.kind === 'eof') {
      if (opening) r.expectOp(')', 'search', opening);
      break;
    }
    if (t.kind === 'op' && t.value === ')') {
      if (!opening) throw new SplError(`Unexpected ')' at ${t.start}: no '(' to close`, t.start);
      break;
    }
    if (t.kind === 'word' && t.value === 'AND') {
      if (items.length === 0) throw operandError(t);
      r.next();
      continue;
    }
    items.push(orList(r));
  }
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return { kind: 'and', items, start: items[0].start, end: items[items.length - 1].end };
}

function orList(r: ArgReader): SearchExpr {
  const items = [notExpr(r)];
  while (r.peek().kind === 'word' && r.peek().value === 'OR') {
    r.next();
    items.push(notExpr(r));
  }
  if (items.length === 1) return items[0];
  return { kind: 'or', items, start: items[0].start, end: items[items.length - 1].end };
}

function notExpr(r: ArgReader): SearchExpr {
  const t = r.peek();
  if (t.kind === 'word' && t.value === 'NOT') {
    r.next();
    const item = nested(t, () => notExpr(r));
    return { kind: 'not', item, start: t.start, end: item.end };
  }
  return primary(r);
}

function primary(r: ArgReader): SearchExpr {
  const t = r.peek();
  if (t.kind === 'op' && t.value === '(') {
    r.next();
    const inner = nested(t, () => andList(r, t));
    const close = r.expectOp(')', 'search', t);
    if (!inner) throw new SplError(`Empty parentheses at ${t.start}`, t.start, { end: close.end });
    return inner;
  }
  if (t.kind === 'subsearch') {
    throw new SplError('Subsearches inside a search are not supported yet', t.start, {
      end: t.end,
    });
  }
  if (t.kind === 'word' && (t.value === 'OR' || t.value === 'AND')) throw operandError(t);
  if (t.kind !== 'word' && t.kind !== 'string') {
    throw new SplError(`Expected a search term, found ${describe(t)}`, t.start, {
      end: t.end,
      expected: 'a search term',
    });
  }
  r.next();
  const after = r.peek();
  if (after.kind === 'op' && COMPARE_OPS.has(after.value)) return comparison(r, t, after);
  if (after.kind === 'op' && after.value === '(' && t.kind === 'word' && after.start === t.end) {
    const upper = t.value.toUpperCase();
    if (upper === 'TERM' || upper === 'CASE') return modifiedTerm(r, t, upper);
  }
  // `"Image" IN (...)`: a quoted field name too.
  if (after.kind === 'word' && after.value === 'IN') return inList(r, t);
  if (t.kind === 'string') return { kind: 'phrase', text: t.value, start: t.start, end: t.end };
  if (t.value === '*') return { kind: 'all', start: t.start, end: t.end };
  return { kind: 'term', text: t.value, start: t.start, end: t.end };
}

/** `TERM(x)` / `CASE(x)` (the name already read): one word, as written up to the `)`. */
function modifiedTerm(r: ArgReader, name: Token, modifier: 'TERM' | 'CASE'): SearchExpr {
  const open = r.next();
  const inner = r.peek();
  const word = inner.kind === 'string' ? r.readWord('a term') : r.readRaw(')');
  const close = r.expectOp(')', 'search', open);
  if (word.text === '') {
    throw new SplError(`${modifier}() needs a term`, name.start, { end: close.end });
  }
  const expr = { kind: 'term' as const, text: word.text, start: name.start, end: close.end };
  return { ...expr, modifier };
}

function comparison(r: ArgReader, field: Token, op: Token): SearchExpr {
  if (field.value.includes('*')) {
    throw new SplError('Wildcards in field names are not supported yet', field.start, {
      end: field.end,
    });
  }
  r.next();
  const v = r.peek();
  if (v.kind !== 'word' && v.kind !== 'string') {
    throw new SplError(`Expected a value after '${field.value}${op.value}'`, v.start, {
      end: v.end,
      expected: 'a value',
    });
  }
  r.next();
  return {
    kind: 'compare',
    field: field.value,
    op: op.value as CompareOp,
    value: v.value,
    start: field.start,
    end: v.end,
  };
}

function inList(r: ArgReader, field: Token): SearchExpr {
  r.next(); // IN
  const open = r.expectOp('(');
  const values: string[] = [];
  for (;;) {
    const v = r.peek();
    if (v.kind !== 'word' && v.kind !== 'string') break;
    r.next();
    values.push(v.value);
    if (!r.takeOp(',')) break;
  }
  const close = r.expectOp(')', 'search', open);
  if (values.length === 0) {
    throw new SplError(`Expected values in '${field.value} IN (...)'`, open.start, {
      end: close.end,
    });
  }
  return { kind: 'in', field: field.value, values, start: field.start, end: close.end };
}

function operandError(t: Token): SplError {
  return new SplError(`Expected a search term before '${t.value}' at ${t.start}`, t.start, {
    end: t.end,
    expected: 'a search term',
  });
}

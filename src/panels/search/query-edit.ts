/**
 * Pure edits of a query's text, used by the result views' actions (filter on a value, show an
 * event's context). Only the base search (before the first `|` outside quotes and brackets) is
 * changed, so the commands after it still see the narrowed events.
 */

/** A double-quoted SPL string: backslashes and quotes escaped so the value is matched literally. */
export function quoteValue(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** Field names made only of safe characters are written bare; others are single-quoted. */
function fieldText(field: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.:{}-]*$/.test(field) ? field : `'${field.replace(/'/g, "\\'")}'`;
}

/** Offset of the first `|` that separates commands, or the text's length when there is none. */
export function basePipeIndex(query: string): number {
  let depth = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '"') {
      i++;
      while (i < query.length && query[i] !== '"') {
        if (query[i] === '\\') i++;
        i++;
      }
    } else if (c === '`') {
      // A backquoted macro or comment may hold a pipe of its own.
      const close = query.indexOf('`', i + 1);
      i = close < 0 ? query.length : close;
    } else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '|' && depth === 0) return i;
  }
  return query.length;
}

/** Adds `terms` to the base search, keeping the rest of the query as written. */
export function addToBaseSearch(query: string, terms: string): string {
  const at = basePipeIndex(query);
  const base = query.slice(0, at).trim();
  const rest = query.slice(at);
  const newBase = base === '' ? terms : `${base} ${terms}`;
  return rest === '' ? newBase : `${newBase} ${rest.trimStart()}`;
}

/** `field="value"`, or `field!="value"` when excluding. */
export function filterTerm(field: string, value: string, exclude: boolean): string {
  return `${fieldText(field)}${exclude ? '!=' : '='}${quoteValue(value)}`;
}

export function addFilter(query: string, field: string, value: string, exclude: boolean): string {
  return addToBaseSearch(query, filterTerm(field, value, exclude));
}

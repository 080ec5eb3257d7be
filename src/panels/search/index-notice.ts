import { parseSearch, wildcardMatcher, type SearchExpr } from '../../engine';

/** The indexes a query's base search asks for (`index=x`, `index IN (...)`), outside any NOT. */
export function namedIndexes(query: string): string[] {
  let expr: SearchExpr;
  try {
    const first = parseSearch(query).commands[0];
    if (first?.name !== 'search') return [];
    expr = first.args as SearchExpr;
  } catch {
    return [];
  }
  const out: string[] = [];
  const walk = (e: SearchExpr) => {
    if (e.kind === 'and' || e.kind === 'or') e.items.forEach(walk);
    else if (e.kind === 'compare' && e.field === 'index' && e.op === '=') out.push(e.value);
    else if (e.kind === 'in' && e.field === 'index') out.push(...e.values);
  };
  walk(expr);
  return [...new Set(out)];
}

/** The named indexes that none of `indexes` matches (case-insensitively, `*` a wildcard). */
export function missingIndexes(named: readonly string[], indexes: readonly string[]): string[] {
  return named.filter((name) => {
    const matches = wildcardMatcher(name);
    return !indexes.some((index) => matches(index));
  });
}

import { fastPlan } from '../../engine/run/fast-search';
import type { SearchExpr } from '../../engine/ast';
import { parseSearch } from '../../engine/run/run-search';
import { resolveTimeModifier } from '../../engine/run/time-bounds';
import type { TstatsArgs } from '../../engine/commands/tstats';
import { compileSearch } from '../../engine/search/compile';
import { planTerm } from '../../engine/search/term-match';
import type { EventChunk } from '../../engine/source';
import type { TermNeed } from './stored-source';

/**
 * Which loaded chunks a query will read raw texts of: those where its base search can match at
 * all. The engine reads `_raw` synchronously, so the source must fetch it with the chunk; this
 * lets a keyword search skip the raw texts of chunks whose term index rules the keyword out.
 * Undefined (fetch always) when the query does not parse or runs subsearches, which read the
 * same source with other searches.
 */
export function rawNeedOf(
  query: string,
  now: number,
  tz: string,
): ((chunk: EventChunk) => boolean) | undefined {
  let first;
  try {
    if (query.includes('[')) return undefined;
    first = parseSearch(query).commands[0];
  } catch {
    return undefined;
  }
  // Commands that read the stored fields only: tstats reads raw text for free-text terms alone.
  if (first?.name === 'metadata' || first?.name === 'eventcount') return () => false;
  const expr = first?.name === 'tstats' ? (first.args as TstatsArgs).where : first?.args;
  if (!first || (first.name !== 'search' && first.name !== 'tstats')) return undefined;
  if (!expr) return () => false;
  const compiled = compileSearch(expr as SearchExpr, (text, position) =>
    resolveTimeModifier(text, position, now, tz),
  );
  return (chunk) => {
    const { candidates } = compiled.forChunk(chunk);
    return candidates === null || candidates.length > 0;
  };
}

/**
 * The fields a query reads from the columns when the column fast path answers it: those its base
 * search compares and the one it counts by. Undefined (every field) for any other query, which
 * may read any field through eval, rex and the like.
 */
export function fieldNeedOf(query: string): ReadonlySet<string> | undefined {
  let plan;
  try {
    plan = fastPlan(parseSearch(query));
  } catch {
    return undefined;
  }
  if (!plan) return undefined;
  const fields = new Set<string>();
  const visit = (e: SearchExpr): void => {
    if (e.kind === 'and' || e.kind === 'or') e.items.forEach(visit);
    else if (e.kind === 'not') visit(e.item);
    else if (e.kind === 'compare' || e.kind === 'in') fields.add(e.field);
  };
  visit(plan.search);
  const by = plan.kind === 'stats' ? plan.args.by[0]?.text : plan.args.by?.text;
  if (by !== undefined) fields.add(by);
  return fields;
}

/**
 * The terms a query looks up in the term index: its base search's words and phrases (a tstats
 * where clause's too), by whole term or, for a trailing wildcard, by prefix. Undefined (every
 * term page) when the query does not parse or runs subsearches, which search the same chunks.
 */
export function termNeedOf(query: string): TermNeed | undefined {
  let first;
  try {
    if (query.includes('[')) return undefined;
    first = parseSearch(query).commands[0];
  } catch {
    return undefined;
  }
  const need = { terms: new Set<string>(), prefixes: new Set<string>() };
  const done = () => ({ terms: [...need.terms], prefixes: [...need.prefixes] });
  if (!first || (first.name !== 'search' && first.name !== 'tstats')) return done();
  const expr = (
    first.name === 'tstats' ? (first.args as TstatsArgs).where : first.args
  ) as SearchExpr | null;
  const visit = (e: SearchExpr): void => {
    if (e.kind === 'and' || e.kind === 'or') e.items.forEach(visit);
    else if (e.kind === 'not') visit(e.item);
    else if (e.kind === 'term' || e.kind === 'phrase') {
      const plan = planTerm(
        e.text,
        e.kind === 'phrase',
        e.kind === 'term' ? e.modifier : undefined,
      );
      for (const atom of plan.atoms) need.terms.add(atom);
      if (plan.prefix) need.prefixes.add(plan.prefix);
    }
  };
  if (expr) visit(expr);
  return done();
}

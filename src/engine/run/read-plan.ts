import type { SearchExpr } from '../ast';
import type { TstatsArgs } from '../commands/tstats';
import { compileSearch } from '../search/compile';
import { planTerm } from '../search/term-match';
import type { EventChunk } from '../source';
import { fastPlan } from './fast-search';
import { parseSearch } from './run-search';
import { resolveTimeModifier } from './time-bounds';

/** The terms a search looks up in a chunk's term index (lower case), whole or by prefix. */
export interface TermNeed {
  terms: readonly string[];
  prefixes: readonly string[];
}

/**
 * What a search reads of a chunked store, so that the store reads no more: a source that keeps
 * its chunks in parts (columns, term index pages, raw texts) reads only the parts named here.
 * Each part is null when the search may read all of it. A query that does not parse reads
 * everything (running it then reports the error).
 */
export interface ReadPlan {
  /**
   * The only fields read from the columns: for a column count (`runFastSearch`), those its base
   * search compares and the one it counts by. Any other query may read any field through eval,
   * rex and the like.
   */
  fields: ReadonlySet<string> | null;
  /**
   * The only terms looked up in the term index: the base search's words and phrases (a tstats
   * where clause's too). Null when the query runs subsearches, which search the same chunks.
   */
  terms: TermNeed | null;
  /**
   * Whether the search reads the raw texts of a loaded chunk, which the engine reads
   * synchronously, so the source must fetch them with the chunk: only where the base search can
   * match at all (its term index does not rule its words out). None for a column count, which
   * fetches them itself (`loadRaw`) for the events it must verify, nor for metadata and
   * eventcount. Null when the query runs subsearches, which read the same source with other
   * searches.
   */
  raw: ((chunk: EventChunk) => boolean) | null;
}

const EVERYTHING: ReadPlan = { fields: null, terms: null, raw: null };
const NEVER = () => false;

/**
 * The read plan of a query (macros already expanded); `now` and `tz` resolve the relative times
 * of its base search (`earliest=-1d`), as the run will.
 */
export function readPlan(query: string, now: number, tz: string): ReadPlan {
  let pipeline;
  try {
    pipeline = parseSearch(query);
  } catch {
    return EVERYTHING;
  }
  const fast = fastPlan(pipeline);
  if (fast) {
    const fields = fieldsCompared(fast.search);
    const by = fast.kind === 'stats' ? fast.args.by[0]?.text : fast.args.by?.text;
    if (by !== undefined) fields.add(by);
    const terms = query.includes('[') ? null : termsOf(fast.search);
    return { fields, terms, raw: NEVER };
  }
  if (query.includes('[')) return EVERYTHING;
  const first = pipeline.commands[0];
  // Commands that read the stored fields only: tstats reads raw text for free-text terms alone.
  if (first?.name === 'metadata' || first?.name === 'eventcount') {
    return { fields: null, terms: { terms: [], prefixes: [] }, raw: NEVER };
  }
  if (first?.name !== 'search' && first?.name !== 'tstats') {
    return { fields: null, terms: { terms: [], prefixes: [] }, raw: null };
  }
  const expr = (first.name === 'tstats' ? (first.args as TstatsArgs).where : first.args) as
    SearchExpr | null | undefined;
  if (!expr) return { fields: null, terms: { terms: [], prefixes: [] }, raw: NEVER };
  const compiled = compileSearch(expr, (text, position) =>
    resolveTimeModifier(text, position, now, tz),
  );
  return {
    fields: null,
    terms: termsOf(expr),
    raw: (chunk) => {
      const { candidates } = compiled.forChunk(chunk);
      return candidates === null || candidates.length > 0;
    },
  };
}

/** The fields a search expression compares (`field=value`, `field IN (...)`). */
function fieldsCompared(e: SearchExpr, into = new Set<string>()): Set<string> {
  if (e.kind === 'and' || e.kind === 'or') for (const item of e.items) fieldsCompared(item, into);
  else if (e.kind === 'not') fieldsCompared(e.item, into);
  else if (e.kind === 'compare' || e.kind === 'in') into.add(e.field);
  return into;
}

/** The terms a search expression looks up: each word's and phrase's, or a wildcard's prefix. */
function termsOf(expr: SearchExpr): TermNeed {
  const terms = new Set<string>();
  const prefixes = new Set<string>();
  const visit = (e: SearchExpr): void => {
    if (e.kind === 'and' || e.kind === 'or') e.items.forEach(visit);
    else if (e.kind === 'not') visit(e.item);
    else if (e.kind === 'term' || e.kind === 'phrase') {
      const plan = planTerm(
        e.text,
        e.kind === 'phrase',
        e.kind === 'term' ? e.modifier : undefined,
      );
      for (const atom of plan.atoms) terms.add(atom);
      if (plan.prefix) prefixes.add(plan.prefix);
    }
  };
  visit(expr);
  return { terms: [...terms], prefixes: [...prefixes] };
}

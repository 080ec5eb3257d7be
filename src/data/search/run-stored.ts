import {
  type LookupSource,
  type MacroDefinition,
  type Row,
  type RunCounts,
  readPlan,
  runFastSearch,
  runSearch,
  type SearchResult,
  withMacros,
} from '../../engine';
import type { WorkbookDB } from '../db/db';
import { ChunkCache, openStoredSource } from './stored-source';

export interface StoredSearchOptions {
  datasetIds: readonly string[];
  earliest?: number;
  latest?: number;
  tz: string;
  now: number;
  signal?: AbortSignal;
  lookups?: LookupSource;
  cache?: ChunkCache;
  onProgress?(counts: RunCounts): void;
  onEvents?(rows: Row[]): void;
  /** Search macros: the stored ones, then any the caller adds (a hunt's), later ones winning. */
  macros?: readonly MacroDefinition[];
}

/**
 * Runs a query over stored datasets: counts by a field through the column fast path when the
 * query allows it (no raw text read), any other query through the engine's runner.
 */
export function searchStored(
  db: WorkbookDB,
  query: string,
  opts: StoredSearchOptions,
): Promise<SearchResult & { fast: boolean }> {
  // Expanded once; every later step reads the expanded text, errors come back at the query's.
  return withMacros(query, opts, async (text, expansion) => ({
    ...(await searchExpanded(db, text, opts)),
    macros: expansion.used,
  }));
}

async function searchExpanded(
  db: WorkbookDB,
  query: string,
  opts: StoredSearchOptions,
): Promise<SearchResult & { fast: boolean }> {
  const run = {
    earliest: opts.earliest,
    latest: opts.latest,
    tz: opts.tz,
    now: opts.now,
    signal: opts.signal,
    lookups: opts.lookups,
    onProgress: opts.onProgress,
    onEvents: opts.onEvents,
  };
  // What this search uses again of what earlier ones read is kept ahead of the rest.
  opts.cache?.data.nextSearch();
  // The term pages the query's words are on, the columns a count reads (the cache then keeps
  // only those), the raw texts of the chunks where the base search can match.
  const plan = readPlan(query, opts.now, opts.tz);
  const source = await openStoredSource(db, opts.datasetIds, {
    cache: opts.cache,
    terms: plan.terms,
    fields: plan.fields,
    needsRaw: plan.raw,
  });
  const fast = await runFastSearch(query, { ...run, source });
  if (fast) return { ...fast, fast: true };
  return { ...(await runSearch(query, { ...run, source })), fast: false };
}

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
import { storedProfile, type SearchProfile } from './search-profile';
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
  /** Record where the time went and what was read, as `profile` (the inspector's). */
  profile?: boolean;
}

export type StoredSearchResult = Omit<SearchResult, 'profile'> & {
  /** Whether the column fast path answered. */
  fast: boolean;
  profile?: SearchProfile;
};

/**
 * Runs a query over stored datasets: counts by a field through the column fast path when the
 * query allows it (no raw text read), any other query through the engine's runner.
 */
export function searchStored(
  db: WorkbookDB,
  query: string,
  opts: StoredSearchOptions,
): Promise<StoredSearchResult> {
  const t0 = opts.profile ? performance.now() : 0;
  // Expanded once; every later step reads the expanded text, errors come back at the query's.
  return withMacros(query, opts, async (text, expansion) => ({
    ...(await searchExpanded(db, text, opts, opts.profile ? performance.now() - t0 : 0)),
    macros: expansion.used,
  }));
}

/** `expandMs`: the macro expansion's time, counted in the profile's parse. */
async function searchExpanded(
  db: WorkbookDB,
  query: string,
  opts: StoredSearchOptions,
  expandMs: number,
): Promise<StoredSearchResult> {
  const run = {
    earliest: opts.earliest,
    latest: opts.latest,
    tz: opts.tz,
    now: opts.now,
    signal: opts.signal,
    lookups: opts.lookups,
    onProgress: opts.onProgress,
    onEvents: opts.onEvents,
    profile: opts.profile,
  };
  // What this search uses again of what earlier ones read is kept ahead of the rest; a search
  // run again owns what its earlier runs read (hunt-lru.ts).
  opts.cache?.data.nextSearch(query);
  // The term pages the query's words are on, the columns a count reads (the cache then keeps
  // only those), the raw texts of the chunks where the base search can match.
  const plan = readPlan(query, opts.now, opts.tz);
  const opened = opts.profile ? performance.now() : 0;
  const source = await openStoredSource(db, opts.datasetIds, {
    cache: opts.cache,
    terms: plan.terms,
    fields: plan.fields,
    needsRaw: plan.raw,
  });
  const t0 = opts.profile ? performance.now() : 0;
  // The datasets' chunk lists: read from IndexedDB once, then kept by the cache.
  const listMs = t0 - opened;
  const fast = await runFastSearch(query, { ...run, source });
  if (fast) {
    const { profile, ...result } = fast;
    if (!profile) return { ...result, fast: true };
    profile.parseMs += expandMs;
    profile.ms += expandMs + listMs;
    const stored = storedProfile(profile, source.datasetOf, [source.stats], listMs);
    return { ...result, fast: true, profile: stored };
  }
  // Declined after parsing, before reading: its time is parsing too.
  const declinedMs = opts.profile ? performance.now() - t0 : 0;
  const { profile, ...result } = await runSearch(query, { ...run, source });
  if (!profile) return { ...result, fast: false };
  profile.parseMs += expandMs + declinedMs;
  profile.ms += expandMs + declinedMs + listMs;
  const stored = storedProfile(profile, source.datasetOf, [source.stats], listMs);
  return { ...result, fast: false, profile: stored };
}

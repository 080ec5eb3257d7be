// The bench's own page (built only by `npm run bench`, served from the app's origin so it sees
// the app's IndexedDB): drives the real search worker through its client for page.evaluate.
import { listDatasets } from '../../src/data/db/datasets';
import { fetchCompletions, startSearch, warmSearch } from '../../src/data/search/client';

interface BenchRun {
  /** Page-side time from startSearch to the result, ms. */
  ms: number;
  /** Time the worker spent, ms. */
  workerMs: number;
  rows: number;
  fast: boolean;
  matched: number;
  chunksRead: number;
  /** Chunks answered from their summaries, when the worker says. */
  summaryChunks?: number;
}

// What the worker said of its cache with the last result, when it says (older builds do not).
let lastCache: unknown = null;

/** The dataset of that name, or the newest one. */
async function datasetId(name: string | null): Promise<string> {
  const all = await listDatasets();
  const ds = name === null ? all[0] : all.find((d) => d.name === name);
  if (!ds) throw new Error(`No dataset named ${name}`);
  return ds.id;
}

async function search(query: string, datasetIds: string[], tz = 'UTC'): Promise<BenchRun> {
  const t0 = performance.now();
  const result = await startSearch(query, { datasetIds, tz }).done;
  const extra = result as { cache?: unknown; counts: { summaryChunks?: number } };
  lastCache = extra.cache ?? lastCache;
  return {
    ms: performance.now() - t0,
    workerMs: result.ms,
    rows: result.rows.length,
    fast: result.fast,
    matched: result.counts.matched,
    chunksRead: result.counts.chunksRead,
    summaryChunks: extra.counts.summaryChunks,
  };
}

interface BenchCompletion {
  /** Page-side time from the request to the answer, ms. */
  ms: number;
  items: number;
  /** The first few items as `label detail`, to show what was answered. */
  first: string[];
}

/** Completions at the end of `query`, as the search editor asks for them. */
async function complete(query: string, datasetIds: string[]): Promise<BenchCompletion> {
  const t0 = performance.now();
  const r = await fetchCompletions(query, query.length, datasetIds);
  return {
    ms: performance.now() - t0,
    items: r.items.length,
    first: r.items.slice(0, 3).map((i) => `${i.label} ${i.detail ?? ''}`.slice(0, 60)),
  };
}

/**
 * What the app does once its datasets are listed: starts the search worker and tells it which
 * datasets are ready (App.tsx). Resolves once the worker answers, and a moment later, as a user
 * would start typing.
 */
async function ready(datasetIds: string[]): Promise<void> {
  warmSearch(datasetIds);
  await fetchCompletions('|', 1, datasetIds);
  await new Promise((resolve) => setTimeout(resolve, 500));
}

Object.assign(window, {
  __benchSearch: { datasetId, search, complete, ready, cacheStats: () => lastCache },
});

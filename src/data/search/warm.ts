import type { WorkbookDB } from '../db/db';
import { openStoredSource, type ChunkCache } from './stored-source';

/**
 * Datasets up to this many events are read into the search worker's cache as soon as they are
 * ready (about 15 MB of columns and term index for the workshop sample's 56,000 events), so the
 * first step of a hunt does not wait on IndexedDB. Larger sets are left to the searches, which
 * keep only the columns they read.
 */
export const WARM_MAX_EVENTS = 250_000;

/**
 * Reads the chunk list of every ready dataset, whatever its size (the first search and the
 * first completion start from it: about 100 ms for a million events in Chromium, with the
 * chunks' summaries and value counts), then every chunk of small ones (columns and term index,
 * not the raw texts) into the cache, newest first, one chunk at a time. A search that needs a
 * chunk being read waits for that read instead of starting its own (ChunkCache.reading).
 * Returns how many chunks it read from IndexedDB (those already cached, or read by a search
 * meanwhile, are not counted).
 */
export async function warmCache(
  db: WorkbookDB,
  datasetIds: readonly string[],
  cache: ChunkCache,
  signal: AbortSignal,
): Promise<number> {
  const datasets = await db.datasets.bulkGet([...datasetIds]);
  const ready = datasets.filter((d) => d?.status === 'ready');
  const events = ready.reduce((n, d) => n + d!.eventCount, 0);
  if (events === 0 || signal.aborted) return 0;
  const ids = ready.map((d) => d!.id);
  const source = await openStoredSource(db, ids, { cache, needsRaw: () => false });
  if (events > WARM_MAX_EVENTS) return 0;
  const infos = await source.chunks();
  const newest = (i: number) => (Number.isNaN(infos[i].maxTime) ? -Infinity : infos[i].maxTime);
  const order = infos.map((_, i) => i).sort((a, b) => newest(b) - newest(a) || a - b);
  for (const i of order) {
    if (signal.aborted) break;
    await source.load(i);
  }
  return source.stats.dataReads;
}

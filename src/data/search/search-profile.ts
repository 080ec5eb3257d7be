import {
  CHUNK_OUTCOMES,
  type ChunkTally,
  type CommandProfile,
  type RunProfile,
  type ScanProfile,
} from '../../engine';
import { emptySourceStats, type StoredSourceStats } from './stored-source';

/** What a search read of storage: chunk loads by where their parts came from, and bytes. */
export type StorageProfile = StoredSourceStats;

/** Per dataset: its chunks, and what became of them over every read of the search. */
export interface DatasetChunks {
  datasetId: string;
  /** Chunks the dataset has. */
  chunks: number;
  /** Outcomes summed over the search's reads (a subsearch reads the chunks again). */
  outcomes: ChunkTally;
}

/** A stored search's profile, as the inspector shows it. */
export interface SearchProfile {
  run: RunProfile;
  /** Reading the datasets' chunk lists (IndexedDB on first use, then the cache), ms. */
  listMs: number;
  storage: StorageProfile;
  datasets: DatasetChunks[];
  /** The events view's field counts and timeline, made after the search, ms. */
  summarizeMs?: number;
  /**
   * The first run of this query in this search worker: its times include reading the data from
   * storage and compiling the engine's code on first use, so a second run is the one to read.
   */
  firstRun?: boolean;
}

/** Every read of chunks in the run, subsearches' included. */
export function scansOf(commands: readonly CommandProfile[]): ScanProfile[] {
  return commands.flatMap((c) => [
    ...(c.scans ?? []),
    ...(c.subsearches ?? []).flatMap((sub) => scansOf(sub)),
  ]);
}

const emptyTally = (): ChunkTally => ({
  total: 0,
  time: 0,
  meta: 0,
  term: 0,
  summary: 0,
  events: 0,
});

/**
 * The run's profile with what the data layer knows: the chunk lists' read, the sources' reads of
 * storage (summed), and
 * each dataset's share of the chunk outcomes (`datasetOf`: each chunk's dataset, in the order
 * the engine numbered them).
 */
export function storedProfile(
  run: RunProfile,
  datasetOf: readonly string[],
  stats: readonly StoredSourceStats[],
  listMs: number,
): SearchProfile {
  const storage: StorageProfile = emptySourceStats();
  for (const s of stats) {
    for (const k of Object.keys(storage) as (keyof StorageProfile)[]) storage[k] += s[k];
  }
  const byDataset = new Map<string, DatasetChunks>();
  for (const id of datasetOf) {
    let d = byDataset.get(id);
    if (!d) byDataset.set(id, (d = { datasetId: id, chunks: 0, outcomes: emptyTally() }));
    d.chunks++;
  }
  for (const scan of scansOf(run.commands)) {
    // A scan numbers the chunks as the source listed them.
    if (scan.outcomes.length !== datasetOf.length) continue;
    scan.outcomes.forEach((code, c) => {
      const d = byDataset.get(datasetOf[c])!;
      d.outcomes.total++;
      if (code > 0) d.outcomes[CHUNK_OUTCOMES[code - 1]]++;
    });
  }
  return { run, listMs, storage, datasets: [...byDataset.values()] };
}

import type { WorkbookDB } from '../db/db';
import type { FormatId } from '../formats';
import type { TimeRule } from '../time/time-rule';
import type { BlockPool } from './blocks/pool';
import type { BufferRecycler } from './blocks/recycler';
import type { ChunkRows, InFlight } from './chunk-writer';
import type { ProgressMeter } from './progress-meter';
import type { NamedBlob } from './read-text';
import type { DatasetTally } from './tally';

/** How many skipped records are kept as examples in the summary. */
export const MAX_ISSUES = 20;

export interface PlannedFile {
  file: NamedBlob;
  gzip: boolean;
  format: FormatId;
  time?: TimeRule;
}

/** What every file of one import shares while it is read. */
export interface ImportContext {
  db: WorkbookDB;
  datasetId: string;
  index: string;
  pool: BlockPool;
  inFlight: InFlight;
  /** Rows of chunks the pool encoded, stored a few to a transaction. */
  rows: ChunkRows;
  tally: DatasetTally;
  progress: ProgressMeter;
  signal: AbortSignal;
  /** Sequence number of the next chunk, and what the stored chunks add up to. */
  stored: { nextSeq: number; chunks: number; bytes: number };
  /** Block buffers the pool has handed back, for the byte splitter to fill again. */
  recycler: BufferRecycler;
  /**
   * Summed over blocks, with how many stalled file reads were given up (read-into.ts); printed at
   * the end for whoever profiles an import.
   */
  timings: { encodeMs: number; writeMs: number; reopens: number };
}

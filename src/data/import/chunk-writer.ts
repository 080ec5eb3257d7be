import {
  countChunkValues,
  packChunkBody,
  summarizeChunk,
  tallyColumn,
  type EncodedChunk,
} from '../chunk';
import type { WorkbookDB } from '../db/db';

/**
 * Stores one chunk as one row: its metadata, its summary, its fields' value counts, and its
 * columns, term index and raw texts packed into one Blob (chunk-body.ts). One IndexedDB value, so
 * a chunk is whole or absent. Returns the bytes stored.
 */
export async function writeChunk(
  db: WorkbookDB,
  datasetId: string,
  seq: number,
  chunk: EncodedChunk,
): Promise<number> {
  const body = packChunkBody(chunk.columns, chunk.terms, chunk.raw);
  const summary = summarizeChunk(chunk.columns);
  const valueCounts = countChunkValues(chunk.tallies ?? chunk.columns.columns.map(tallyColumn));
  const bytes = body.blob.size;
  await db.chunks.add({ datasetId, seq, ...chunk.meta, bytes, body, summary, valueCounts });
  return bytes;
}

/**
 * Runs asynchronous work (chunk writes, block jobs) while the reader goes on, with at most
 * `limit` pending so that memory stays bounded when the consumers are slower than the reader.
 * The first failure is kept and thrown at the next call.
 */
export class InFlight {
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown;

  constructor(private readonly limit: number) {}

  /** Starts a task; resolves once there is room for the next one. */
  async add(task: Promise<void>): Promise<void> {
    this.throwIfFailed();
    const tracked: Promise<void> = task
      .catch((err: unknown) => {
        this.failure ??= err;
      })
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    while (this.pending.size >= this.limit) await Promise.race(this.pending);
    this.throwIfFailed();
  }

  /** Waits for every pending task; throws the first failure. */
  async flush(): Promise<void> {
    await Promise.all(this.pending);
    this.throwIfFailed();
  }

  /** Waits for pending tasks without throwing, before a partial dataset is removed. */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}

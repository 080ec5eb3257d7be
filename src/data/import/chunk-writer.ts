import {
  countChunkValues,
  packChunkBody,
  summarizeChunk,
  tallyColumn,
  type EncodedChunk,
} from '../chunk';
import type { ChunkMetaRow, WorkbookDB } from '../db/db';

/**
 * One chunk as one row: its metadata, its summary, its fields' value counts, and its columns,
 * term index and raw texts packed into one Blob (chunk-body.ts). One IndexedDB value, so a chunk
 * is whole or absent.
 */
export function chunkRow(datasetId: string, seq: number, chunk: EncodedChunk): ChunkMetaRow {
  const body = packChunkBody(chunk.columns, chunk.terms, chunk.raw);
  const summary = summarizeChunk(chunk.columns);
  const valueCounts = countChunkValues(chunk.tallies ?? chunk.columns.columns.map(tallyColumn));
  return { datasetId, seq, ...chunk.meta, bytes: body.blob.size, body, summary, valueCounts };
}

/** Stores one chunk (chunkRow); returns the bytes stored. */
export async function writeChunk(
  db: WorkbookDB,
  datasetId: string,
  seq: number,
  chunk: EncodedChunk,
): Promise<number> {
  const row = chunkRow(datasetId, seq, chunk);
  await db.chunks.add(row);
  return row.bytes;
}

/** Chunks written to one transaction at most. */
export const CHUNKS_PER_WRITE = 4;

/**
 * Chunk rows waiting to be stored, written CHUNKS_PER_WRITE to a transaction. Chromium's browser
 * process spent ~6 ms of CPU on each transaction whatever it held: 125 chunks of 2 MB one to a
 * transaction took it 1.18-1.35 s, two to one 0.87-0.92 s, four to one 0.69-0.76 s (a page of its
 * own, docs/benchmarks.md). A transaction is all or nothing, so each chunk stays whole or absent.
 */
export class ChunkRows {
  private readonly rows: ChunkMetaRow[] = [];

  constructor(private readonly db: WorkbookDB) {}

  add(row: ChunkMetaRow): void {
    this.rows.push(row);
  }

  /**
   * Writes the rows held in one transaction once there are CHUNKS_PER_WRITE of them (or any, when
   * `all`); null when it waits for more. Resolves with the rows written.
   */
  write(all: boolean): Promise<ChunkMetaRow[]> | null {
    if (this.rows.length === 0 || (!all && this.rows.length < CHUNKS_PER_WRITE)) return null;
    const rows = this.rows.splice(0, all ? this.rows.length : CHUNKS_PER_WRITE);
    const { db } = this;
    return db
      .transaction('rw', db.chunks, () => Promise.all(rows.map((row) => db.chunks.add(row))))
      .then(() => rows);
  }
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

import type { EncodedChunk } from '../chunk';
import type { WorkbookDB } from '../db/db';

/** Stores one chunk: one transaction over the four chunk tables, so a chunk is whole or absent. */
export async function writeChunk(
  db: WorkbookDB,
  datasetId: string,
  seq: number,
  chunk: EncodedChunk,
): Promise<void> {
  const key = { datasetId, seq };
  await db.transaction('rw', db.chunkTables(), async () => {
    await db.chunks.add({ ...key, ...chunk.meta });
    await db.columns.add({ ...key, data: chunk.columns });
    await db.terms.add({ ...key, data: chunk.terms });
    await db.raws.add({ ...key, data: chunk.raw });
  });
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

import type { EncodedChunk } from '../chunk';
import type { WorkbookDB } from '../db/db';

/**
 * Writes encoded chunks to IndexedDB while the parser goes on: each chunk is one transaction
 * over the four chunk tables, and at most `maxInFlight` are pending so that memory stays bounded
 * when the disk is slower than the parser.
 */
export class ChunkWriter {
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;
  private nextSeq = 0;
  storedBytes = 0;

  constructor(
    private readonly db: WorkbookDB,
    private readonly datasetId: string,
    private readonly maxInFlight = 3,
  ) {}

  get chunkCount(): number {
    return this.nextSeq;
  }

  /** Starts writing a chunk; resolves once there is room for the next one. */
  async write(chunk: EncodedChunk): Promise<void> {
    this.throwIfFailed();
    const seq = this.nextSeq++;
    const key = { datasetId: this.datasetId, seq };
    const { db } = this;
    this.storedBytes += chunk.meta.bytes;
    const pending: Promise<void> = db
      .transaction('rw', db.chunkTables(), async () => {
        await db.chunks.add({ ...key, ...chunk.meta });
        await db.columns.add({ ...key, data: chunk.columns });
        await db.terms.add({ ...key, data: chunk.terms });
        await db.raws.add({ ...key, data: chunk.raw });
      })
      .catch((err: unknown) => {
        this.failure ??= err;
      })
      .finally(() => this.inFlight.delete(pending));
    this.inFlight.add(pending);
    while (this.inFlight.size >= this.maxInFlight) await Promise.race(this.inFlight);
    this.throwIfFailed();
  }

  /** Waits for every pending write; throws the first write error. */
  async flush(): Promise<void> {
    await Promise.all(this.inFlight);
    this.throwIfFailed();
  }

  /** Waits for pending writes without throwing, before the partial dataset is removed. */
  async settle(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}

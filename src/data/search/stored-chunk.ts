import type { ChunkColumn, ChunkInfo, EventChunk, StoredValue } from '../../engine/source';
import { RawNotLoadedError } from '../../engine/source';
import {
  ChunkColumns,
  lookupPrefix,
  lookupTerm,
  rawAt,
  type RawRecord,
  type TermIndexRecord,
} from '../chunk';
import { columnCodes } from './column-codes';

/** What a chunk needs in memory for searching: its columns and term index, decoded lazily. */
export class ChunkData {
  readonly columns: ChunkColumns;
  private readonly codes = new Map<string, ChunkColumn | null>();

  constructor(
    readonly info: ChunkInfo,
    columns: ChunkColumns,
    readonly terms: TermIndexRecord,
  ) {
    this.columns = columns;
  }

  column(field: string): ChunkColumn | null {
    let c = this.codes.get(field);
    if (c === undefined) {
      c = columnCodes(this.columns.column(field), this.columns.count);
      this.codes.set(field, c);
    }
    return c;
  }
}

/**
 * One chunk as a search sees it. The raw texts are the chunk's largest part and most searches
 * never read them, so they come separately: given at load when the caller knows they will be
 * read, or fetched by `loadRaw`.
 */
export class StoredChunk implements EventChunk {
  readonly info: ChunkInfo;
  readonly count: number;
  readonly times: Float64Array;

  constructor(
    private readonly data: ChunkData,
    private rawRecord: RawRecord | null,
    private readonly fetchRaw: () => Promise<RawRecord>,
  ) {
    this.info = data.info;
    this.count = data.columns.count;
    this.times = data.columns.times;
  }

  get rawLoaded(): boolean {
    return this.rawRecord !== null;
  }

  value(field: string, i: number): StoredValue | undefined {
    return this.data.columns.value(field, i);
  }

  raw(i: number): string {
    if (!this.rawRecord) throw new RawNotLoadedError();
    return rawAt(this.rawRecord, i);
  }

  async loadRaw(): Promise<void> {
    this.rawRecord ??= await this.fetchRaw();
  }

  eventsWithTerm(term: string): ArrayLike<number> {
    return lookupTerm(this.data.terms, term);
  }

  eventsWithPrefix(prefix: string): ArrayLike<number> {
    return lookupPrefix(this.data.terms, prefix);
  }

  column(field: string): ChunkColumn | null {
    return this.data.column(field);
  }
}

import type { ChunkColumn, ChunkInfo, EventChunk, StoredValue } from '../../engine/source';
import { RawNotLoadedError } from '../../engine/source';
import {
  ChunkColumns,
  type CodeArray,
  type ColumnReader,
  type ColumnRecord,
  type ColumnsRecord,
  lookupPrefix,
  lookupTerm,
  rawAt,
  type RawRecord,
  type TermIndexRecord,
} from '../chunk';
import { columnCodes } from './column-codes';

/**
 * What a chunk needs in memory for searching: its times, columns and term index, decoded lazily.
 * It may hold only some of the chunk's columns (`fields`): a count by one field reads two or three
 * of forty, and keeping the rest cached cost more memory than re-reading them when asked.
 */
export class ChunkData {
  readonly columns: ChunkColumns;
  /** Bytes held, as the cache counts them. */
  readonly bytes: number;
  private readonly codes = new Map<string, ChunkColumn | null>();

  /**
   * `fields` null: every column of the record is held. `onGrow` hears of the bytes of code arrays
   * spread out later (see `column`), so a cache can count them too.
   */
  constructor(
    readonly info: ChunkInfo,
    record: ColumnsRecord,
    readonly terms: TermIndexRecord,
    readonly fields: ReadonlySet<string> | null = null,
    private readonly onGrow?: (bytes: number) => void,
  ) {
    const kept = fields ? record.columns.filter((c) => fields.has(c.name)) : record.columns;
    this.columns = new ChunkColumns(
      kept === record.columns ? record : { ...record, columns: kept },
    );
    let bytes = record.times.byteLength + termIndexBytes(terms);
    for (const c of kept) bytes += columnBytes(c);
    this.bytes = bytes;
  }

  /** Whether every column of `fields` (null: all) is held. */
  holds(fields: ReadonlySet<string> | null): boolean {
    if (this.fields === null) return true;
    if (fields === null) return false;
    for (const f of fields) if (!this.fields.has(f)) return false;
    return true;
  }

  /** The column of a held field; throws for a field the chunk has but this copy does not hold. */
  reader(field: string): ColumnReader | undefined {
    const reader = this.columns.column(field);
    if (!reader && this.fields && !this.fields.has(field) && this.info.fields.includes(field)) {
      // Answering "absent" here would be a wrong result, not a slow one.
      throw new Error(`Column ${field} was not loaded for this search`);
    }
    return reader;
  }

  column(field: string): ChunkColumn | null {
    let c = this.codes.get(field);
    if (c === undefined) {
      const reader = this.reader(field);
      c = columnCodes(reader, this.columns.count);
      this.codes.set(field, c);
      // Stored dense codes are handed out as they are; anything else is a new array.
      if (c && reader?.kind === 'dict' && c.codes === reader.codes) return c;
      if (c && this.onGrow) {
        let bytes = (c.codes as CodeArray).byteLength + 8 * c.dict.length;
        // A number column's dictionary is new strings; a dictionary column's is shared.
        if (reader?.kind === 'number') for (const s of c.dict) bytes += stringBytes(s);
        this.onGrow(bytes);
      }
    }
    return c;
  }
}

/** V8 keeps a short string in about its length plus a 16-byte header, rounded up to 8. */
const stringBytes = (s: string) => 16 + ((s.length + 7) & ~7);

function columnBytes(c: ColumnRecord): number {
  let n =
    64 + (c.rows?.byteLength ?? 0) + (c.offsets?.byteLength ?? 0) + (c.lists?.byteLength ?? 0);
  if (c.kind === 'number') return n + c.numbers.byteLength;
  n += c.codes.byteLength + 8 * c.dict.length;
  for (const s of c.dict) n += stringBytes(s);
  return n;
}

function termIndexBytes(t: TermIndexRecord): number {
  return t.lexicon.byteLength + t.postings.byteLength + t.blocks.byteLength + 64;
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
    return this.data.reader(field)?.value(i);
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

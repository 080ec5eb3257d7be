import {
  type ChunkColumn,
  type ChunkInfo,
  type EventChunk,
  RawNotLoadedError,
  type StoredValue,
} from '../../engine';
import {
  ChunkColumns,
  columnCodes,
  lookupPrefix,
  lookupTerm,
  pagesFor,
  rawAt,
  type ChunkBody,
  type CodeArray,
  type ColumnReader,
  type ColumnRecord,
  type RawRecord,
  type TermIndexRecord,
} from '../chunk';

/**
 * What a search has of a chunk in memory: its times, the columns it read and the pages of the
 * term index it read, each a part of the chunk's body (chunk-body.ts) kept in the cache on its
 * own. `fields` null: every column is held; `pages` holds the pages read, by number.
 */
export class ChunkData {
  readonly columns: ChunkColumns;
  private readonly codes = new Map<string, ChunkColumn | null>();
  private readonly records = new Map<string, ColumnRecord>();

  /** `onGrow` hears of code arrays spread out later (see `column`), by field, for the cache. */
  constructor(
    readonly info: ChunkInfo,
    readonly count: number,
    readonly times: Float64Array,
    columns: readonly ColumnRecord[],
    private readonly body: ChunkBody | null,
    private readonly pages: ReadonlyMap<number, TermIndexRecord>,
    readonly fields: ReadonlySet<string> | null = null,
    private readonly onGrow?: (field: string, bytes: number) => void,
  ) {
    this.columns = new ChunkColumns({ count, times, columns: [...columns] });
    for (const c of columns) this.records.set(c.name, c);
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
    if (c !== undefined) return c;
    // A ChunkData lives for one search, its column parts as long as the cache keeps them: codes
    // spread out once stay with the part, so they are neither made nor counted again.
    const record = this.records.get(field);
    const made = record && spread.get(record);
    if (made !== undefined) {
      this.codes.set(field, made);
      return made;
    }
    const reader = this.reader(field);
    c = columnCodes(reader, this.columns.count);
    this.codes.set(field, c);
    if (record) spread.set(record, c);
    // Stored dense codes are handed out as they are; anything else is a new array.
    if (c && reader?.kind === 'dict' && c.codes === reader.codes) return c;
    if (c && reader && this.onGrow) {
      let bytes = (c.codes as CodeArray).byteLength + 8 * c.dict.length;
      // A number column's dictionary is new strings; a dictionary column's is shared.
      if (reader.kind === 'number') for (const s of c.dict) bytes += stringBytes(s);
      this.onGrow(field, bytes);
    }
    return c;
  }

  /** Events with the term (or, with `prefix`, a term starting with it), ascending. */
  lookup(term: string, prefix: boolean): Uint16Array {
    if (!this.body) return new Uint16Array(0);
    const [from, to] = pagesFor(this.body, term, prefix);
    const found: Uint16Array[] = [];
    for (let p = from; p < to; p++) {
      const page = this.pages.get(p);
      if (!page) throw new Error(`Term page ${p} was not loaded for this search`);
      found.push(prefix ? lookupPrefix(page, term) : lookupTerm(page, term));
    }
    return found.length === 1 ? found[0] : mergeSorted(found, this.count);
  }
}

/** Each cached column part's codes as `column` hands them out, made on first use. */
const spread = new WeakMap<ColumnRecord, ChunkColumn | null>();

/** Sorted, duplicate-free union of ascending event lists. */
function mergeSorted(lists: readonly Uint16Array[], count: number): Uint16Array {
  const seen = new Uint8Array(count);
  let n = 0;
  for (const list of lists) {
    for (const ev of list) {
      if (seen[ev]) continue;
      seen[ev] = 1;
      n++;
    }
  }
  const out = new Uint16Array(n);
  for (let ev = 0, j = 0; j < n; ev++) if (seen[ev]) out[j++] = ev;
  return out;
}

/** V8 keeps a short string in about its length plus a 16-byte header, rounded up to 8. */
export const stringBytes = (s: string) => 16 + ((s.length + 7) & ~7);

/** Memory a decoded column holds, as the cache counts it. */
export function columnBytes(c: ColumnRecord): number {
  let n =
    64 + (c.rows?.byteLength ?? 0) + (c.offsets?.byteLength ?? 0) + (c.lists?.byteLength ?? 0);
  if (c.kind === 'number') return n + c.numbers.byteLength;
  n += c.codes.byteLength + 8 * c.dict.length;
  for (const s of c.dict) n += stringBytes(s);
  return n;
}

export function termPageBytes(t: TermIndexRecord): number {
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
    this.count = data.count;
    this.times = data.times;
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
    return this.data.lookup(term, false);
  }

  eventsWithPrefix(prefix: string): ArrayLike<number> {
    return this.data.lookup(prefix, true);
  }

  column(field: string): ChunkColumn | null {
    return this.data.column(field);
  }
}

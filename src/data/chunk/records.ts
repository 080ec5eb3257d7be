/**
 * The stored shapes of one chunk. Everything here is plain structured-clone data (typed arrays,
 * strings, numbers, plain objects and arrays) because it goes straight into IndexedDB and through
 * postMessage; decoders wrap it without copying.
 */

/** Small per-chunk summary, kept in its own table so chunks can be pruned without loading them. */
export interface ChunkMeta {
  count: number;
  /** Epoch ms; NaN for an empty chunk. */
  minTime: number;
  maxTime: number;
  /** Distinct values of the fields sourcetype, host, source and index, sorted. */
  sourcetypes: string[];
  hosts: string[];
  sources: string[];
  indexes: string[];
  /** Every field name present in the chunk (not _time/_raw), sorted. */
  fields: string[];
  /** Approximate encoded size of columns + terms + raw, for storage figures. */
  bytes: number;
}

export interface EncodedChunk {
  meta: ChunkMeta;
  columns: ColumnsRecord;
  terms: TermIndexRecord;
  raw: RawRecord;
  /** Each column's values and their counts, as encoding found them (value-counts.ts). */
  tallies?: ColumnTally[];
}

/** A column's distinct values and how often each occurs, in the order the column holds them. */
export interface ColumnTally {
  name: string;
  values: readonly string[];
  counts: Uint32Array;
}

export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * Where a column's values sit. A column has "slots": one per event when dense, one per event that
 * has the field when sparse (`rows`). Each slot holds one value, or with `offsets` any number.
 */
interface ColumnLayout {
  name: string;
  /** Sparse columns only: the events that have the field, ascending; slot s is event rows[s]. */
  rows?: Uint16Array;
  /**
   * Only in columns where some event holds a list: slot s's values are at positions
   * offsets[s] .. offsets[s + 1]. A dense slot with no values and no list bit is a missing field.
   */
  offsets?: Uint32Array;
  /** With offsets: bit s set when slot s was a list (so ['x'] and 'x' stay apart). */
  lists?: Uint8Array;
}

/**
 * Strings by per-chunk dictionary. codes[position] indexes dict; in a dense column without offsets
 * the code dict.length marks an event that lacks the field.
 */
export interface DictColumnRecord extends ColumnLayout {
  kind: 'dict';
  dict: string[];
  codes: CodeArray;
}

/**
 * Used only when every value in the chunk is a canonical decimal (String(Number(s)) === s), so the
 * string is rebuilt exactly. Int32Array when all are int32. In a dense column without offsets,
 * NaN (Float64Array only) marks an event that lacks the field.
 */
export interface NumberColumnRecord extends ColumnLayout {
  kind: 'number';
  numbers: Int32Array | Float64Array;
}

export type ColumnRecord = DictColumnRecord | NumberColumnRecord;

export interface ColumnsRecord {
  count: number;
  /** _time per event, epoch ms. */
  times: Float64Array;
  /** Sorted by name; only fields that occur in the chunk. */
  columns: ColumnRecord[];
}

/**
 * The chunk's lexicon of `_raw` terms and, per term, the events containing it (Splunk's tsidx).
 * Layout in term-index-encoding.ts: a front-coded sorted lexicon in blocks, so a lookup binary
 * searches the blocks' first terms and scans one block, and nothing needs decoding up front.
 */
export interface TermIndexRecord {
  count: number;
  terms: number;
  /** Terms in UTF-8 byte order, each stored as the bytes it does not share with its predecessor. */
  lexicon: Uint8Array;
  /** Per varint-coded postings list, in lexicon order: bitmap or event-number gaps. */
  postings: Uint8Array;
  /** Per block of terms: offset of its first term in lexicon, then of its first list in postings. */
  blocks: Uint32Array;
}

/**
 * All `_raw` texts of a chunk, kept apart so searches load them only when they need text.
 * `packed` is LZ4 over the concatenated texts in `encoding` (UTF-8 unless some text holds a lone
 * surrogate, which UTF-8 cannot carry); `bytes` is the length before compression.
 */
export interface RawRecord {
  count: number;
  /** Length of each text in UTF-16 code units. */
  lengths: Uint16Array | Uint32Array;
  encoding: 'utf8' | 'utf16';
  bytes: number;
  packed: Uint8Array;
}

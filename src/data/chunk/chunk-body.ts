import { packColumn, unpackColumn } from './column-pack';
import { PackReader, PackWriter } from './pack-bytes';
import type { ColumnRecord, ColumnsRecord, RawRecord, TermIndexRecord } from './records';
import { lookupTerm } from './term-index-reader';
import {
  packTermPage,
  pagesForPrefix,
  pagesForTerm,
  splitTermPages,
  unpackTermPage,
  type PageDirectory,
} from './term-pages';

/**
 * A stored chunk's data as one Blob and the directory of its parts. A search reads the parts it
 * needs as slices of the blob (a column, a page of the term index, the times, the raw texts), so
 * a count by one field reads that field's bytes and no other's, while the import stores the
 * whole chunk with a single IndexedDB value. Parts, in this order: the times, each column (by
 * name), each term page, the raw texts. Each part starts at a multiple of 8.
 */
export interface ChunkBody {
  blob: Blob;
  /** Part k is blob bytes [at[k], at[k + 1]). */
  at: Uint32Array;
  /** The columns' names, in part order (parts 1 .. columns.length). */
  columns: string[];
  /** The first term of each term page (the parts after the columns). */
  pages: PageDirectory;
}

/** A part of a body by what it holds. */
export type PartKey =
  | { kind: 'times' }
  | { kind: 'column'; name: string }
  | { kind: 'page'; page: number }
  | { kind: 'raw' };

export function packChunkBody(
  columns: ColumnsRecord,
  terms: TermIndexRecord,
  raw: RawRecord,
): ChunkBody {
  const out = writer;
  out.reset();
  const at: number[] = [0];
  const mark = () => {
    out.pad();
    at.push(out.length);
  };
  out.add(columns.times as Float64Array<ArrayBuffer>);
  mark();
  for (const c of columns.columns) {
    packColumn(c, out);
    mark();
  }
  const { pages, first } = splitTermPages(terms);
  for (const page of pages) {
    packTermPage(page, out);
    mark();
  }
  packRaw(raw, out);
  mark();
  return {
    blob: new Blob([out.bytes()]),
    at: Uint32Array.from(at),
    columns: columns.columns.map((c) => c.name),
    pages: first,
  };
}

/** One per thread, its buffer grown to a chunk's size once (the Blob copies what it is given). */
let writer = new PackWriter(1 << 20);

/** Lets the packing buffer go (an import worker waiting for the next import); a new one follows. */
export function releasePackWriter(): void {
  writer = new PackWriter(1 << 20);
}

/** Index of a part in `at`, or -1 when the body has no such part (a column it lacks). */
export function partIndex(body: ChunkBody, key: PartKey): number {
  switch (key.kind) {
    case 'times':
      return 0;
    case 'column': {
      const k = body.columns.indexOf(key.name);
      return k < 0 ? -1 : 1 + k;
    }
    case 'page':
      return 1 + body.columns.length + key.page;
    case 'raw':
      return body.at.length - 2;
  }
}

export function pageCountOf(body: ChunkBody): number {
  return body.at.length - 3 - body.columns.length;
}

const encoder = new TextEncoder();

/** The term pages [from, to) that can hold `term` (lower case), or terms with that prefix. */
export function pagesFor(body: ChunkBody, term: string, prefix: boolean): [number, number] {
  const q = encoder.encode(term.toLowerCase());
  return prefix ? pagesForPrefix(body.pages, q) : pagesForTerm(body.pages, q);
}

/** Decoders of each kind of part, from bytes read at `at` of `buf`. */
export function unpackTimes(buf: ArrayBuffer, at: number, count: number): Float64Array {
  return new PackReader(buf, at).f64(count);
}

export { unpackTermPage };

export function unpackColumnPart(name: string, buf: ArrayBuffer, at: number): ColumnRecord {
  return unpackColumn(name, buf, at);
}

function packRaw(raw: RawRecord, out: PackWriter): void {
  out.add(
    Uint32Array.of(
      raw.count,
      raw.encoding === 'utf8' ? 0 : 1,
      raw.bytes,
      raw.lengths.BYTES_PER_ELEMENT,
      raw.packed.length,
    ),
  );
  out.add(raw.lengths as ArrayBufferView<ArrayBuffer>);
  out.add(raw.packed as Uint8Array<ArrayBuffer>);
}

export function unpackRaw(buf: ArrayBuffer, at: number): RawRecord {
  const r = new PackReader(buf, at);
  const h = r.viewU32(5).slice();
  return {
    count: h[0],
    encoding: h[1] === 0 ? 'utf8' : 'utf16',
    bytes: h[2],
    lengths: h[3] === 2 ? r.u16(h[0]) : r.u32(h[0]),
    packed: r.u8(h[4]),
  };
}

/** A whole body read back: its columns, term pages and raw texts (tests, checks, exports). */
export async function readChunkBody(
  body: ChunkBody,
  count: number,
): Promise<{ columns: ColumnsRecord; pages: TermIndexRecord[]; raw: RawRecord }> {
  const buf = await body.blob.arrayBuffer();
  const columns = body.columns.map((name, k) => unpackColumn(name, buf, body.at[1 + k]));
  const pages = Array.from({ length: pageCountOf(body) }, (_, p) =>
    unpackTermPage(buf, body.at[partIndex(body, { kind: 'page', page: p })]),
  );
  return {
    columns: { count, times: unpackTimes(buf, 0, count), columns },
    pages,
    raw: unpackRaw(buf, body.at[partIndex(body, { kind: 'raw' })]),
  };
}

/** Events of a whole body's term pages with the term (lower case), ascending. */
export function lookupInPages(
  body: ChunkBody,
  pages: readonly TermIndexRecord[],
  term: string,
): number[] {
  const [from, to] = pagesFor(body, term, false);
  const out: number[] = [];
  for (let p = from; p < to; p++) out.push(...lookupTerm(pages[p], term));
  return out;
}

import { PackReader, PackWriter } from './pack-bytes';
import type { TermIndexRecord } from './records';
import { BLOCK } from './term-index-encoding';

/**
 * A chunk's term index is stored in pages of PAGE_BLOCKS blocks (1,024 terms), each a term
 * index of its own (term-index-encoding.ts: a block's first term shares nothing with what comes
 * before it, so a page reads alone). The first term of every page is kept with the chunk's
 * directory, so a lookup reads the one page that can hold the term: about 15 KB of a chunk's
 * 700 KB index.
 */
export const PAGE_BLOCKS = 32;

/** The first term of each page, as UTF-8: page p's is bytes[at[p], at[p + 1]). */
export interface PageDirectory {
  bytes: Uint8Array;
  at: Uint32Array;
}

export function splitTermPages(rec: TermIndexRecord): {
  pages: TermIndexRecord[];
  first: PageDirectory;
} {
  const blocks = rec.blocks.length / 2;
  const pages: TermIndexRecord[] = [];
  const firsts: Uint8Array[] = [];
  for (let b0 = 0; b0 < blocks; b0 += PAGE_BLOCKS) {
    const b1 = Math.min(b0 + PAGE_BLOCKS, blocks);
    const lx0 = rec.blocks[2 * b0];
    const lx1 = b1 < blocks ? rec.blocks[2 * b1] : rec.lexicon.length;
    const px0 = rec.blocks[2 * b0 + 1];
    const px1 = b1 < blocks ? rec.blocks[2 * b1 + 1] : rec.postings.length;
    const sub = rec.blocks.slice(2 * b0, 2 * b1);
    for (let k = 0; k < sub.length; k += 2) {
      sub[k] -= lx0;
      sub[k + 1] -= px0;
    }
    pages.push({
      count: rec.count,
      terms: Math.min(rec.terms - b0 * BLOCK, (b1 - b0) * BLOCK),
      lexicon: rec.lexicon.subarray(lx0, lx1),
      postings: rec.postings.subarray(px0, px1),
      blocks: sub,
    });
    firsts.push(blockFirstTerm(rec, b0));
  }
  const at = new Uint32Array(firsts.length + 1);
  for (let p = 0; p < firsts.length; p++) at[p + 1] = at[p] + firsts[p].length;
  const bytes = new Uint8Array(at[firsts.length]);
  firsts.forEach((f, p) => bytes.set(f, at[p]));
  return { pages, first: { bytes, at } };
}

/** The bytes of block b's first term (stored whole: it shares no prefix). */
function blockFirstTerm(rec: TermIndexRecord, b: number): Uint8Array {
  const { lexicon } = rec;
  let at = rec.blocks[2 * b];
  let len = lexicon[at++] & 15;
  if (len === 15) {
    let shift = 0;
    let v = 0;
    let byte;
    do {
      byte = lexicon[at++];
      v |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    len = 15 + v;
  }
  return lexicon.slice(at, at + len);
}

/** Compares q with page p's first term, looking at no more than `limit` of its bytes. */
function compareFirst(dir: PageDirectory, p: number, q: Uint8Array, limit = Infinity): number {
  const from = dir.at[p];
  const len = Math.min(dir.at[p + 1] - from, limit);
  const n = Math.min(len, q.length);
  for (let j = 0; j < n; j++) {
    const d = q[j] - dir.bytes[from + j];
    if (d !== 0) return d;
  }
  return q.length - len;
}

export function pageCount(dir: PageDirectory): number {
  return dir.at.length - 1;
}

/** The last page whose first term is <= q (with `limit`: compared on its first bytes only). */
function lastPageAtOrBefore(dir: PageDirectory, q: Uint8Array, limit?: number): number {
  let lo = 0;
  let hi = pageCount(dir) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (compareFirst(dir, mid, q, limit) >= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The pages that can hold the term (UTF-8, lower case): one, or none for an empty index. */
export function pagesForTerm(dir: PageDirectory, term: Uint8Array): [number, number] {
  if (pageCount(dir) === 0) return [0, 0];
  const p = lastPageAtOrBefore(dir, term);
  return [p, p + 1];
}

/** The pages that can hold terms starting with `prefix`: [from, to). */
export function pagesForPrefix(dir: PageDirectory, prefix: Uint8Array): [number, number] {
  if (pageCount(dir) === 0) return [0, 0];
  const from = lastPageAtOrBefore(dir, prefix);
  // Later pages whose first term starts with the prefix hold more such terms.
  const to = lastPageAtOrBefore(dir, prefix, prefix.length);
  return [from, Math.max(from, to) + 1];
}

const HEADER = 5;

export function packTermPage(page: TermIndexRecord, out: PackWriter): void {
  const { lexicon, postings, blocks } = page;
  out.add(Uint32Array.of(page.count, page.terms, lexicon.length, postings.length, blocks.length));
  out.add(lexicon as Uint8Array<ArrayBuffer>);
  out.add(postings as Uint8Array<ArrayBuffer>);
  out.add(blocks as Uint32Array<ArrayBuffer>);
  out.pad();
}

export function unpackTermPage(buf: ArrayBuffer, at: number): TermIndexRecord {
  const r = new PackReader(buf, at);
  const h = r.viewU32(HEADER).slice();
  return {
    count: h[0],
    terms: h[1],
    lexicon: r.u8(h[2]),
    postings: r.u8(h[3]),
    blocks: r.u32(h[4]),
  };
}

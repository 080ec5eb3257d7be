import type { TermIndexRecord } from './records';
import { BLOCK } from './term-index-encoding';

const NONE = new Uint16Array(0);
const encoder = new TextEncoder();

/**
 * Walks a term index's lexicon and postings in step, one term at a time, rebuilding each term's
 * bytes from its front-coded form. Reads the stored record in place: opening costs nothing.
 */
class TermCursor {
  term = new Uint8Array(64);
  length = 0;
  /** Term number, and where its postings list starts. */
  k = 0;
  postingsAt = 0;
  private lexiconAt = 0;
  private nextPostingsAt = 0;

  constructor(private readonly rec: TermIndexRecord) {}

  /** Positions the cursor on the first term of block b. */
  seekBlock(b: number): void {
    this.k = b * BLOCK;
    this.lexiconAt = this.rec.blocks[2 * b];
    this.nextPostingsAt = this.rec.blocks[2 * b + 1];
    this.length = 0;
    this.read();
  }

  /** Moves to the next term; false past the last. */
  next(): boolean {
    if (this.k + 1 >= this.rec.terms) return false;
    this.k++;
    this.read();
    return true;
  }

  private read(): void {
    const { lexicon, postings } = this.rec;
    let at = this.lexiconAt;
    const header = lexicon[at++];
    let shared = header >>> 4;
    let suffix = header & 15;
    if (shared === 15) [shared, at] = varint(lexicon, at, 15);
    if (suffix === 15) [suffix, at] = varint(lexicon, at, 15);
    const len = shared + suffix;
    if (len > this.term.length) {
      const grown = new Uint8Array(Math.max(len, this.term.length * 2));
      grown.set(this.term.subarray(0, shared));
      this.term = grown;
    }
    this.term.set(lexicon.subarray(at, at + suffix), shared);
    this.length = len;
    this.lexiconAt = at + suffix;
    this.postingsAt = this.nextPostingsAt;
    const [head, end] = varint(postings, this.postingsAt, 0);
    this.nextPostingsAt = end + (head >>> 1);
  }

  /** Compares q with the current term's first `limit` bytes. */
  compare(q: Uint8Array, limit: number): number {
    const len = Math.min(this.length, limit);
    const n = Math.min(len, q.length);
    for (let j = 0; j < n; j++) {
      const d = q[j] - this.term[j];
      if (d !== 0) return d;
    }
    return q.length - len;
  }
}

/** Value of the varint at `at` plus `base`, and the offset after it. */
function varint(buf: Uint8Array, at: number, base: number): [number, number] {
  let b = buf[at++];
  let v = b & 0x7f;
  for (let shift = 7; b & 0x80; shift += 7) {
    b = buf[at++];
    v |= (b & 0x7f) << shift;
  }
  return [base + (v >>> 0), at];
}

/** First term of block b compared with q (the block's first term shares nothing, so read it alone). */
function compareBlock(rec: TermIndexRecord, b: number, q: Uint8Array): number {
  const { lexicon } = rec;
  let at = rec.blocks[2 * b];
  let len = lexicon[at++] & 15;
  if (len === 15) [len, at] = varint(lexicon, at, 15);
  const n = Math.min(len, q.length);
  for (let j = 0; j < n; j++) {
    const d = q[j] - lexicon[at + j];
    if (d !== 0) return d;
  }
  return q.length - len;
}

/** A cursor on the first term >= q (by bytes), or null when every term is smaller. */
function seek(rec: TermIndexRecord, q: Uint8Array): TermCursor | null {
  if (rec.terms === 0) return null;
  // The last block whose first term is <= q holds the first term >= q, or it is the next one's.
  let lo = 0;
  let hi = rec.blocks.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (compareBlock(rec, mid, q) >= 0) lo = mid;
    else hi = mid - 1;
  }
  const cursor = new TermCursor(rec);
  cursor.seekBlock(lo);
  while (cursor.compare(q, Infinity) > 0) if (!cursor.next()) return null;
  return cursor;
}

/**
 * Decodes the postings list at `at` into out (which must hold `count` entries) from position n;
 * with `seen` given, adds only events not yet seen and marks them. Returns the new length.
 */
function decodeInto(
  rec: TermIndexRecord,
  at: number,
  out: Uint16Array,
  n: number,
  seen: Uint8Array | null,
): number {
  const { postings } = rec;
  const [header, from] = varint(postings, at, 0);
  const end = from + (header >>> 1);
  if (header & 1) {
    const bits = end === from ? null : postings;
    for (let ev = 0; ev < rec.count; ev++) {
      if (bits && (bits[from + (ev >>> 3)] & (1 << (ev & 7))) === 0) continue;
      if (seen) {
        if (seen[ev]) continue;
        seen[ev] = 1;
      }
      out[n++] = ev;
    }
    return n;
  }
  let ev = -1;
  for (let p = from; p < end;) {
    let b = postings[p++];
    let gap = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = postings[p++];
      gap |= (b & 0x7f) << shift;
    }
    ev += gap + 1;
    if (seen) {
      if (seen[ev]) continue;
      seen[ev] = 1;
    }
    out[n++] = ev;
  }
  return n;
}

/** Number of distinct terms in the chunk. */
export function termCount(index: TermIndexRecord): number {
  return index.terms;
}

/** Events whose text contains `term` as a segment (case-insensitive), ascending. */
export function lookupTerm(index: TermIndexRecord, term: string): Uint16Array {
  const q = encoder.encode(term.toLowerCase());
  const cursor = seek(index, q);
  if (!cursor || cursor.compare(q, Infinity) !== 0) return NONE;
  const out = new Uint16Array(index.count);
  return out.slice(0, decodeInto(index, cursor.postingsAt, out, 0, null));
}

/** Events containing any term that starts with `prefix` (a trailing wildcard), ascending, unique. */
export function lookupPrefix(index: TermIndexRecord, prefix: string): Uint16Array {
  const q = encoder.encode(prefix.toLowerCase());
  const cursor = seek(index, q);
  // Terms starting with q sort together, right from the first term >= q.
  if (!cursor || cursor.compare(q, q.length) !== 0) return NONE;
  const seen = new Uint8Array(index.count);
  const scratch = new Uint16Array(index.count);
  let n = 0;
  do n = decodeInto(index, cursor.postingsAt, scratch, n, seen);
  while (n < index.count && cursor.next() && cursor.compare(q, q.length) === 0);
  // Lists arrive term by term; reading the marks back gives event order.
  const out = new Uint16Array(n);
  for (let ev = 0, j = 0; j < n; ev++) if (seen[ev]) out[j++] = ev;
  return out;
}

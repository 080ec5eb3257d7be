import { lz4Decompress } from './lz4';
import type { TermIndexRecord } from './records';

const NONE = new Uint16Array(0);
const NEWLINE = 10;
const encoder = new TextEncoder();

/** A term index opened for lookups: the lexicon bytes plus where each term starts. */
interface OpenIndex {
  count: number;
  lexicon: Uint8Array;
  /** termStarts[k] .. termStarts[k + 1] - 1 is term k (the -1 drops the '\n'). */
  termStarts: Uint32Array;
  /** Offset of term k's postings header. */
  postingsAt: Uint32Array;
  postings: Uint8Array;
}

// Records come fresh from IndexedDB per search; caching by identity decodes each at most once.
const opened = new WeakMap<TermIndexRecord, OpenIndex>();

function open(rec: TermIndexRecord): OpenIndex {
  let idx = opened.get(rec);
  if (idx) return idx;
  const lexicon = lz4Decompress(rec.lexicon, rec.lexiconBytes);
  const termStarts = new Uint32Array(rec.terms + 1);
  let k = 1;
  for (let at = 0; at < lexicon.length; at++) if (lexicon[at] === NEWLINE) termStarts[k++] = at + 1;
  termStarts[rec.terms] = lexicon.length + 1;
  const { postings } = rec;
  const postingsAt = new Uint32Array(rec.terms);
  let p = 0;
  for (k = 0; k < rec.terms; k++) {
    postingsAt[k] = p;
    let header = 0;
    let shift = 0;
    let b: number;
    do {
      b = postings[p++];
      header |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    p += header >>> 1;
  }
  idx = { count: rec.count, lexicon, termStarts, postingsAt, postings };
  opened.set(rec, idx);
  return idx;
}

/** Compares q with term k's first `limit` bytes (all of it when limit is Infinity), as bytes. */
function compare(idx: OpenIndex, k: number, q: Uint8Array, limit: number): number {
  const { lexicon } = idx;
  const start = idx.termStarts[k];
  const len = Math.min(idx.termStarts[k + 1] - 1 - start, limit);
  const n = Math.min(len, q.length);
  for (let j = 0; j < n; j++) {
    const d = q[j] - lexicon[start + j];
    if (d !== 0) return d;
  }
  return q.length - len;
}

/** First term k for which compare(k, q, limit) <= 0 (or < 0 when `strict`), by binary search. */
function search(idx: OpenIndex, q: Uint8Array, limit: number, strict: boolean): number {
  let lo = 0;
  let hi = idx.termStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(idx, mid, q, limit);
    if (c > 0 || (strict && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit` with each event of term k, ascending. */
function eachPosting(idx: OpenIndex, k: number, visit: (ev: number) => void): void {
  const { postings } = idx;
  let p = idx.postingsAt[k];
  let header = 0;
  let shift = 0;
  let b: number;
  do {
    b = postings[p++];
    header |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  const end = p + (header >>> 1);
  if (header & 1) {
    if (end === p) {
      for (let ev = 0; ev < idx.count; ev++) visit(ev);
      return;
    }
    for (let ev = 0; p < end; p++, ev += 8) {
      const bits = postings[p];
      for (let bit = 0; bit < 8; bit++) if (bits & (1 << bit)) visit(ev + bit);
    }
    return;
  }
  let ev = -1;
  while (p < end) {
    let gap = 0;
    shift = 0;
    do {
      b = postings[p++];
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    ev += gap + 1;
    visit(ev);
  }
}

function postingsOf(idx: OpenIndex, k: number): Uint16Array {
  const out: number[] = [];
  eachPosting(idx, k, (ev) => out.push(ev));
  return Uint16Array.from(out);
}

/** Number of distinct terms in the chunk. */
export function termCount(index: TermIndexRecord): number {
  return index.terms;
}

/** Events whose text contains `term` as a segment (case-insensitive), ascending. */
export function lookupTerm(index: TermIndexRecord, term: string): Uint16Array {
  const idx = open(index);
  const q = encoder.encode(term.toLowerCase());
  const k = search(idx, q, Infinity, false);
  if (k >= index.terms || compare(idx, k, q, Infinity) !== 0) return NONE;
  return postingsOf(idx, k);
}

/** Events containing any term that starts with `prefix` (a trailing wildcard), ascending, unique. */
export function lookupPrefix(index: TermIndexRecord, prefix: string): Uint16Array {
  const idx = open(index);
  const q = encoder.encode(prefix.toLowerCase());
  // Terms starting with q sort together: compared on their first q.length characters they equal q.
  const from = search(idx, q, q.length, false);
  const to = search(idx, q, q.length, true);
  if (from >= to) return NONE;
  if (to - from === 1) return postingsOf(idx, from);
  const seen = new Uint8Array(idx.count);
  let hits = 0;
  const mark = (ev: number) => {
    if (seen[ev] === 0) {
      seen[ev] = 1;
      hits++;
    }
  };
  for (let k = from; k < to && hits < idx.count; k++) eachPosting(idx, k, mark);
  const out = new Uint16Array(hits);
  for (let ev = 0, j = 0; j < hits; ev++) if (seen[ev]) out[j++] = ev;
  return out;
}

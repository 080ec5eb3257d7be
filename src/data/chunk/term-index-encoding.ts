import { varintSize } from './growable';
import type { TermIndexRecord } from './records';

/**
 * Stored form of a chunk's term index.
 *
 * lexicon: the terms sorted by UTF-8 bytes (= code point order), front-coded: per term a header
 * byte (shared << 4 | suffixLength, each nibble 15 meaning "15 + a varint that follows") and the
 * bytes after the prefix it shares with the previous term. Every BLOCK-th term starts a block and
 * shares nothing, so it can be read alone: lookups binary-search those. Sorted neighbours share
 * long prefixes (IPs, timestamps, paths), which makes this about as small as LZ4 and free to read.
 *
 * postings: per term in lexicon order, a varint header (byteLength << 1 | isBitmap), then either a
 * bitmap of `count` bits or varint event numbers (the first as is, then gap - 1). A bitmap header
 * with byteLength 0 means "every event" (keys common to a single-sourcetype chunk cost nothing).
 * Dense terms take the bitmap when it is smaller than their list.
 */
export const BLOCK = 32;

/**
 * Worst-case output buffers, reused: fresh ones per chunk (megabytes, zero-filled) went to the
 * large-object space and drew extra major GCs. Bitmaps are zeroed where written.
 */
const buffers = [new Uint8Array(0), new Uint8Array(0)];

function scratch(which: number, size: number): Uint8Array {
  if (buffers[which].length < size)
    buffers[which] = new Uint8Array(Math.max(size, buffers[which].length * 2));
  return buffers[which];
}

/** Writes the index of `order`ed terms; lists[listStart[id] .. listStart[id + 1]] are term id's events. */
export function encodeTermIndex(
  count: number,
  pool: Uint8Array,
  meta: Int32Array,
  order: Int32Array,
  lists: Uint16Array,
  listStart: Int32Array,
  poolLength: number,
): TermIndexRecord {
  const terms = order.length;
  const bitmapBytes = (count + 7) >>> 3;
  const lexicon = scratch(0, poolLength + terms * 11);
  const postings = scratch(1, terms * 5 + lists.length * 3 + 16);
  const blocks = new Uint32Array(2 * Math.ceil(terms / BLOCK));
  let lx = 0;
  let px = 0;
  let prevAt = 0;
  let prevLen = 0;
  for (let k = 0; k < terms; k++) {
    const m = order[k] << 2;
    const at = meta[m];
    const len = meta[m + 1];
    let shared = 0;
    if (k % BLOCK === 0) {
      blocks[(k / BLOCK) * 2] = lx;
      blocks[(k / BLOCK) * 2 + 1] = px;
    } else {
      const n = Math.min(len, prevLen);
      while (shared < n && pool[at + shared] === pool[prevAt + shared]) shared++;
    }
    const suffix = len - shared;
    lexicon[lx++] = (Math.min(shared, 15) << 4) | Math.min(suffix, 15);
    if (shared >= 15) lx = writeVarint(lexicon, lx, shared - 15);
    if (suffix >= 15) lx = writeVarint(lexicon, lx, suffix - 15);
    for (let b = shared; b < len; b++) lexicon[lx++] = pool[at + b];
    prevAt = at;
    prevLen = len;
    const id = order[k];
    px = writePostings(postings, px, lists, listStart[id], listStart[id + 1], count, bitmapBytes);
  }
  return { count, terms, lexicon: lexicon.slice(0, lx), postings: postings.slice(0, px), blocks };
}

function writeVarint(out: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[at++] = v;
  return at;
}

function writePostings(
  out: Uint8Array,
  at: number,
  lists: Uint16Array,
  from: number,
  to: number,
  count: number,
  bitmapBytes: number,
): number {
  if (to - from === count) {
    out[at++] = 1;
    return at;
  }
  if (to - from === 1) {
    // Most terms of a chunk occur in one event only.
    const ev = lists[from];
    out[at++] = varintSize(ev) << 1;
    return writeVarint(out, at, ev);
  }
  // A list takes df..3*df bytes, so its exact size matters only between those bounds.
  const df = to - from;
  let listBytes = df;
  let prev = -1;
  if (df <= bitmapBytes && 3 * df > bitmapBytes) {
    listBytes = 0;
    for (let k = from; k < to; k++) {
      listBytes += varintSize(lists[k] - prev - 1);
      prev = lists[k];
    }
  } else if (df <= bitmapBytes) listBytes = -1;
  if (bitmapBytes < listBytes) {
    at = writeVarint(out, at, (bitmapBytes << 1) | 1);
    out.fill(0, at, at + bitmapBytes);
    for (let k = from; k < to; k++) out[at + (lists[k] >>> 3)] |= 1 << (lists[k] & 7);
    return at + bitmapBytes;
  }
  // Unknown size: write the list after room for the largest header, then close the gap.
  const headerRoom = listBytes < 0 ? 3 : varintSize(listBytes << 1);
  let p = at + headerRoom;
  prev = -1;
  for (let k = from; k < to; k++) {
    p = writeVarint(out, p, lists[k] - prev - 1);
    prev = lists[k];
  }
  const bytes = p - at - headerRoom;
  const header = varintSize(bytes << 1);
  if (header !== headerRoom) out.copyWithin(at + header, at + headerRoom, p);
  writeVarint(out, at, bytes << 1);
  return at + header + bytes;
}

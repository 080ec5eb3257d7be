// AssemblyScript, part of the term index module (term-index.as.ts): a chunk's `_raw` texts as
// UTF-8, back to back, in the module's own memory. The caller writes each text once, at rawAt();
// addRaw then undoes a CSV cell's `""` escapes in place, indexes the text's terms where it lies
// (term-intern.as.ts's addAt) and packRaw compresses the whole store where it lies (lz4.as.ts). The
// JS raw store copied every text three times: into its buffer, into this module, into LZ4's.
// Its JS side: ../raw-store-wasm.ts.

import { regrow } from '../../wasm/heap.as';
import { zeroBytes } from '../../wasm/swar.as';
import { compressAt, outputAt } from './lz4.as';
import { addAt } from './term-intern.as';

const QUOTES: u64 = 0x2222222222222222;

let raw: usize = 0;
let rawCap: i32 = 0;
let rawLength: i32 = 0;
let lastLength: i32 = 0;

/** Where the next text's `need` bytes go (at most; addRaw says how many it kept). */
export function rawAt(need: i32): usize {
  if (rawLength + need > rawCap) {
    const cap = max(max(rawCap * 2, rawLength + need), 1 << 20);
    raw = regrow(raw, rawLength, cap);
    rawCap = cap;
  }
  return raw + rawLength;
}

/** Where the first `"` of at[from, end) is, or end. */
function nextQuote(at: usize, from: i32, end: i32): i32 {
  let q = from;
  for (; q + 8 <= end; q += 8) {
    const hit = zeroBytes(load<u64>(at + q) ^ QUOTES);
    if (hit != 0) return q + <i32>(ctz(hit) >> 3);
  }
  while (q < end && load<u8>(at + q) != 34) q++;
  return q;
}

/** Moves len bytes down from `from` to `to` (to < from), eight at a time where it can. */
function moveDown(to: usize, from: usize, len: i32): void {
  let k: i32 = 0;
  for (; k + 8 <= len; k += 8) store<u64>(to + k, load<u64>(from + k));
  for (; k < len; k++) store<u8>(to + k, load<u8>(from + k));
}

/** A CSV cell's inside at[0, len) with each `""` made `"`, in place; returns its new length. */
function unescape(at: usize, len: i32): i32 {
  let r = nextQuote(at, 0, len);
  if (r >= len) return len;
  // Each quote is kept and the byte after it (its twin) dropped.
  let w = r + 1;
  r += 2;
  while (r < len) {
    const q = nextQuote(at, r, len);
    const keep = min(q + 1, len) - r;
    moveDown(at + w, at + r, keep);
    w += keep;
    r = q + 2;
  }
  return w;
}

/**
 * Takes the `len` bytes written at rawAt() as the next text (`quoted`: a CSV cell's inside, `""`
 * for `"`) and indexes its terms. Returns add's count of segments left to the caller (non-zero
 * only when the text has non-ASCII bytes); rawLast() is its length in bytes.
 */
export function addRaw(len: i32, quoted: bool): i32 {
  const at = raw + rawLength;
  const n = quoted ? unescape(at, len) : len;
  rawLength += n;
  lastLength = n;
  return addAt(at, n);
}

export function rawLast(): i32 {
  return lastLength;
}
export function rawBytes(): i32 {
  return rawLength;
}
export function rawStart(): usize {
  return raw;
}

/** Compresses the store into one LZ4 block at packedAt(); returns its length. */
export function packRaw(): i32 {
  return compressAt(raw, rawLength);
}
export function packedAt(): usize {
  return outputAt();
}

export function resetRaw(): void {
  rawLength = 0;
}

/**
 * LZ4 block format (lz4/doc/lz4_Block_format.md), written out because the import worker needs a
 * synchronous compressor that keeps up with 100k events/s; CompressionStream is async and deflate in
 * JS is several times slower. Log text of one chunk repeats itself a lot (JSON keys, XML tags, CSV
 * layouts), which is what a 64 KB window catches.
 */

import { wasmCompressor } from './lz4-wasm';

const MIN_MATCH = 4;
/** The format requires the last 5 bytes to be literals and the last match to start 12 before the end. */
const LAST_LITERALS = 5;
const MF_LIMIT = 12;
const MAX_OFFSET = 65535;
/**
 * 65536 entries (256 KB). On 5.5 MB of the bench's CSV text (one chunk's worth): 14 bits compressed
 * as fast at a 1% worse ratio, 12 bits (the reference encoder's default) ~10% slower at 5% worse.
 */
const HASH_LOG = 16;
/** Knuth's multiplicative constant 2654435761 as an int32. */
const HASH_MUL = -1640531535;

// Positions + 1, so that a zeroed table means "nothing seen"; shared because compression is
// synchronous and allocating it per call would dominate small inputs.
const table = new Int32Array(1 << HASH_LOG);
/**
 * Output is written here and copied out at its final size: a fresh worst-case buffer per chunk
 * (over a megabyte, zero-filled) went to the large-object space and drew extra major GCs.
 */
let scratch = new Uint8Array(0);

function hash(seq: number): number {
  return Math.imul(seq, HASH_MUL) >>> (32 - HASH_LOG);
}

function writeLength(out: Uint8Array, op: number, extra: number): number {
  while (extra >= 255) {
    out[op++] = 255;
    extra -= 255;
  }
  out[op++] = extra;
  return op;
}

function writeLiterals(
  out: Uint8Array,
  op: number,
  src: Uint8Array,
  from: number,
  to: number,
): number {
  const len = to - from;
  if (len > 32) {
    out.set(src.subarray(from, to), op);
    return op + len;
  }
  for (let i = from; i < to; i++) out[op++] = src[i];
  return op;
}

/**
 * Compresses `src` into one LZ4 block; decompressing needs the original length. In WebAssembly
 * where the browser allows it (wasm/lz4.as.ts, the same steps, ~2x faster), else in JS.
 */
export function lz4Compress(src: Uint8Array): Uint8Array {
  return wasmCompressor()?.compress(src) ?? lz4CompressJs(src);
}

/** The compressor in JS: the reference for the WebAssembly one, and the fallback. */
export function lz4CompressJs(src: Uint8Array): Uint8Array {
  const n = src.length;
  const bound = n + ((n / 255) | 0) + 16;
  if (scratch.length < bound) scratch = new Uint8Array(Math.max(bound, scratch.length * 2));
  const out = scratch;
  const view = new DataView(src.buffer, src.byteOffset, src.byteLength);
  let op = 0;
  let anchor = 0;
  if (n > MF_LIMIT) {
    table.fill(0);
    const lastMatchStart = n - MF_LIMIT;
    const matchLimit = n - LAST_LITERALS;
    let ip = 0;
    while (ip <= lastMatchStart) {
      const seq = view.getInt32(ip, true);
      const h = hash(seq);
      const ref = table[h] - 1;
      table[h] = ip + 1;
      if (ref < 0 || ip - ref > MAX_OFFSET || view.getInt32(ref, true) !== seq) {
        // Skip faster through text that keeps failing to match, as the reference encoder does.
        ip += 1 + ((ip - anchor) >> 6);
        continue;
      }
      let start = ip;
      let from = ref;
      while (start > anchor && from > 0 && src[start - 1] === src[from - 1]) {
        start--;
        from--;
      }
      let end = ip + MIN_MATCH;
      let r = ref + MIN_MATCH;
      while (end + 4 <= matchLimit && view.getInt32(end, true) === view.getInt32(r, true)) {
        end += 4;
        r += 4;
      }
      while (end < matchLimit && src[end] === src[r]) {
        end++;
        r++;
      }
      const litLen = start - anchor;
      const matchExtra = end - start - MIN_MATCH;
      const tokenAt = op++;
      if (litLen >= 15) op = writeLength(out, op, litLen - 15);
      op = writeLiterals(out, op, src, anchor, start);
      const offset = start - from;
      out[op++] = offset & 255;
      out[op++] = offset >>> 8;
      if (matchExtra >= 15) op = writeLength(out, op, matchExtra - 15);
      out[tokenAt] = (Math.min(litLen, 15) << 4) | Math.min(matchExtra, 15);
      anchor = end;
      ip = end;
      // Seeding the position just before the next one lets runs of similar lines chain matches.
      if (ip - 2 <= lastMatchStart) table[hash(view.getInt32(ip - 2, true))] = ip - 1;
    }
  }
  const litLen = n - anchor;
  out[op++] = Math.min(litLen, 15) << 4;
  if (litLen >= 15) op = writeLength(out, op, litLen - 15);
  op = writeLiterals(out, op, src, anchor, n);
  return out.slice(0, op);
}

/** Inverse of lz4Compress; `size` is the original length. Throws on a corrupt block. */
export function lz4Decompress(src: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  const n = src.length;
  let ip = 0;
  let op = 0;
  while (ip < n) {
    const token = src[ip++];
    let lit = token >>> 4;
    if (lit === 15) {
      let b: number;
      do {
        b = src[ip++];
        lit += b;
      } while (b === 255);
    }
    if (lit > 32) {
      out.set(src.subarray(ip, ip + lit), op);
      op += lit;
      ip += lit;
    } else {
      for (const end = ip + lit; ip < end;) out[op++] = src[ip++];
    }
    if (ip >= n) break;
    const offset = src[ip] | (src[ip + 1] << 8);
    ip += 2;
    let len = token & 15;
    if (len === 15) {
      let b: number;
      do {
        b = src[ip++];
        len += b;
      } while (b === 255);
    }
    len += MIN_MATCH;
    if (offset === 0 || offset > op || op + len > size) throw new Error('Corrupt LZ4 block');
    let from = op - offset;
    if (offset >= len && len > 32) {
      out.copyWithin(op, from, from + len);
      op += len;
    } else {
      // Overlapping copies repeat the last `offset` bytes, so they must go byte by byte.
      for (const end = op + len; op < end;) out[op++] = out[from++];
    }
  }
  if (op !== size || ip !== n) throw new Error('Corrupt LZ4 block');
  return out;
}

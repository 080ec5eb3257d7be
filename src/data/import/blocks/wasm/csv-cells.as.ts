// AssemblyScript, compiled by `npm run build:wasm` into csv-cells.wasm.ts: finds the cells of one
// CSV row of a block, for the byte path (../csv-bytes.ts), whose JS scan it matches exactly (the
// tests hold them to the same cells, lines and issues). The block is read in windows of 64 bytes
// turned into bit masks with WebAssembly SIMD, so a cell's end, or an escaped quote, is one ctz. The
// JS scan cost a block worker ~1.2 us per event of the benchmark's export in Chromium.

import { alloc } from '../../../wasm/heap.as';
import { codeFields } from './csv-columns.as';

const QUOTE: u32 = 34;
const COMMA: u32 = 44;
const LF: u32 = 10;
const CR: u32 = 13;
const ESCAPED: u8 = 1;
const NEWLINE: u8 = 2;

let block: usize = 0;
let blockCap: i32 = 0;
let len: i32 = 0;
/** Per cell: start, end (i32 each), flags (u8). */
let starts: usize = 0;
let ends: usize = 0;
let flags: usize = 0;
let cellCap: i32 = 0;
/**
 * After row(): [next position, blank lines skipped, newlines inside cells, malformed, unterminated,
 * cell capacity].
 */
let out: usize = 0;

function cells(cap: i32): void {
  const s = alloc(cap * 4);
  const e = alloc(cap * 4);
  const f = alloc(cap);
  if (cellCap > 0) {
    memory.copy(s, starts, <usize>(cellCap * 4));
    memory.copy(e, ends, <usize>(cellCap * 4));
    memory.copy(f, flags, <usize>cellCap);
  }
  starts = s;
  ends = e;
  flags = f;
  cellCap = cap;
  // Tells the caller its views of the cells are stale.
  store<i32>(out, cap, 20);
}

/** Where to write a block of `n` bytes. */
export function blockAt(n: i32): usize {
  if (out == 0) {
    out = alloc(32);
    cells(256);
  }
  if (n > blockCap) {
    // Blocks come one at a time, of about one size: some slack, not doubling.
    blockCap = n + (n >> 3);
    // Slack for a window's vector reads past the end (never used).
    block = alloc(blockCap + 64);
  }
  len = n;
  // The masks were of the last block.
  w = -64;
  return block;
}

export function startsAt(): usize {
  return starts;
}
export function endsAt(): usize {
  return ends;
}
export function flagsAt(): usize {
  return flags;
}
export function outAt(): usize {
  return out;
}

/** How many bytes of the block from its start are ASCII (for the byte path's UTF-8 check). */
export function asciiLength(): i32 {
  let at: i32 = 0;
  while (at + 64 <= len) {
    const p = block + <usize>at;
    const x = v128.or(
      v128.or(v128.load(p), v128.load(p, 16)),
      v128.or(v128.load(p, 32), v128.load(p, 48)),
    );
    if (i8x16.bitmask(x) != 0) break;
    at += 64;
  }
  while (at < len && <u32>load<u8>(block + at) < 0x80) at++;
  return at;
}

/**
 * A window of 64 bytes of the block from `w`, as bit masks (bit k: byte w + k) of its commas,
 * newlines and quotes, found 16 bytes at a time with WebAssembly SIMD once for all the cells in
 * the window (most are short or empty), so that a cell's end is one ctz. Bits from `len` on are
 * clear.
 */
let w: i32 = 0;
const ALL: u64 = 0xffffffffffffffff;
let sepMask: u64 = 0;
let lfMask: u64 = 0;
let quoteMask: u64 = 0;
let quotedMask: u64 = 0;

/** The bits of the 16 bytes `v` equal to `c`, shifted to `shift`. */
function bits(v: v128, c: v128, shift: u64): u64 {
  const b: u32 = <u32>i8x16.bitmask(i8x16.eq(v, c));
  return (<u64>b) << shift;
}

function fill(at: i32): void {
  w = at;
  const p = block + <usize>at;
  const comma = i8x16.splat(<i8>COMMA);
  const lf = i8x16.splat(<i8>LF);
  const quote = i8x16.splat(<i8>QUOTE);
  const v0 = v128.load(p);
  const v1 = v128.load(p, 16);
  const v2 = v128.load(p, 32);
  const v3 = v128.load(p, 48);
  let c = bits(v0, comma, 0) | bits(v1, comma, 16) | bits(v2, comma, 32) | bits(v3, comma, 48);
  let l = bits(v0, lf, 0) | bits(v1, lf, 16) | bits(v2, lf, 32) | bits(v3, lf, 48);
  let q = bits(v0, quote, 0) | bits(v1, quote, 16) | bits(v2, quote, 32) | bits(v3, quote, 48);
  const left = len - at;
  if (left < 64) {
    const keep = ((<u64>1) << (<u64>left)) - 1;
    c &= keep;
    l &= keep;
    q &= keep;
  }
  sepMask = c | l;
  lfMask = l;
  quoteMask = q;
  quotedMask = q | l;
}

/** Whether byte `at` is outside the window. */
function outside(at: i32): bool {
  return <u32>at - <u32>w >= 64;
}

/** The window's mask bits from byte `at` (in the window) on. */
function from(at: i32): u64 {
  const k: u64 = <u64>at - <u64>w;
  return ALL << k;
}

/** The first position from `at` holding a comma or a newline, or len. */
function plainEnd(at: i32): i32 {
  if (at >= len) return len;
  if (outside(at)) fill(at);
  while (true) {
    const m = sepMask & from(at);
    if (m != 0) return w + <i32>ctz(m);
    if (w + 64 >= len) return len;
    at = w + 64;
    fill(at);
  }
}

/** The quoted cell's flags and newlines, set by closingQuote. */
let quotedFlags: u8 = 0;
let quotedLines: i32 = 0;

/**
 * The closing quote of the quoted cell whose text starts at `k`, or -1 when the block ends inside
 * it. Walks the window's quotes and newlines: an escaped quote `""` is two adjacent stops.
 */
function closingQuote(k: i32): i32 {
  let f: u8 = 0;
  let lines: i32 = 0;
  while (k < len) {
    if (outside(k)) fill(k);
    let m = quotedMask & from(k);
    while (m != 0) {
      const j = w + <i32>ctz(m);
      if (<u32>load<u8>(block + j) == QUOTE) {
        if (j + 1 >= len || <u32>load<u8>(block + j + 1) != QUOTE) {
          quotedFlags = f;
          quotedLines = lines;
          return j;
        }
        f |= ESCAPED;
        k = j + 2;
        // Both quotes (when the second is past the window, m is left empty anyway).
        m &= m - 1;
        m &= m - 1;
      } else {
        f |= NEWLINE;
        lines++;
        k = j + 1;
        m &= m - 1;
      }
    }
    // No stop left in the window from k: on from its end (or from k, past it).
    if (k < w + 64) k = w + 64;
  }
  return -1;
}

/**
 * The row at `pos` after any blank lines: its cells at startsAt()/endsAt()/flagsAt(), and the
 * figures at outAt(). Returns how many cells, or -1 when only blank lines were left.
 */
export function row(pos: i32): i32 {
  let skipped: i32 = 0;
  while (pos < len) {
    const c = <u32>load<u8>(block + pos);
    if (c == LF) {
      pos++;
      skipped++;
      continue;
    }
    if (c == CR && pos + 1 < len && <u32>load<u8>(block + pos + 1) == LF) {
      pos += 2;
      skipped++;
      continue;
    }
    break;
  }
  store<i32>(out, skipped, 4);
  store<i32>(out, 0, 16);
  if (pos >= len) return -1;
  let count: i32 = 0;
  let extraLines: i32 = 0;
  let malformed: i32 = 0;
  while (true) {
    // Room for a window's cells.
    if (count + 64 > cellCap) cells(cellCap * 2);
    let end: i32;
    const first = pos < len ? <u32>load<u8>(block + pos) : LF;
    if (first == QUOTE) {
      const k = closingQuote(pos + 1);
      if (k < 0) {
        store<i32>(out, 1, 16);
        return count;
      }
      extraLines += quotedLines;
      store<i32>(starts + ((<usize>count) << 2), pos + 1);
      store<i32>(ends + ((<usize>count) << 2), k);
      store<u8>(flags + <usize>count, quotedFlags);
      end = k + 1;
      if (end < len) {
        const next = <u32>load<u8>(block + end);
        const rowEnds = next == CR && end + 1 < len && <u32>load<u8>(block + end + 1) == LF;
        if (next != COMMA && next != LF && !rowEnds) {
          if (malformed == 0) malformed = count + 1;
          end = plainEnd(end);
        }
      }
    } else {
      if (pos < len) {
        // The plain cells that end in the window, one ctz each (most are short or empty); the
        // loop above takes a quoted cell, a cell that ends past the window, or the last one.
        if (outside(pos)) fill(pos);
        const rest = from(pos);
        // Up to the row's end (a newline) or the separator before a quoted cell.
        const stops = (lfMask | (quoteMask & (sepMask << 1))) & rest;
        let m = sepMask & rest;
        if (stops != 0) m &= stops ^ (stops - 1);
        const before = count;
        let e: i32 = 0;
        while (m != 0) {
          e = w + <i32>ctz(m);
          store<i32>(starts + ((<usize>count) << 2), pos);
          const cut = e > pos && <u32>load<u8>(block + e - 1) == CR ? e - 1 : e;
          store<i32>(ends + ((<usize>count) << 2), cut);
          store<u8>(flags + <usize>count, 0);
          count++;
          pos = e + 1;
          m &= m - 1;
        }
        if (count != before && <u32>load<u8>(block + e) == LF) break;
        // Else the cell at pos ends past the window.
        if (count != before) continue;
      }
      end = plainEnd(pos);
      store<i32>(starts + ((<usize>count) << 2), pos);
      const cut = end > pos && <u32>load<u8>(block + end - 1) == CR ? end - 1 : end;
      store<i32>(ends + ((<usize>count) << 2), cut);
      store<u8>(flags + <usize>count, 0);
    }
    count++;
    if (end >= len) {
      pos = len;
      break;
    }
    const c = <u32>load<u8>(block + end);
    if (c == COMMA) {
      pos = end + 1;
      continue;
    }
    pos = c == LF ? end + 1 : end + 2;
    break;
  }
  store<i32>(out, pos);
  store<i32>(out, extraLines, 8);
  store<i32>(out, malformed, 12);
  return count;
}

/** The current row's `n` field cells into their columns, event ev (csv-columns.as.ts). */
export function codeRow(ev: i32, n: i32): void {
  codeFields(ev, n, block, starts, ends, flags);
}

export {
  addGiven,
  addGivenList,
  columnAt,
  columnsReset,
  givenAt,
  hasValue,
  poolAt,
  poolBytes,
} from './csv-columns.as';
export { rangesAt } from './cell-text.as';

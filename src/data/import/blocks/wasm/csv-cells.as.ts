// AssemblyScript, compiled by `npm run build:wasm` into csv-cells.wasm.ts: finds the cells of one
// CSV row of a block, for the byte path (../csv-bytes.ts), whose JS scan it matches exactly (the
// tests hold them to the same cells, lines and issues). Runs of a cell's bytes are skipped eight at
// a time. The JS scan cost a block worker ~1.2 us per event of the benchmark's export in Chromium.

import { alloc } from '../../../wasm/heap.as';
import { zeroBytes } from '../../../wasm/swar.as';

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
    // Eight bytes of slack: word reads may run past the end (never used).
    block = alloc(blockCap + 8);
  }
  len = n;
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
  while (at + 32 <= len) {
    const p = block + <usize>at;
    const x = load<u64>(p) | load<u64>(p, 8) | load<u64>(p, 16) | load<u64>(p, 24);
    if ((x & 0x8080808080808080) != 0) break;
    at += 32;
  }
  while (at < len && <u32>load<u8>(block + at) < 0x80) at++;
  return at;
}

/** The first position from `at` holding a comma or a newline, or len. */
function plainEnd(at: i32): i32 {
  while (at + 8 <= len) {
    const x = load<u64>(block + at);
    const hit = zeroBytes(x ^ 0x2c2c2c2c2c2c2c2c) | zeroBytes(x ^ 0x0a0a0a0a0a0a0a0a);
    if (hit != 0) return at + <i32>(ctz(hit) >> 3);
    at += 8;
  }
  while (at < len) {
    const c = <u32>load<u8>(block + at);
    if (c == COMMA || c == LF) return at;
    at++;
  }
  return len;
}

/** The first position from `at` holding a quote or a newline, or len. */
function quotedStop(at: i32): i32 {
  while (at + 8 <= len) {
    const x = load<u64>(block + at);
    const hit = zeroBytes(x ^ 0x2222222222222222) | zeroBytes(x ^ 0x0a0a0a0a0a0a0a0a);
    if (hit != 0) return at + <i32>(ctz(hit) >> 3);
    at += 8;
  }
  while (at < len) {
    const c = <u32>load<u8>(block + at);
    if (c == QUOTE || c == LF) return at;
    at++;
  }
  return len;
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
    if (count == cellCap) cells(cellCap * 2);
    let end: i32;
    const first = pos < len ? <u32>load<u8>(block + pos) : LF;
    if (first == COMMA) {
      // An empty cell, the commonest in wide exports: no search for its end.
      store<i32>(starts + ((<usize>count) << 2), pos);
      store<i32>(ends + ((<usize>count) << 2), pos);
      store<u8>(flags + <usize>count, 0);
      count++;
      pos++;
      continue;
    }
    if (first == QUOTE) {
      let k = pos + 1;
      let f: u8 = 0;
      while (true) {
        k = quotedStop(k);
        if (k >= len) {
          store<i32>(out, 1, 16);
          return count;
        }
        if (<u32>load<u8>(block + k) == QUOTE) {
          if (k + 1 < len && <u32>load<u8>(block + k + 1) == QUOTE) {
            f |= ESCAPED;
            k += 2;
            continue;
          }
          break;
        }
        f |= NEWLINE;
        extraLines++;
        k++;
      }
      store<i32>(starts + ((<usize>count) << 2), pos + 1);
      store<i32>(ends + ((<usize>count) << 2), k);
      store<u8>(flags + <usize>count, f);
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

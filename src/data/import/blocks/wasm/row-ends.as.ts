// AssemblyScript, compiled by `npm run build:wasm` into row-ends.wasm.ts: finds where CSV rows end
// in a piece of the file, for the splitter (../splitter.ts), whose JS scan it matches exactly (the
// tests hold them to the same blocks). A newline ends a row unless it is inside quotes, so between
// newlines only the parity of the quotes counts. Sixteen bytes at a time (WebAssembly SIMD): a
// vector without a newline is folded into that parity with one popcnt of its quote mask; one with
// newlines gets each byte's quote state from the mask's prefix XOR, so no byte is walked. The JS
// scan, four bytes at a time, cost the import worker ~1.2 us per event of the benchmark's export
// in Chromium; eight bytes at a time in WebAssembly without SIMD, ~0.56 us.

import { alloc } from '../../../wasm/heap.as';

let input: usize = 0;
let inputCap: i32 = 0;
/** Per row end: its offset in the input, and the newlines up to and including it. */
let ends: usize = 0;
let endsCap: i32 = 0;
let quotedAfter: bool = false;
let newlines: i32 = 0;

/** Where to write the next `len` bytes to scan. */
export function inputAt(len: i32): usize {
  if (len > inputCap) {
    inputCap = len + (len >> 3);
    input = alloc(inputCap + 8);
    // At most one row end per byte.
    endsCap = inputCap;
    ends = alloc(endsCap * 8);
  }
  return input;
}

export function endsAt(): usize {
  return ends;
}

/** Whether the scan ended inside quotes. */
export function inQuotes(): bool {
  return quotedAfter;
}

/** Newlines in the input, inside quotes or not (for line numbers). */
export function lines(): i32 {
  return newlines;
}

/** Records a newline at `at` (the lf-th), as a row end when it is outside quotes. */
function newline(at: i32, lf: i32, outside: bool, n: i32): i32 {
  if (!outside) return n;
  store<i32>(ends + ((<usize>n) << 3), at);
  store<i32>(ends + ((<usize>n) << 3), lf, 4);
  return n + 1;
}

/**
 * Scans input[0, len), `inQuotesBefore` being the state at its start; returns how many rows end in
 * it, listed at endsAt().
 */
export function scan(len: i32, inQuotesBefore: bool): i32 {
  // Quote state as a mask: all ones inside quotes, so it XORs straight into a vector's states.
  let q: u32 = inQuotesBefore ? 0xffff : 0;
  let lf: i32 = 0;
  let n: i32 = 0;
  let i: i32 = 0;
  const LF = i8x16.splat(0x0a);
  const QUOTE = i8x16.splat(0x22);
  for (; i + 16 <= len; i += 16) {
    const v = v128.load(input + i);
    let nl = <u32>i8x16.bitmask(i8x16.eq(v, LF));
    const qt = <u32>i8x16.bitmask(i8x16.eq(v, QUOTE));
    if (nl == 0) {
      q ^= (0 - (popcnt(qt) & 1)) & 0xffff;
      continue;
    }
    // Bit k: the parity of the quotes at bytes <= k, so the state after byte k.
    let p = qt;
    p ^= p << 1;
    p ^= p << 2;
    p ^= p << 4;
    p ^= p << 8;
    const inside = (p ^ q) & 0xffff;
    do {
      const k = <i32>ctz(nl);
      lf++;
      n = newline(i + k, lf, ((inside >> k) & 1) == 0, n);
      nl &= nl - 1;
    } while (nl != 0);
    q = (0 - ((inside >> 15) & 1)) & 0xffff;
  }
  let quoted = q != 0;
  for (; i < len; i++) {
    const c = load<u8>(input + i);
    if (c == 0x22) quoted = !quoted;
    else if (c == 0x0a) {
      lf++;
      n = newline(i, lf, !quoted, n);
    }
  }
  quotedAfter = quoted;
  newlines = lf;
  return n;
}

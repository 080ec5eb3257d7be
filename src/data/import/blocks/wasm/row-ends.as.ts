// AssemblyScript, compiled by `npm run build:wasm` into row-ends.wasm.ts: finds where CSV rows end
// in a piece of the file, for the splitter (../splitter.ts), whose JS scan it matches exactly (the
// tests hold them to the same blocks). A newline ends a row unless it is inside quotes, so between
// newlines only the parity of the quotes counts: eight bytes at a time, a word without a newline is
// folded into that parity with one popcnt. The JS scan, four bytes at a time, cost the import
// worker ~1.2 us per event of the benchmark's export in Chromium.

import { alloc } from '../../../wasm/heap.as';
import { zeroBytes } from '../../../wasm/swar.as';

let input: usize = 0;
let inputCap: i32 = 0;
/** Per row end: its offset in the input, and the newlines up to and including it. */
let ends: usize = 0;
let endsCap: i32 = 0;
let quoted: bool = false;
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
  return quoted;
}

/** Newlines in the input, inside quotes or not (for line numbers). */
export function lines(): i32 {
  return newlines;
}

/**
 * Scans input[0, len), `inQuotesBefore` being the state at its start; returns how many rows end in
 * it, listed at endsAt().
 */
export function scan(len: i32, inQuotesBefore: bool): i32 {
  let q = inQuotesBefore;
  let lf: i32 = 0;
  let n: i32 = 0;
  let i: i32 = 0;
  for (; i + 8 <= len; i += 8) {
    const x = load<u64>(input + i);
    if (zeroBytes(x ^ 0x0a0a0a0a0a0a0a0a) == 0) {
      if (popcnt(zeroBytes(x ^ 0x2222222222222222)) & 1) q = !q;
      continue;
    }
    for (let k = i; k < i + 8; k++) {
      const c = load<u8>(input + k);
      if (c == 0x22) q = !q;
      else if (c == 0x0a) {
        lf++;
        if (!q) {
          store<i32>(ends + ((<usize>n) << 3), k);
          store<i32>(ends + ((<usize>n) << 3), lf, 4);
          n++;
        }
      }
    }
  }
  for (; i < len; i++) {
    const c = load<u8>(input + i);
    if (c == 0x22) q = !q;
    else if (c == 0x0a) {
      lf++;
      if (!q) {
        store<i32>(ends + ((<usize>n) << 3), i);
        store<i32>(ends + ((<usize>n) << 3), lf, 4);
        n++;
      }
    }
  }
  quoted = q;
  newlines = lf;
  return n;
}

// AssemblyScript, part of the csv-cells module: what the field columns (csv-columns.as.ts) read
// cells with: a quoted cell's text unescaped, a cell's lines, a plain integer's value.

import { alloc } from '../../../wasm/heap.as';

const QUOTE: u8 = 34;
const LF: u8 = 10;
const CR: u8 = 13;

let scratch: usize = 0;
let scratchCap: i32 = 0;
let ranges: usize = 0;
let rangeCap: i32 = 0;

/** Room for `n` [start, end) pairs of the caller's (a list of the text path). */
export function rangesAt(n: i32): usize {
  if (n > rangeCap) {
    rangeCap = max(n, max(64, rangeCap * 2));
    ranges = alloc(rangeCap * 8);
  }
  return ranges;
}

/** Where {@link unescape} put its last cell. */
export function unescaped(): usize {
  return scratch;
}

/** Copies the quoted cell block[s, e) to scratch with each `""` made `"`; returns its length. */
export function unescape(src: usize, s: i32, e: i32): i32 {
  if (e - s > scratchCap) {
    scratchCap = max(e - s, scratchCap * 2);
    scratch = alloc(scratchCap + 8);
  }
  let o: i32 = 0;
  for (let k = s; k < e; k++) {
    const x = load<u8>(src + k);
    store<u8>(scratch + o++, x);
    if (x == QUOTE) k++;
  }
  return o;
}

/** Non-empty lines of src[s, e) (a trailing CR dropped) into ranges; returns how many. */
export function splitLines(src: usize, s: i32, e: i32): i32 {
  let n: i32 = 0;
  let from = s;
  for (;;) {
    let stop = from;
    while (stop < e && load<u8>(src + stop) != LF) stop++;
    const end = stop > from && load<u8>(src + stop - 1) == CR ? stop - 1 : stop;
    if (end > from) {
      const r = rangesAt(n + 1) + ((<usize>n) << 3);
      store<i32>(r, from);
      store<i32>(r, end, 4);
      n++;
    }
    if (stop >= e) break;
    from = stop + 1;
  }
  return n;
}

/**
 * The value of src[0, len) when it spells a plain integer canonically (as String() would: no
 * leading zero, no "-0", at most 16 digits and below 2^53), else NaN: canonicalNumber's fast path
 * (chunk/canonical-number.ts). Other numbers make the column a dictionary here; ColumnBuilder.load
 * tells whether all its values are numbers after all.
 */
export function integerOf(src: usize, len: i32): f64 {
  if (len == 0 || len > 17) return NaN;
  const neg = load<u8>(src) == 45;
  const i: i32 = neg ? 1 : 0;
  if (i >= len || len - i > 16) return NaN;
  const first = <i32>load<u8>(src + i);
  if (first < 48 || first > 57) return NaN;
  let v: i64 = 0;
  for (let k = i; k < len; k++) {
    const d = <i32>load<u8>(src + k) - 48;
    if (<u32>d > 9) return NaN;
    v = v * 10 + d;
  }
  if (v > 9007199254740991) return NaN;
  if ((first == 48 && len - i > 1) || (neg && v == 0)) return NaN;
  return neg ? -(<f64>v) : <f64>v;
}

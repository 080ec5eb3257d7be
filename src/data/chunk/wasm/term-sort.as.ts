// AssemblyScript, part of the term index module (term-index.as.ts): the interned terms' ids in the
// order of their bytes, as ../sort-terms.ts orders them, by a simpler road (any correct sort gives
// that order: the terms are distinct). Byte-wise LSD radix per 4-byte digit, insertion below 32.

import { alloc } from '../../wasm/heap.as';
import { meta, pool, termCount } from './term-intern.as';

/** The sorted ids, one per term. */
export let order: usize = 0;
let orderCap: i32 = 0;

/** Room for the terms' sorted order (an id per term). */
function orderAt(): usize {
  if (termCount > orderCap) {
    orderCap = max(termCount, orderCap * 2);
    order = alloc(orderCap * 4);
  }
  return order;
}

/** Runs this short are ordered by insertion. */
const SMALL_RUN: i32 = 24;

let keys: usize = 0; // u32 per position: the 4-byte digit at the current depth
let keysTmp: usize = 0;
let idsTmp: usize = 0;
let sortCap: i32 = 0;
let counts: usize = 0; // i32[256]

function idAt(i: i32): i32 {
  return load<i32>(order + ((<usize>i) << 2));
}

function keyAt(i: i32): u32 {
  return load<u32>(keys + ((<usize>i) << 2));
}

/** Compares terms a and b from byte `depth` on: bytes, then a proper prefix first. */
function compareFrom(a: i32, b: i32, depth: i32): i32 {
  const ma = meta + ((<usize>a) << 4);
  const mb = meta + ((<usize>b) << 4);
  const la = load<i32>(ma, 4);
  const lb = load<i32>(mb, 4);
  const n = min(la, lb);
  const sa = pool + <usize>load<i32>(ma);
  const sb = pool + <usize>load<i32>(mb);
  for (let k = depth; k < n; k++) {
    const d = <i32>load<u8>(sa + k) - <i32>load<u8>(sb + k);
    if (d != 0) return d;
  }
  return la - lb;
}

function insertionSort(lo: i32, hi: i32, depth: i32): void {
  for (let i = lo + 1; i < hi; i++) {
    const id = idAt(i);
    let j = i - 1;
    while (j >= lo && compareFrom(idAt(j), id, depth) > 0) {
      store<i32>(order + ((<usize>(j + 1)) << 2), idAt(j));
      j--;
    }
    store<i32>(order + ((<usize>(j + 1)) << 2), id);
  }
}

/** Orders (keys, ids)[lo, hi) by key, stably, a byte of the key per pass. */
function sortByKey(lo: i32, hi: i32): void {
  const n = hi - lo;
  if (n <= 32) {
    for (let i = lo + 1; i < hi; i++) {
      const k = keyAt(i);
      const id = idAt(i);
      let j = i - 1;
      while (j >= lo && keyAt(j) > k) {
        store<u32>(keys + ((<usize>(j + 1)) << 2), keyAt(j));
        store<i32>(order + ((<usize>(j + 1)) << 2), idAt(j));
        j--;
      }
      store<u32>(keys + ((<usize>(j + 1)) << 2), k);
      store<i32>(order + ((<usize>(j + 1)) << 2), id);
    }
    return;
  }
  for (let shift: u32 = 0; shift < 32; shift += 8) {
    memory.fill(counts, 0, 1024);
    for (let i = lo; i < hi; i++) {
      const c = counts + ((<usize>((keyAt(i) >> shift) & 255)) << 2);
      store<i32>(c, load<i32>(c) + 1);
    }
    // A byte shared by the whole run orders nothing.
    if (load<i32>(counts + ((<usize>((keyAt(lo) >> shift) & 255)) << 2)) == n) continue;
    let sum = lo;
    for (let d = 0; d < 256; d++) {
      const c = counts + ((<usize>d) << 2);
      const k = load<i32>(c);
      store<i32>(c, sum);
      sum += k;
    }
    for (let i = lo; i < hi; i++) {
      const k = keyAt(i);
      const c = counts + ((<usize>((k >> shift) & 255)) << 2);
      const to = load<i32>(c);
      store<i32>(c, to + 1);
      store<u32>(keysTmp + ((<usize>to) << 2), k);
      store<i32>(idsTmp + ((<usize>to) << 2), idAt(i));
    }
    memory.copy(keys + ((<usize>lo) << 2), keysTmp + ((<usize>lo) << 2), <usize>(n << 2));
    memory.copy(order + ((<usize>lo) << 2), idsTmp + ((<usize>lo) << 2), <usize>(n << 2));
  }
}

function sortRange(lo: i32, hi: i32, depth: i32): void {
  if (hi - lo <= SMALL_RUN) {
    insertionSort(lo, hi, depth);
    return;
  }
  let longest: i32 = 0;
  for (let i = lo; i < hi; i++) {
    const m = meta + ((<usize>idAt(i)) << 4);
    const len = load<i32>(m, 4) - depth;
    if (len > longest) longest = len;
    const at = pool + <usize>(load<i32>(m) + depth);
    let key: u32 = 0;
    if (len >= 4) key = bswap<u32>(load<u32>(at));
    else if (len > 0) {
      key = (<u32>load<u8>(at)) << 24;
      if (len > 1) key |= (<u32>load<u8>(at, 1)) << 16;
      if (len > 2) key |= (<u32>load<u8>(at, 2)) << 8;
    }
    store<u32>(keys + ((<usize>i) << 2), key);
  }
  // Every term ended before this digit: they differ only in trailing zero bytes.
  if (longest <= 0) {
    insertionSort(lo, hi, depth);
    return;
  }
  sortByKey(lo, hi);
  for (let i = lo; i < hi;) {
    let j = i + 1;
    const k = keyAt(i);
    while (j < hi && keyAt(j) == k) j++;
    if (j - i > 1) {
      // Zero padding makes "ab" and "ab\0" tie: such runs are ordered by their bytes and length.
      if (longest <= 4) insertionSort(i, j, depth);
      else sortRange(i, j, depth + 4);
    }
    i = j;
  }
}

/** Writes the term ids, ordered by their bytes, at orderAt(). */
export function sort(): void {
  const n = termCount;
  orderAt();
  if (n > sortCap) {
    sortCap = max(n, sortCap * 2);
    keys = alloc(sortCap * 4);
    keysTmp = alloc(sortCap * 4);
    idsTmp = alloc(sortCap * 4);
  }
  if (counts == 0) counts = alloc(1024);
  for (let i = 0; i < n; i++) store<i32>(order + ((<usize>i) << 2), i);
  sortRange(0, n, 0);
}

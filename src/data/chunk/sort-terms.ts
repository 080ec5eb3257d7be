/**
 * Sorts byte strings (the chunk's terms, UTF-8, whose byte order is code point order) by MSD radix
 * on 4-byte digits with LSD counting passes inside each digit. Comparison sorts took ~25 ms per
 * 32k-term chunk on the target machines (a quarter of the whole import budget); this takes a few.
 */

const SMALL_RUN = 24;
const BUCKETS = 2048;
const counts = new Int32Array(BUCKETS);
let keys = new Uint32Array(1024);
let keysTmp = new Uint32Array(1024);
let idsTmp = new Int32Array(1024);

interface Terms {
  pool: Uint8Array;
  starts: Int32Array;
  lengths: Int32Array;
}

/** Ids 0..n-1 ordered by their bytes, a proper prefix before its extensions. */
export function sortTermIds(pool: Uint8Array, starts: Int32Array, lengths: Int32Array, n: number): Int32Array {
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  if (keys.length < n) {
    keys = new Uint32Array(n);
    keysTmp = new Uint32Array(n);
    idsTmp = new Int32Array(n);
  }
  sortRange({ pool, starts, lengths }, ids, 0, n, 0);
  return ids;
}

function sortRange(t: Terms, ids: Int32Array, lo: number, hi: number, depth: number): void {
  if (hi - lo <= SMALL_RUN) {
    insertionSort(t, ids, lo, hi, depth);
    return;
  }
  const { pool, starts, lengths } = t;
  let longest = 0;
  for (let i = lo; i < hi; i++) {
    const id = ids[i];
    const len = lengths[id] - depth;
    if (len > longest) longest = len;
    const at = starts[id] + depth;
    keys[i] =
      len >= 4
        ? ((pool[at] << 24) | (pool[at + 1] << 16) | (pool[at + 2] << 8) | pool[at + 3]) >>> 0
        : len <= 0
          ? 0
          : ((pool[at] << 24) | (len > 1 ? pool[at + 1] << 16 : 0) | (len > 2 ? pool[at + 2] << 8 : 0)) >>> 0;
  }
  // Every string ended before this digit: they differ only in trailing zero bytes.
  if (longest <= 0) {
    insertionSort(t, ids, lo, hi, depth);
    return;
  }
  radixPass(ids, lo, hi, 0, 0x7ff);
  radixPass(ids, lo, hi, 11, 0x7ff);
  radixPass(ids, lo, hi, 22, 0x3ff);
  if (longest <= 4) {
    // Zero padding makes "ab" and "ab\0" tie; they are ordered by length within such a run.
    for (let i = lo; i < hi; ) {
      let j = i + 1;
      while (j < hi && keys[j] === keys[i]) j++;
      if (j - i > 1) insertionSort(t, ids, i, j, depth);
      i = j;
    }
    return;
  }
  for (let i = lo; i < hi; ) {
    let j = i + 1;
    while (j < hi && keys[j] === keys[i]) j++;
    if (j - i > 1) sortRange(t, ids, i, j, depth + 4);
    i = j;
  }
}

/** One stable counting pass over (keys, ids)[lo, hi) on bits shift..shift+width. */
function radixPass(ids: Int32Array, lo: number, hi: number, shift: number, mask: number): void {
  counts.fill(0, 0, mask + 1);
  for (let i = lo; i < hi; i++) counts[(keys[i] >>> shift) & mask]++;
  // A digit shared by the whole run orders nothing.
  if (counts[(keys[lo] >>> shift) & mask] === hi - lo) return;
  let sum = lo;
  for (let d = 0; d <= mask; d++) {
    const c = counts[d];
    counts[d] = sum;
    sum += c;
  }
  for (let i = lo; i < hi; i++) {
    const k = keys[i];
    const to = counts[(k >>> shift) & mask]++;
    keysTmp[to] = k;
    idsTmp[to] = ids[i];
  }
  keys.set(keysTmp.subarray(lo, hi), lo);
  ids.set(idsTmp.subarray(lo, hi), lo);
}

function compareFrom(t: Terms, a: number, b: number, depth: number): number {
  const { pool, starts, lengths } = t;
  const la = lengths[a];
  const lb = lengths[b];
  const n = Math.min(la, lb);
  const sa = starts[a];
  const sb = starts[b];
  for (let k = depth; k < n; k++) {
    const d = pool[sa + k] - pool[sb + k];
    if (d !== 0) return d;
  }
  return la - lb;
}

function insertionSort(t: Terms, ids: Int32Array, lo: number, hi: number, depth: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const id = ids[i];
    let j = i - 1;
    while (j >= lo && compareFrom(t, ids[j], id, depth) > 0) {
      ids[j + 1] = ids[j];
      j--;
    }
    ids[j + 1] = id;
  }
}

/**
 * Sorts byte strings (the chunk's terms, UTF-8, whose byte order is code point order) by MSD radix
 * on 4-byte digits with LSD counting passes inside each digit. Comparison sorts took ~25 ms per
 * 32k-term chunk on the target machines (a quarter of the whole import budget); this takes a few.
 */

const SMALL_RUN = 24;
/**
 * Below this a run is ordered by the engine's native sort of (digit, position) packed in a double:
 * the radix passes' 6k bucket scans would cost more than they save.
 */
const RADIX_RUN = 1024;
const BUCKETS = 2048;
const counts = new Int32Array(BUCKETS);
let keys = new Uint32Array(1024);
let keysTmp = new Uint32Array(1024);
let idsTmp = new Int32Array(1024);
let packed = new Float64Array(1024);
/** The result's buffer, reused: the caller reads it before sorting again. */
let order = new Int32Array(1024);

interface Terms {
  pool: Uint8Array;
  /** Per id, at id * 4: pool start, byte length (then fields the sort ignores). */
  meta: Int32Array;
}

/**
 * Ids 0..n-1 ordered by their bytes, a proper prefix before its extensions. The array is valid
 * until the next call.
 */
export function sortTermIds(pool: Uint8Array, meta: Int32Array, n: number): Int32Array {
  if (order.length < n) order = new Int32Array(Math.max(n, order.length * 2));
  const ids = order.subarray(0, n);
  for (let i = 0; i < n; i++) ids[i] = i;
  if (keys.length < n) {
    keys = new Uint32Array(n);
    keysTmp = new Uint32Array(n);
    idsTmp = new Int32Array(n);
  }
  if (packed.length < Math.min(n, RADIX_RUN)) packed = new Float64Array(RADIX_RUN);
  sortRange({ pool, meta }, ids, 0, n, 0);
  return ids;
}

function sortRange(t: Terms, ids: Int32Array, lo: number, hi: number, depth: number): void {
  if (hi - lo <= SMALL_RUN) {
    insertionSort(t, ids, lo, hi, depth);
    return;
  }
  const { pool, meta } = t;
  let longest = 0;
  for (let i = lo; i < hi; i++) {
    const m = ids[i] << 2;
    const len = meta[m + 1] - depth;
    if (len > longest) longest = len;
    const at = meta[m] + depth;
    keys[i] =
      len >= 4
        ? ((pool[at] << 24) | (pool[at + 1] << 16) | (pool[at + 2] << 8) | pool[at + 3]) >>> 0
        : len <= 0
          ? 0
          : ((pool[at] << 24) |
              (len > 1 ? pool[at + 1] << 16 : 0) |
              (len > 2 ? pool[at + 2] << 8 : 0)) >>>
            0;
  }
  // Every string ended before this digit: they differ only in trailing zero bytes.
  if (longest <= 0) {
    insertionSort(t, ids, lo, hi, depth);
    return;
  }
  if (hi - lo < RADIX_RUN) nativeSort(ids, lo, hi);
  else {
    radixPass(ids, lo, hi, 0, 0x7ff);
    radixPass(ids, lo, hi, 11, 0x7ff);
    radixPass(ids, lo, hi, 22, 0x3ff);
  }
  if (longest <= 4) {
    // Zero padding makes "ab" and "ab\0" tie; they are ordered by length within such a run.
    for (let i = lo; i < hi;) {
      let j = i + 1;
      while (j < hi && keys[j] === keys[i]) j++;
      if (j - i > 1) insertionSort(t, ids, i, j, depth);
      i = j;
    }
    return;
  }
  for (let i = lo; i < hi;) {
    let j = i + 1;
    while (j < hi && keys[j] === keys[i]) j++;
    if (j - i > 1) sortRange(t, ids, i, j, depth + 4);
    i = j;
  }
}

/** Orders (keys, ids)[lo, hi) by key; digit * 2^21 + offset is exact in a double. */
function nativeSort(ids: Int32Array, lo: number, hi: number): void {
  const n = hi - lo;
  const sorted = packed.subarray(0, n);
  for (let i = 0; i < n; i++) sorted[i] = keys[lo + i] * 2097152 + i;
  sorted.sort();
  for (let i = 0; i < n; i++) {
    const from = sorted[i] % 2097152;
    keysTmp[lo + i] = keys[lo + from];
    idsTmp[lo + i] = ids[lo + from];
  }
  keys.set(keysTmp.subarray(lo, hi), lo);
  ids.set(idsTmp.subarray(lo, hi), lo);
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
  const { pool, meta } = t;
  const la = meta[(a << 2) + 1];
  const lb = meta[(b << 2) + 1];
  const n = Math.min(la, lb);
  const sa = meta[a << 2];
  const sb = meta[b << 2];
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

import type { ColumnRecord, ColumnTally } from './records';

/**
 * How often each value of each field occurs in one chunk, counted at import as the columns are
 * encoded, so completion after `field=` merges these instead of reading every chunk's column. A field whose values fit the bounds below is listed whole (exact counts of every
 * value); any other field lists only its most frequent values (exact counts for those, but
 * other values are left out), or nothing. Each value counts once per occurrence: an event whose
 * list holds it twice counts twice, as a column read counts it.
 *
 * Plain structured-clone data (one string and typed arrays), kept in the chunk's row and read
 * with the chunk list, so it stays small and costs one copy to read.
 */
export interface ChunkValueCounts {
  /** The fields with a list, in the chunk's column order. */
  fields: string[];
  /** Per field: 1 when its list holds every value the field has in the chunk. */
  whole: Uint8Array;
  /** Per field k, its entries are [starts[k], starts[k + 1]). */
  starts: Uint16Array;
  /** Per entry: the events (value occurrences) with that value in the chunk. */
  counts: Uint16Array | Uint32Array;
  /** Per entry: where its value ends in `text` (it starts where the entry before ends). */
  ends: Uint16Array;
  /** The values, one after the other. */
  text: string;
}

/** A field is listed whole only with at most this many distinct values in the chunk. */
export const WHOLE_MAX_VALUES = 1024;
/**
 * Entries of whole lists, and characters of all values, a chunk keeps at most (so the offsets
 * fit 16 bits and a chunk's counts stay a few tens of kilobytes).
 */
const MAX_ENTRIES = 4096;
const MAX_CHARS = 49_152;
/** Entries of all lists, whole or not. */
const MAX_ALL_ENTRIES = 8192;
/** A field not listed whole keeps its most frequent values, each of at most this length. */
export const TOP_PER_CHUNK = 32;
const TOP_VALUE_MAX_CHARS = 256;

/**
 * A stored column's tally, counted from the record (a chunk upgraded from version 5, tests); the
 * import gets the same tally from encoding (`ColumnBuilder.encode`), in the same order: a
 * dictionary's values as stored, numbers in the order they first occur.
 */
export function tallyColumn(c: ColumnRecord): ColumnTally {
  if (c.kind === 'dict') {
    // A dense column without lists marks an event lacking the field with the code dict.length.
    const counts = new Uint32Array(c.dict.length + 1);
    const { codes } = c;
    for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
    return { name: c.name, values: c.dict, counts: counts.subarray(0, c.dict.length) };
  }
  // NaN marks an event lacking the field (no stored number is NaN).
  const byNumber = new Map<number, number>();
  const values: string[] = [];
  const counts: number[] = [];
  for (const n of c.numbers) {
    if (Number.isNaN(n)) continue;
    const at = byNumber.get(n);
    if (at !== undefined) counts[at]++;
    else {
      byNumber.set(n, values.length);
      values.push(String(n));
      counts.push(1);
    }
  }
  return { name: c.name, values, counts: Uint32Array.from(counts) };
}

/** Characters of a tally's values. */
function charsOf(t: ColumnTally): number {
  let chars = 0;
  for (let e = 0; e < t.values.length; e++) chars += t.values[e].length;
  return chars;
}

/** The entries with the `k` largest counts (ties: the first entries), in entry order. */
function topEntries(counts: Uint32Array, k: number): number[] {
  const n = counts.length;
  let max = 0;
  for (let e = 0; e < n; e++) if (counts[e] > max) max = counts[e];
  // The k-th largest count, from a histogram of the counts (most are small) or else a sort; and
  // how many entries count more.
  let threshold: number;
  let above = 0;
  if (max <= 4 * n) {
    const histogram = new Uint32Array(max + 1);
    for (let e = 0; e < n; e++) histogram[counts[e]]++;
    for (threshold = max; threshold > 1 && above + histogram[threshold] < k; threshold--)
      above += histogram[threshold];
  } else {
    threshold = Math.max(1, Uint32Array.from(counts).sort()[Math.max(0, n - k)]);
    for (let e = 0; e < n; e++) if (counts[e] > threshold) above++;
  }
  let ties = k - above;
  const out: number[] = [];
  for (let e = 0; e < n; e++) {
    if (counts[e] > threshold || (counts[e] === threshold && ties-- > 0)) out.push(e);
  }
  return out;
}

/**
 * Each column's values with their counts, from the tallies of its columns. Fields with the fewest
 * distinct values are listed whole first, while the chunk's bounds allow; the others then get
 * their most frequent values while characters remain.
 */
export function countChunkValues(tallies: readonly ColumnTally[]): ChunkValueCounts {
  // Every value a tally holds occurs (encoding keeps no value that does not).
  const bySize = tallies
    .map((_, i) => i)
    .sort((a, b) => tallies[a].values.length - tallies[b].values.length || a - b);
  const picked: (number[] | null)[] = tallies.map(() => null);
  const whole = new Uint8Array(tallies.length);
  let entries = 0;
  let chars = 0;
  for (const i of bySize) {
    const n = tallies[i].values.length;
    if (n > WHOLE_MAX_VALUES || entries + n > MAX_ENTRIES) continue;
    const length = charsOf(tallies[i]);
    if (chars + length > MAX_CHARS) continue;
    const all = new Array<number>(n);
    for (let e = 0; e < n; e++) all[e] = e;
    picked[i] = all;
    whole[i] = 1;
    entries += n;
    chars += length;
  }
  for (const i of bySize) {
    if (whole[i] || tallies[i].values.length === 0) continue;
    const top: number[] = [];
    for (const e of topEntries(tallies[i].counts, TOP_PER_CHUNK)) {
      const v = tallies[i].values[e];
      if (v.length > TOP_VALUE_MAX_CHARS || chars + v.length > MAX_CHARS) continue;
      if (entries >= MAX_ALL_ENTRIES) break;
      entries++;
      top.push(e);
      chars += v.length;
    }
    if (top.length > 0) picked[i] = top;
  }
  return pack(tallies, picked, whole);
}

function pack(
  tallies: readonly ColumnTally[],
  picked: readonly (number[] | null)[],
  wholeByColumn: Uint8Array,
): ChunkValueCounts {
  const fields: string[] = [];
  const whole: number[] = [];
  const starts: number[] = [0];
  const counts: number[] = [];
  const ends: number[] = [];
  const text: string[] = [];
  let at = 0;
  tallies.forEach((t, i) => {
    const entries = picked[i];
    if (!entries) return;
    fields.push(t.name);
    whole.push(wholeByColumn[i]);
    for (const e of entries) {
      if (t.counts[e] === 0) continue;
      const v = t.values[e];
      text.push(v);
      at += v.length;
      ends.push(at);
      counts.push(t.counts[e]);
    }
    starts.push(counts.length);
  });
  const maxCount = counts.reduce((m, n) => Math.max(m, n), 0);
  return {
    fields,
    whole: Uint8Array.from(whole),
    starts: Uint16Array.from(starts),
    counts: maxCount < 65536 ? Uint16Array.from(counts) : Uint32Array.from(counts),
    ends: Uint16Array.from(ends),
    text: text.join(''),
  };
}

/** Where a field's list sits in a chunk's counts, or null when the chunk keeps none for it. */
export function listOf(vc: ChunkValueCounts, field: string): { k: number; whole: boolean } | null {
  const k = vc.fields.indexOf(field);
  return k < 0 ? null : { k, whole: vc.whole[k] === 1 };
}

/** Calls `fn` with each value of the k-th list and its count. */
export function forEachValue(
  vc: ChunkValueCounts,
  k: number,
  fn: (value: string, count: number) => void,
): void {
  const { text, ends, counts } = vc;
  const to = vc.starts[k + 1];
  let e = vc.starts[k];
  let start = e === 0 ? 0 : ends[e - 1];
  for (; e < to; e++) {
    fn(text.slice(start, ends[e]), counts[e]);
    start = ends[e];
  }
}

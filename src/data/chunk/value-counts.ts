import type { ColumnRecord, ColumnsRecord } from './records';

/**
 * How often each value of each field occurs in one chunk, counted at import from the columns
 * just encoded, so completion after `field=` merges these instead of reading every chunk's
 * column. A field whose values fit the bounds below is listed whole (exact counts of every
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

/** One column's distinct values (entries) and their occurrences; value strings made on demand. */
interface Tally {
  name: string;
  counts: Uint32Array;
  value(entry: number): string;
}

/** Every value of a column with its occurrences. */
function tallyColumn(c: ColumnRecord): Tally {
  if (c.kind === 'dict') {
    // A dense column without lists marks an event lacking the field with the code dict.length.
    const perCode = new Uint32Array(c.dict.length + 1);
    const { codes } = c;
    for (let i = 0; i < codes.length; i++) perCode[codes[i]]++;
    const used: number[] = [];
    for (let k = 0; k < c.dict.length; k++) if (perCode[k] > 0) used.push(k);
    const { dict } = c;
    return {
      name: c.name,
      counts: Uint32Array.from(used, (k) => perCode[k]),
      value: (e) => dict[used[e]],
    };
  }
  // Sorted, equal numbers are neighbours: counted without a map and without a string each (a
  // column of ids has thousands of distinct numbers a chunk). NaN marks an event lacking the
  // field (no stored number is NaN) and sorts last.
  const sorted = Float64Array.from(c.numbers).sort();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length && !Number.isNaN(sorted[i]); i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]++;
    else {
      distinct.push(sorted[i]);
      counts.push(1);
    }
  }
  return { name: c.name, counts: Uint32Array.from(counts), value: (e) => String(distinct[e]) };
}

/** The entries with the `k` largest counts (ties: the first entries), in entry order. */
function topEntries(counts: Uint32Array, k: number): number[] {
  if (counts.length <= k) return Array.from(counts, (_, e) => e);
  const threshold = Uint32Array.from(counts).sort()[counts.length - k];
  let above = 0;
  for (const n of counts) if (n > threshold) above++;
  let ties = k - above;
  const out: number[] = [];
  for (let e = 0; e < counts.length; e++) {
    if (counts[e] > threshold || (counts[e] === threshold && ties-- > 0)) out.push(e);
  }
  return out;
}

/**
 * Counts every column's values. Fields with the fewest distinct values are listed whole first,
 * while the chunk's bounds allow; the others then get their most frequent values while
 * characters remain.
 */
export function countChunkValues(rec: ColumnsRecord): ChunkValueCounts {
  const tallies = rec.columns.map(tallyColumn);
  const bySize = tallies
    .map((_, i) => i)
    .sort((a, b) => tallies[a].counts.length - tallies[b].counts.length || a - b);
  const chosen: (string[] | null)[] = tallies.map(() => null);
  const picked: (number[] | null)[] = tallies.map(() => null);
  const whole = new Uint8Array(tallies.length);
  let entries = 0;
  let chars = 0;
  for (const i of bySize) {
    const t = tallies[i];
    const n = t.counts.length;
    if (n > WHOLE_MAX_VALUES || entries + n > MAX_ENTRIES) continue;
    const values = Array.from({ length: n }, (_, e) => t.value(e));
    let length = 0;
    for (const v of values) length += v.length;
    if (chars + length > MAX_CHARS) continue;
    chosen[i] = values;
    picked[i] = values.map((_, e) => e);
    whole[i] = 1;
    entries += n;
    chars += length;
  }
  for (const i of bySize) {
    if (whole[i]) continue;
    const values: string[] = [];
    const entriesOf: number[] = [];
    for (const e of topEntries(tallies[i].counts, TOP_PER_CHUNK)) {
      const v = tallies[i].value(e);
      if (v.length > TOP_VALUE_MAX_CHARS || chars + v.length > MAX_CHARS) continue;
      if (entries >= MAX_ALL_ENTRIES) break;
      entries++;
      values.push(v);
      entriesOf.push(e);
      chars += v.length;
    }
    if (values.length > 0) {
      chosen[i] = values;
      picked[i] = entriesOf;
    }
  }
  return pack(tallies, chosen, picked, whole);
}

function pack(
  tallies: readonly Tally[],
  chosen: readonly (string[] | null)[],
  picked: readonly (number[] | null)[],
  wholeByColumn: Uint8Array,
): ChunkValueCounts {
  const fields: string[] = [];
  const whole: number[] = [];
  const starts: number[] = [0];
  const counts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  tallies.forEach((t, i) => {
    const values = chosen[i];
    const entries = picked[i];
    if (!values || !entries) return;
    fields.push(t.name);
    whole.push(wholeByColumn[i]);
    values.forEach((v, j) => {
      at += v.length;
      ends.push(at);
      counts.push(t.counts[entries[j]]);
    });
    starts.push(counts.length);
  });
  const maxCount = counts.reduce((m, n) => Math.max(m, n), 0);
  return {
    fields,
    whole: Uint8Array.from(whole),
    starts: Uint16Array.from(starts),
    counts: maxCount < 65536 ? Uint16Array.from(counts) : Uint32Array.from(counts),
    ends: Uint16Array.from(ends),
    text: chosen.flatMap((v) => v ?? []).join(''),
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

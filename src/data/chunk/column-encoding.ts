import { CHUNK_EVENTS } from './constants';
import type { CodeArray, ColumnRecord } from './records';

/** Where each slot's values start and which slots were lists (only once a field had a list). */
export interface SlotLists {
  offsets: Uint32Array;
  lists: Uint8Array;
}

/** What the encoder needs from a ColumnBuilder. */
export interface ColumnValues {
  name: string;
  rows: Uint16Array;
  slots: number;
  /** Per value position when every value is a canonical number, else null. */
  numbers: Float64Array | null;
  /** Without numbers: the dictionary and a code per value position. */
  dict: string[];
  codes: Uint32Array;
  valueCount: number;
  multi: SlotLists | null;
}

/** Rough bytes a dictionary string costs once serialised (its text plus tag and length). */
const STRING_OVERHEAD = 3;

function codeWidth(distinct: number): number {
  return distinct <= 256 ? 1 : distinct <= 65536 ? 2 : 4;
}

function codeArray(distinct: number, n: number): CodeArray {
  const w = codeWidth(distinct);
  return w === 1 ? new Uint8Array(n) : w === 2 ? new Uint16Array(n) : new Uint32Array(n);
}

interface Dictionary {
  values: string[];
  codes: Uint32Array;
  /** Per entry, when the column is numeric. */
  numbers: Float64Array | null;
  int32: boolean;
}

// numericDictionary's table, kept between columns: per slot a code + 1 (0: empty).
let slotsOf = new Int32Array(1024);
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * A numeric column's distinct numbers in order of first appearance, as dictionary strings and
 * codes. An open-addressing table over typed arrays: a Map with number keys cost a block worker
 * ~0.3 us per event at import (ids and byte counts are mostly distinct per chunk). Values are
 * finite and never -0 (canonical), so `===` is the Map's equality.
 */
function numericDictionary(numbers: Float64Array, valueCount: number): Dictionary {
  const codes = new Uint32Array(valueCount);
  const distinct = new Float64Array(valueCount);
  let size = 1024;
  while (size < 2 * valueCount) size *= 2;
  if (slotsOf.length < size) slotsOf = new Int32Array(size);
  const table = slotsOf;
  table.fill(0, 0, size);
  const mask = size - 1;
  let count = 0;
  let int32 = true;
  for (let k = 0; k < valueCount; k++) {
    const n = numbers[k];
    let h: number;
    if ((n | 0) === n) h = Math.imul(n, -1640531535);
    else {
      bits[0] = n;
      h = Math.imul(words[0] ^ Math.imul(words[1], -2048144789), -1640531535);
    }
    let slot = (h ^ (h >>> 15)) & mask;
    let code = -1;
    for (let e = table[slot]; e !== 0; e = table[slot]) {
      if (distinct[e - 1] === n) {
        code = e - 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (code < 0) {
      code = count++;
      distinct[code] = n;
      table[slot] = code + 1;
      if (int32 && (n | 0) !== n) int32 = false;
    }
    codes[k] = code;
  }
  const values = new Array<string>(count);
  for (let c = 0; c < count; c++) values[c] = String(distinct[c]);
  return { values, codes, numbers: distinct.slice(0, count), int32 };
}

/** Hears a column's distinct values and how often each occurs (value-counts.ts). */
export type TallySink = (values: readonly string[], counts: Uint32Array) => void;

/**
 * Encodes one column in whichever of {dictionary, numbers} x {dense, sparse} is smallest (numbers
 * only when every value is canonical; on a tie numbers, then dense). Sparse wins below roughly a
 * third to a half of the events, depending on code width; a low-cardinality numeric field such as
 * dest_port stays a dictionary (1 B per event rather than 4). Readers must handle every form in
 * any chunk anyway, since one odd value turns a chunk's column into strings. `tally` gets the
 * count of each distinct value, from the codes at hand here (one pass over a Uint32Array).
 */
export function encodeColumn(c: ColumnValues, count: number, tally?: TallySink): ColumnRecord {
  const d: Dictionary = c.numbers
    ? numericDictionary(c.numbers, c.valueCount)
    : { values: c.dict, codes: c.codes, numbers: null, int32: false };
  if (tally) {
    const counts = new Uint32Array(d.values.length);
    const { codes } = d;
    for (let k = 0; k < c.valueCount; k++) counts[codes[k]]++;
    tally(d.values, counts);
  }
  const present = c.slots;
  const distinct = d.values.length;
  const multi = c.multi !== null;
  const missing = present < count;
  const listBytes = (slots: number) => (multi ? 4 * (slots + 1) + ((slots + 7) >>> 3) : 0);
  let dictBytes = STRING_OVERHEAD * distinct;
  for (const v of d.values) dictBytes += v.length;
  const w = codeWidth(distinct);
  const dictDense =
    listBytes(count) + (multi ? c.valueCount * w : count * codeWidth(distinct + 1)) + dictBytes;
  const dictSparse = 2 * present + listBytes(present) + c.valueCount * w + dictBytes;

  const { numbers } = d;
  if (numbers) {
    const nw = d.int32 ? 4 : 8;
    const numDense = listBytes(count) + (multi ? c.valueCount * nw : count * (missing ? 8 : nw));
    const numSparse = 2 * present + listBytes(present) + c.valueCount * nw;
    if (Math.min(numDense, numSparse) <= Math.min(dictDense, dictSparse)) {
      const dense = numDense <= numSparse;
      const perEvent = dense && !multi;
      const n = perEvent ? count : c.valueCount;
      // Int32Array has no spare value to mark an absent event; NaN does that in Float64Array.
      const out = d.int32 && !(perEvent && missing) ? new Int32Array(n) : new Float64Array(n);
      out.set(spreadNumbers(c, d.codes, perEvent, n, numbers));
      return { ...layout(c, count, dense), kind: 'number', numbers: out };
    }
  }
  const dense = dictDense <= dictSparse;
  // Dense without lists keeps one entry per event, the code `distinct` marking an absent one.
  const perEvent = dense && !multi;
  const n = perEvent ? count : c.valueCount;
  const codes = codeArray(perEvent ? distinct + 1 : distinct, n);
  codes.set(spreadCodes(c, d.codes, perEvent, n, distinct));
  return { ...layout(c, count, dense), kind: 'dict', dict: d.values, codes };
}

interface Layouted {
  name: string;
  rows?: Uint16Array;
  offsets?: Uint32Array;
  lists?: Uint8Array;
}

function layout(c: ColumnValues, count: number, dense: boolean): Layouted {
  const { multi } = c;
  if (!dense) {
    const rows = c.rows.slice(0, c.slots);
    if (!multi) return { name: c.name, rows };
    const offsets = multi.offsets.slice(0, c.slots + 1);
    return { name: c.name, rows, offsets, lists: multi.lists.slice(0, (c.slots + 7) >>> 3) };
  }
  if (!multi) return { name: c.name };
  // Per-event offsets; an event without the field holds no values and no list bit.
  const offsets = new Uint32Array(count + 1);
  const lists = new Uint8Array((count + 7) >>> 3);
  let slot = 0;
  for (let ev = 0; ev < count; ev++) {
    if (slot < c.slots && c.rows[slot] === ev) {
      offsets[ev + 1] = multi.offsets[slot + 1];
      if (multi.lists[slot >>> 3] & (1 << (slot & 7))) lists[ev >>> 3] |= 1 << (ev & 7);
      slot++;
    } else {
      offsets[ev + 1] = offsets[ev];
    }
  }
  return { name: c.name, offsets, lists };
}

// Scratch for the spreads below, kept between columns. Filling the stored array itself (five
// kinds, through a callback) made one function see them all, and V8 deoptimised it each time
// another kind came (and the encoder it was inlined in); the copy into the stored array is a
// builtin's conversion, with no type feedback to go stale. Sized for a usual chunk from the start,
// as a growth first taken in compiled code would deoptimise it.
let codeScratch = new Uint32Array(CHUNK_EVENTS);
let numberScratch = new Float64Array(CHUNK_EVENTS);

/**
 * The codes per value position, or (perEvent: dense without lists) per event with `absent` for
 * events lacking the field: a view of n entries into scratch.
 */
function spreadCodes(
  c: ColumnValues,
  codes: Uint32Array,
  perEvent: boolean,
  n: number,
  absent: number,
): Uint32Array {
  if (codeScratch.length < n) codeScratch = new Uint32Array(Math.max(n, codeScratch.length * 2));
  const out = codeScratch.subarray(0, n);
  if (!perEvent) {
    out.set(codes.subarray(0, c.valueCount));
    return out;
  }
  if (c.slots < n) out.fill(absent);
  for (let s = 0; s < c.slots; s++) out[c.rows[s]] = codes[s];
  return out;
}

/** As spreadCodes, with each code's number, NaN for an absent event. */
function spreadNumbers(
  c: ColumnValues,
  codes: Uint32Array,
  perEvent: boolean,
  n: number,
  numbers: Float64Array,
): Float64Array {
  if (numberScratch.length < n)
    numberScratch = new Float64Array(Math.max(n, numberScratch.length * 2));
  const out = numberScratch.subarray(0, n);
  if (!perEvent) {
    for (let k = 0; k < c.valueCount; k++) out[k] = numbers[codes[k]];
    return out;
  }
  if (c.slots < n) out.fill(NaN);
  for (let s = 0; s < c.slots; s++) out[c.rows[s]] = numbers[codes[s]];
  return out;
}

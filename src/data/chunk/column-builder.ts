import type { FieldValue } from '../model';
import { canonicalNumber, canonicalNumberBytes } from './canonical-number';
import { encodeColumn, type TallySink } from './column-encoding';
import type { ColumnData } from './column-data';
import { ListSlots } from './list-slots';
import { growFloat64, growInt32, growUint16, growUint32 } from './growable';
import type { ColumnRecord } from './records';
import type { ValueTable } from './value-table';

/** Slots of ColumnBuilder's recent values (a power of two). */
const RECENT = 16;

/**
 * An empty dictionary already of V8's element kind for strings. A `[]` starts as small integers
 * and changes kind at its first string, once per chunk and column; V8 then compiled the byte
 * path's hot functions more often (a 1M import: pushBytes 6 TurboFan compiles against 4, all
 * compiles 1,512-1,692 ms of CPU against 1,463-1,504; `--js-flags=--trace-opt`).
 */
function noStrings(): string[] {
  const none = [''];
  none.length = 0;
  return none;
}

/** A number's text as bytes, for the ValueTable (numbers spell in ASCII). */
let ascii = new Uint8Array(32);

/**
 * One field's values as events arrive: the events that have it ("slots") and its values. While
 * every value is a canonical number (ports, byte counts, ids) it keeps just the numbers: parsing
 * a few digits costs far less than a Map lookup, which must hash each fresh substring of the
 * parsed block. The first other value turns the column into a per-chunk dictionary with codes per
 * value. The stored form (numbers or dictionary, dense or sparse) is chosen at build
 * (column-encoding.ts).
 */
export class ColumnBuilder {
  /** Empty at first: grown on the first value, while V8 still interprets (see ChunkBuilder.times). */
  rows = new Uint16Array(0);
  slots = 0;
  /** Per value position while the column is numeric; null once it holds some other string. */
  numbers: Float64Array<ArrayBuffer> | null = new Float64Array(0);
  /**
   * The dictionary, once not numeric. Values the byte path brought are '' here until read, their
   * bytes in the ValueTable's pool (`pending`: code, pool offset, length): most are read only at
   * build, where the pool is decoded once, rather than a string made per value as it comes.
   */
  private strings: string[] = noStrings();
  private pending = new Int32Array(48);
  private pendingCount = 0;
  private pool: ValueTable | null = null;
  codes = new Uint32Array(0);
  valueCount = 0;
  multi: ListSlots | null = null;
  /**
   * Buffers kept from the chunk before, for {@link reuse}: growing every column's arrays from 256
   * slots again for each chunk cost a block worker megabytes of fresh, zero-filled pages.
   */
  private spareNumbers: Float64Array<ArrayBuffer> | null = null;
  private spareMulti: ListSlots | null = null;
  private readonly index = new Map<string, number>();
  /**
   * Many fields repeat the previous event's value (index, linecount, dest_zone...); comparing
   * with it skips hashing the new string.
   */
  private last = '';
  private lastCode = -1;
  /**
   * Whether the dictionary holds values that the byte path's ValueTable has not seen (text-path
   * values, numbers turned into strings). Until it does, a value the table misses is new here too
   * and is appended without a Map lookup (3.8% of a block worker's time in Chromium went to those);
   * `index` then holds only the first `indexed` entries and catches up when a lookup needs it.
   */
  private untracked = false;
  private indexed = 0;
  /**
   * The byte path's recent values, 16 slots keyed by length and end bytes: per slot where the
   * value's bytes lie in the ValueTable's pool, how many (-1: empty slot), its code. Most fields
   * repeat a few values (sourcetype, zones, actions), and comparing a value's bytes with a slot's
   * costs less than hashing them and probing the table (which misses the cache more often).
   */
  private readonly recent = new Int32Array(RECENT * 3).fill(-1);

  /** `id` tells this column's values apart from other columns' in a shared {@link ValueTable}. */
  constructor(
    readonly name: string,
    public id = 0,
  ) {
    // Fields replaced later (buffers as they grow, null <-> a buffer) are written a second time
    // here, with both kinds of value: V8 takes a field written once as a constant of one class,
    // and its next write deoptimises every function compiled on that (the byte path's row loop).
    this.rows = new Uint16Array(this.rows.length);
    const numbers = this.numbers;
    this.numbers = null;
    this.numbers = numbers;
    this.spareNumbers = numbers;
    this.spareNumbers = null;
    this.strings = [''];
    this.strings = noStrings();
    this.pending = new Int32Array(this.pending.length);
    this.codes = new Uint32Array(1);
    this.last = ' ';
    this.last = '';
    this.lastCode = 0;
    this.lastCode = -1;
    this.untracked = true;
    this.untracked = false;
    this.indexed = 1;
    this.indexed = 0;
    this.id = id + 1;
    this.id = id;
  }

  /**
   * Empties the column for the next chunk, under a new id, keeping its grown buffers. The encoded
   * records never share them (encodeColumn copies), and `dict` is a new array.
   */
  reuse(id: number): void {
    this.id = id;
    this.slots = 0;
    this.valueCount = 0;
    this.numbers ??= this.spareNumbers ?? new Float64Array(this.rows.length);
    this.spareNumbers = null;
    this.strings = noStrings();
    this.pendingCount = 0;
    if (this.multi !== null) this.spareMulti = this.multi;
    this.multi = null;
    this.index.clear();
    this.last = '';
    this.lastCode = -1;
    this.untracked = false;
    this.indexed = 0;
    this.recent.fill(-1);
  }

  /** Per-slot list bookkeeping from the value at `slot` on, in spare buffers when there are. */
  private listSlots(slot: number): ListSlots {
    const spare = this.spareMulti;
    this.spareMulti = null;
    return (this.multi = spare?.restart(slot) ?? new ListSlots(slot, this.rows.length));
  }

  /** The dictionary's values by code (when not numeric). */
  get dict(): string[] {
    if (this.pendingCount > 0) this.resolve();
    return this.strings;
  }

  private resolve(): void {
    const { pending, strings } = this;
    const pool = this.pool!;
    for (let k = 0; k < this.pendingCount; k += 3)
      strings[pending[k]] = pool.poolString(pending[k + 1], pending[k + 2]);
    this.pendingCount = 0;
  }

  /** Distinct values, in no particular order. */
  get values(): string[] {
    if (this.numbers === null) return this.dict;
    const distinct = new Set<number>();
    for (let k = 0; k < this.valueCount; k++) distinct.add(this.numbers[k]);
    return Array.from(distinct, String);
  }

  /** Adds to `into`, per value, how many events have it first (a list counts by its first). */
  countFirstValues(into: Map<string, number>): void {
    const { numbers, codes, dict, multi } = this;
    const first = (slot: number) => (multi === null ? slot : multi.offsets[slot]);
    if (numbers !== null) {
      for (let s = 0; s < this.slots; s++) {
        const v = String(numbers[first(s)]);
        into.set(v, (into.get(v) ?? 0) + 1);
      }
      return;
    }
    const perCode = new Int32Array(dict.length);
    for (let s = 0; s < this.slots; s++) perCode[codes[first(s)]]++;
    for (let c = 0; c < dict.length; c++)
      if (perCode[c] > 0) into.set(dict[c], (into.get(dict[c]) ?? 0) + perCode[c]);
  }

  add(ev: number, v: FieldValue): void {
    const slot = this.slot(ev);
    if (typeof v === 'string') {
      this.push(v);
      this.multi?.end(slot, this.valueCount, false);
      return;
    }
    const multi = this.multi ?? this.listSlots(slot);
    for (const x of v) this.push(x);
    multi.end(slot, this.valueCount, true);
  }

  /** Adds the value given as UTF-8 bytes src[start, end) (the byte path; same result as add). */
  addBytes(ev: number, src: Uint8Array, start: number, end: number, values: ValueTable): void {
    const slot = this.slot(ev);
    this.pushBytes(src, start, end, values);
    this.multi?.end(slot, this.valueCount, false);
  }

  /** Adds a list of values given as byte ranges: ranges[2k], ranges[2k + 1], k < n (n >= 2). */
  addByteList(
    ev: number,
    src: Uint8Array,
    ranges: Int32Array,
    n: number,
    values: ValueTable,
  ): void {
    const slot = this.slot(ev);
    const multi = this.multi ?? this.listSlots(slot);
    for (let k = 0; k < n; k++) this.pushBytes(src, ranges[2 * k], ranges[2 * k + 1], values);
    multi.end(slot, this.valueCount, true);
  }

  private slot(ev: number): number {
    const slot = this.slots++;
    if (slot >= this.rows.length) this.rows = growUint16(this.rows, slot + 1);
    this.rows[slot] = ev;
    return slot;
  }

  private pushBytes(src: Uint8Array, start: number, end: number, values: ValueTable): void {
    const at = this.valueCount++;
    let { numbers } = this;
    if (numbers !== null) {
      const n = canonicalNumberBytes(src, start, end);
      if (n !== undefined) {
        if (at >= numbers.length) this.numbers = numbers = growFloat64(numbers, at + 1);
        numbers[at] = n;
        return;
      }
      this.toDictionary(at, values);
    }
    if (at >= this.codes.length) this.codes = growUint32(this.codes, at + 1);
    const length = end - start;
    const { recent } = this;
    const r = 3 * ((length + 7 * src[start] + 13 * src[end - 1]) & (RECENT - 1));
    if (recent[r + 1] === length && values.equals(recent[r], src, start, end)) {
      this.codes[at] = recent[r + 2];
      return;
    }
    let code = values.find(this.id, src, start, end);
    let pooled = values.foundAt;
    if (code < 0) {
      if (this.untracked) {
        code = this.code(values.string(src, start, end), false);
        pooled = values.insert(this.id, src, start, end, code);
      } else {
        code = this.strings.length;
        this.strings.push('');
        pooled = values.insert(this.id, src, start, end, code);
        this.later(code, pooled, length, values);
      }
    }
    recent[r] = pooled;
    recent[r + 1] = length;
    recent[r + 2] = code;
    this.codes[at] = code;
  }

  /** Notes that the string of `code` is the pool's bytes [at, at + length). */
  private later(code: number, at: number, length: number, pool: ValueTable): void {
    const n = this.pendingCount;
    if (n + 3 > this.pending.length) this.pending = growInt32(this.pending, n + 3);
    this.pending[n] = code;
    this.pending[n + 1] = at;
    this.pending[n + 2] = length;
    this.pendingCount = n + 3;
    this.pool = pool;
  }

  private push(v: string): void {
    this.untracked = true;
    const at = this.valueCount++;
    let { numbers } = this;
    if (numbers !== null) {
      const n = canonicalNumber(v);
      if (n !== undefined) {
        if (at >= numbers.length) this.numbers = numbers = growFloat64(numbers, at + 1);
        numbers[at] = n;
        return;
      }
      this.toDictionary(at);
    }
    if (at >= this.codes.length) this.codes = growUint32(this.codes, at + 1);
    this.codes[at] = this.code(v);
  }

  /**
   * `copy`: whether a new long value must be copied out of the text it was cut from (the text
   * path's strings; the byte path's come from the block's own text, gone with the chunk).
   */
  private code(v: string, copy = true): number {
    if (v === this.last && this.lastCode >= 0) return this.lastCode;
    const { dict, index } = this;
    for (; this.indexed < dict.length; this.indexed++) index.set(dict[this.indexed], this.indexed);
    let code = this.index.get(v);
    if (code === undefined) {
      code = this.dict.length;
      // A value of 13+ characters is a view into the reader's whole block of text; held until
      // build, it keeps every block alive through the scavenges, each copied twice. A copy frees
      // them (the cons string is flattened into a fresh string by the slice).
      if (copy && v.length >= 13) v = (' ' + v).slice(1);
      this.index.set(v, code);
      dict.push(v);
      this.indexed++;
    }
    this.last = v;
    this.lastCode = code;
    return code;
  }

  /**
   * Re-codes the first `n` values, all numbers, as dictionary strings. From the byte path
   * (`values`), in a column the ValueTable knows wholly, the numbers' strings go into the table
   * too, so the column stays known to it and its new values need no string.
   */
  private toDictionary(n: number, values?: ValueTable): void {
    const numbers = this.numbers!;
    this.numbers = null;
    this.spareNumbers = numbers;
    const tracked = values !== undefined && !this.untracked;
    // Numbers already taken otherwise become strings the ValueTable has never seen.
    if (n > 0 && !tracked) this.untracked = true;
    if (this.codes.length < numbers.length)
      this.codes = new Uint32Array(Math.max(256, numbers.length));
    // Canonical means String(number) spells the value exactly as it came.
    for (let k = 0; k < n; k++) {
      const v = String(numbers[k]);
      this.codes[k] = tracked ? this.trackedCode(v, values) : this.code(v);
    }
  }

  /** The code of ASCII `v` through the ValueTable, a new entry when it has none. */
  private trackedCode(v: string, values: ValueTable): number {
    if (ascii.length < v.length) ascii = new Uint8Array(v.length);
    for (let k = 0; k < v.length; k++) ascii[k] = v.charCodeAt(k);
    let code = values.find(this.id, ascii, 0, v.length);
    if (code < 0) {
      code = this.strings.length;
      this.strings.push(v);
      values.insert(this.id, ascii, 0, v.length, code);
    }
    return code;
  }

  /**
   * Takes a column filled elsewhere (the byte path's field columns, in WebAssembly), into this
   * empty one: the same state as adding its values one by one would leave. Numeric when every
   * value is a canonical number, as add() keeps it.
   */
  load(d: ColumnData): void {
    // Values added one by one as well would be lost: the byte path sends a column all one way.
    if (this.slots !== 0) throw new Error(`column ${this.name} already has values`);
    const { slots, valueCount, dict } = d;
    if (this.rows.length < slots) this.rows = new Uint16Array(slots);
    this.rows.set(d.rows.subarray(0, slots));
    this.slots = slots;
    this.valueCount = valueCount;
    const numbers = d.numbers ?? new Float64Array(dict.length);
    let numeric = true;
    for (let c = 0; d.numbers === null && c < dict.length && numeric; c++) {
      const n = canonicalNumber(dict[c]);
      if (n === undefined) numeric = false;
      else numbers[c] = n;
    }
    if (numeric) {
      let out = this.numbers ?? this.spareNumbers;
      if (out === null || out.length < valueCount)
        out = new Float64Array(Math.max(256, valueCount));
      if (d.numbers !== null) out.set(d.numbers.subarray(0, valueCount));
      else for (let k = 0; k < valueCount; k++) out[k] = numbers[d.codes[k]];
      this.numbers = out;
    } else {
      if (this.numbers !== null) this.spareNumbers = this.numbers;
      this.numbers = null;
      if (this.codes.length < valueCount) this.codes = new Uint32Array(Math.max(256, valueCount));
      this.codes.set(d.codes.subarray(0, valueCount));
      this.strings = dict;
      // Later adds (none in the byte path) find these values through the index, built on demand.
      this.untracked = true;
    }
    if (d.offsets !== null && d.lists !== null) {
      const multi = this.listSlots(0);
      if (multi.offsets.length < slots + 1) multi.offsets = new Uint32Array(slots + 1);
      multi.offsets.set(d.offsets.subarray(0, slots + 1));
      if (multi.lists.length < d.lists.length) multi.lists = new Uint8Array(d.lists.length);
      multi.lists.set(d.lists);
    }
  }

  /** The column over a chunk of `count` events; `tally` hears how often each value occurs. */
  encode(count: number, tally?: TallySink): ColumnRecord {
    return encodeColumn(this, count, tally);
  }
}

import type { FieldValue } from '../model';
import type { CodeArray, ColumnRecord, DictColumnRecord, NumberColumnRecord } from './records';

/**
 * Read access to one stored column, for value() and for the search engine's fast paths.
 *
 * Layout: a column has slots, one per event (dense: `rows` null) or one per event having the field
 * (sparse: `rows` lists those events). Without `offsets` slot s holds the single value at position
 * s; with them it holds positions offsets[s] .. offsets[s + 1]. Values by position are `codes`
 * into `dict` (DictColumnReader) or `numbers` (NumberColumnReader). In a dense column without
 * offsets an absent event is the code `missingCode` (= dict.length) or NaN.
 */
abstract class ColumnReaderBase {
  readonly name: string;
  /** Events in the chunk. */
  readonly count: number;
  readonly rows: Uint16Array | null;
  readonly offsets: Uint32Array | null;
  readonly lists: Uint8Array | null;
  private slotOfEvent: Int32Array | null = null;

  constructor(rec: ColumnRecord, count: number) {
    this.name = rec.name;
    this.count = count;
    this.rows = rec.rows ?? null;
    this.offsets = rec.offsets ?? null;
    this.lists = rec.lists ?? null;
  }

  /** In a dense column without offsets: whether the event at `position` lacks the field. */
  protected abstract absentAt(position: number): boolean;
  protected abstract textAt(position: number): string;

  /** Slot of event i, or -1 when the event lacks the field. */
  slot(i: number): number {
    const { rows, offsets } = this;
    if (rows) {
      // Sparse lookups by event come in loops over all events; one map beats a search each.
      let map = this.slotOfEvent;
      if (!map) {
        map = new Int32Array(this.count).fill(-1);
        for (let s = 0; s < rows.length; s++) map[rows[s]] = s;
        this.slotOfEvent = map;
      }
      return i >= 0 && i < this.count ? map[i] : -1;
    }
    if (!(i >= 0 && i < this.count)) return -1;
    if (offsets) return offsets[i] === offsets[i + 1] && !this.isList(i) ? -1 : i;
    return this.absentAt(i) ? -1 : i;
  }

  /** Whether slot s held a list (possibly of one value, or none). */
  isList(s: number): boolean {
    return this.lists !== null && (this.lists[s >>> 3] & (1 << (s & 7))) !== 0;
  }

  has(i: number): boolean {
    return this.slot(i) >= 0;
  }

  /** Exactly the value event i had: a string, a list, or undefined when it lacked the field. */
  value(i: number): FieldValue | undefined {
    const s = this.slot(i);
    if (s < 0) return undefined;
    const { offsets } = this;
    if (!offsets) return this.textAt(s);
    if (!this.isList(s)) return this.textAt(offsets[s]);
    const out: string[] = [];
    for (let p = offsets[s]; p < offsets[s + 1]; p++) out.push(this.textAt(p));
    return out;
  }

  /** Events that have the field, ascending. */
  events(): Uint16Array {
    if (this.rows) return this.rows;
    const out: number[] = [];
    for (let i = 0; i < this.count; i++) if (this.slot(i) >= 0) out.push(i);
    return Uint16Array.from(out);
  }
}

export class DictColumnReader extends ColumnReaderBase {
  readonly kind = 'dict';
  readonly dict: readonly string[];
  readonly codes: CodeArray;
  /** The code of an absent event in a dense column without offsets. */
  readonly missingCode: number;

  constructor(rec: DictColumnRecord, count: number) {
    super(rec, count);
    this.dict = rec.dict;
    this.codes = rec.codes;
    this.missingCode = rec.dict.length;
  }

  protected absentAt(position: number): boolean {
    return this.codes[position] === this.missingCode;
  }

  protected textAt(position: number): string {
    return this.dict[this.codes[position]];
  }
}

export class NumberColumnReader extends ColumnReaderBase {
  readonly kind = 'number';
  readonly numbers: Int32Array | Float64Array;

  constructor(rec: NumberColumnRecord, count: number) {
    super(rec, count);
    this.numbers = rec.numbers;
  }

  protected absentAt(position: number): boolean {
    return Number.isNaN(this.numbers[position]);
  }

  // Only canonical numbers are stored this way, so String() rebuilds the exact input.
  protected textAt(position: number): string {
    return String(this.numbers[position]);
  }
}

export type ColumnReader = DictColumnReader | NumberColumnReader;

export function columnReader(rec: ColumnRecord, count: number): ColumnReader {
  return rec.kind === 'dict'
    ? new DictColumnReader(rec, count)
    : new NumberColumnReader(rec, count);
}

import type { FieldValue } from '../model';
import { encodeColumn, type SlotLists } from './column-encoding';
import { growUint16, growUint32 } from './growable';
import type { ColumnRecord } from './records';

/** Per slot where its values start, and which slots were lists; made at a field's first list. */
class ListSlots implements SlotLists {
  offsets: Uint32Array<ArrayBuffer>;
  lists: Uint8Array;

  /** Slots before `slot` each held one plain value, at the position equal to its slot number. */
  constructor(slot: number, capacity: number) {
    this.offsets = new Uint32Array(Math.max(256, capacity + 1));
    for (let s = 0; s <= slot; s++) this.offsets[s] = s;
    this.lists = new Uint8Array((this.offsets.length + 7) >>> 3);
  }

  end(slot: number, valueCount: number, isList: boolean): void {
    if (slot + 2 > this.offsets.length) {
      this.offsets = growUint32(this.offsets, slot + 2);
      const lists = new Uint8Array((this.offsets.length + 7) >>> 3);
      lists.set(this.lists);
      this.lists = lists;
    }
    this.offsets[slot + 1] = valueCount;
    if (isList) this.lists[slot >>> 3] |= 1 << (slot & 7);
  }
}

/**
 * One field's values as events arrive: the events that have it ("slots"), a per-chunk dictionary,
 * and dictionary codes per value. Everything is dictionary-coded while streaming; whether the
 * column is stored as numbers, densely or sparsely is decided once at build (column-encoding.ts),
 * which checks each distinct value once instead of every occurrence.
 */
export class ColumnBuilder {
  rows = new Uint16Array(256);
  slots = 0;
  readonly values: string[] = [];
  codes = new Uint32Array(256);
  valueCount = 0;
  multi: ListSlots | null = null;
  private readonly dict = new Map<string, number>();

  constructor(readonly name: string) {}

  add(ev: number, v: FieldValue): void {
    const slot = this.slots++;
    if (slot >= this.rows.length) this.rows = growUint16(this.rows, slot + 1);
    this.rows[slot] = ev;
    if (typeof v === 'string') {
      this.push(v);
      this.multi?.end(slot, this.valueCount, false);
      return;
    }
    const multi = (this.multi ??= new ListSlots(slot, this.rows.length));
    for (const x of v) this.push(x);
    multi.end(slot, this.valueCount, true);
  }

  private push(v: string): void {
    let code = this.dict.get(v);
    if (code === undefined) {
      code = this.values.length;
      this.dict.set(v, code);
      this.values.push(v);
    }
    const at = this.valueCount++;
    if (at >= this.codes.length) this.codes = growUint32(this.codes, at + 1);
    this.codes[at] = code;
  }

  /** The column over a chunk of `count` events. */
  encode(count: number): ColumnRecord {
    return encodeColumn(this, count);
  }
}

import type { FieldValue } from '../model';
import { encodeColumn } from './column-encoding';
import { growUint16, growUint32 } from './growable';
import type { ColumnRecord } from './records';

/**
 * One field's values as events arrive: the events that have it ("slots"), a per-chunk dictionary,
 * and dictionary codes per value. Everything is dictionary-coded while streaming; whether the
 * column is stored as numbers, densely or sparsely is decided once at build (column-encoding.ts),
 * which checks each distinct value once instead of every occurrence.
 */
export class ColumnBuilder {
  rows = new Uint16Array(256);
  slots = 0;
  readonly dict = new Map<string, number>();
  readonly values: string[] = [];
  codes = new Uint32Array(256);
  valueCount = 0;
  /** Created on the first list value: value positions per slot, and which slots were lists. */
  offsets: Uint32Array | null = null;
  lists: Uint8Array | null = null;

  constructor(readonly name: string) {}

  add(ev: number, v: FieldValue): void {
    const slot = this.slots++;
    if (slot >= this.rows.length) this.rows = growUint16(this.rows, slot + 1);
    this.rows[slot] = ev;
    if (typeof v === 'string') {
      this.push(v);
      if (this.offsets) this.endSlot(slot);
      return;
    }
    if (!this.offsets) this.startLists(slot);
    for (const x of v) this.push(x);
    this.endSlot(slot);
    this.lists![slot >>> 3] |= 1 << (slot & 7);
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

  /** Until now every slot held one value, at the position equal to its slot number. */
  private startLists(slot: number): void {
    const offsets = new Uint32Array(Math.max(256, this.rows.length + 1));
    for (let s = 0; s <= slot; s++) offsets[s] = s;
    this.offsets = offsets;
    this.lists = new Uint8Array((offsets.length + 7) >>> 3);
  }

  private endSlot(slot: number): void {
    if (slot + 2 > this.offsets!.length) {
      this.offsets = growUint32(this.offsets!, slot + 2);
      const lists = new Uint8Array((this.offsets.length + 7) >>> 3);
      lists.set(this.lists!);
      this.lists = lists;
    }
    this.offsets![slot + 1] = this.valueCount;
  }

  /** The column over a chunk of `count` events. */
  encode(count: number): ColumnRecord {
    return encodeColumn(this, count);
  }
}

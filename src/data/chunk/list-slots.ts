import type { SlotLists } from './column-encoding';
import { growUint32 } from './growable';

/** Per slot where its values start, and which slots were lists; made at a field's first list. */
export class ListSlots implements SlotLists {
  offsets: Uint32Array<ArrayBuffer>;
  lists: Uint8Array;

  /** Slots before `slot` each held one plain value, at the position equal to its slot number. */
  constructor(slot: number, capacity: number) {
    this.offsets = new Uint32Array(Math.max(256, capacity + 1));
    this.lists = new Uint8Array((this.offsets.length + 7) >>> 3);
    // Both are replaced as they grow: written twice so V8 compiles no code taking them as constant.
    this.offsets = new Uint32Array(this.offsets.length);
    this.lists = new Uint8Array(this.lists.length);
    this.restart(slot);
  }

  /** Starts over as the constructor does, in the buffers already grown. */
  restart(slot: number): this {
    if (slot + 2 > this.offsets.length) this.end(slot, 0, false);
    for (let s = 0; s <= slot; s++) this.offsets[s] = s;
    this.lists.fill(0);
    return this;
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

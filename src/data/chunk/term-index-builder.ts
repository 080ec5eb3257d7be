import { growInt32, growUint16 } from './growable';
import type { TermIndexRecord } from './records';
import { sortTermIds } from './sort-terms';
import { encodeTermIndex } from './term-index-encoding';
import type { TermInterner } from './term-interner';
import { JsTermInterner } from './term-interner-js';
import { wasmTermInterner } from './term-interner-wasm';

/**
 * Builds a chunk's term index while events stream in: an interner gives each term an id (in
 * WebAssembly where the browser allows it, else in JS; the two yield identical indexes), and
 * build() sorts the terms and encodes each one's events.
 */
export class TermIndexBuilder {
  /**
   * build()'s working arrays, kept from chunk to chunk: fresh ones (a megabyte or so per chunk)
   * cost zero-filled pages and the collector's time.
   */
  private lists = new Uint16Array(0);
  private next = new Int32Array(0);
  private listStart = new Int32Array(0);

  constructor(
    private readonly interner: TermInterner = wasmTermInterner() ?? new JsTermInterner(),
  ) {}

  /** Indexes the UTF-8 text bytes[start, end) as the next event. */
  add(bytes: Uint8Array, start: number, end: number): void {
    this.interner.add(bytes, start, end);
  }

  /** Encodes the index of the events added so far and starts over. */
  build(): TermIndexRecord {
    const { count, termCount, pool, poolLength, meta } = this.interner.interned();
    const order = sortTermIds(pool, meta, termCount);
    const lists = this.eventLists();
    const listStart = (this.listStart = growInt32(this.listStart, termCount + 1));
    listStart[0] = 0;
    for (let id = 0; id < termCount; id++) listStart[id + 1] = listStart[id] + meta[(id << 2) + 3];
    const record = encodeTermIndex(count, pool, meta, order, lists, listStart, poolLength);
    this.interner.reset();
    return record;
  }

  /** Every term's events, grouped by term id (a counting sort of the occurrences). */
  private eventLists(): Uint16Array {
    const { termCount, meta, occurrences, occurrenceCount, eventEnds, count } =
      this.interner.interned();
    const next = (this.next = growInt32(this.next, termCount));
    next[0] = 0;
    for (let id = 1; id < termCount; id++) next[id] = next[id - 1] + meta[((id - 1) << 2) + 3];
    const lists = (this.lists = growUint16(this.lists, occurrenceCount));
    let o = 0;
    for (let ev = 0; ev < count; ev++) {
      for (const end = eventEnds[ev]; o < end; o++) lists[next[occurrences[o]]++] = ev;
    }
    return lists.subarray(0, occurrenceCount);
  }
}

import type { TermIndexRecord } from './records';
import type { TermInterner } from './term-interner';
import { JsTermInterner } from './term-interner-js';
import { wasmTermInterner } from './term-interner-wasm';

/**
 * Builds a chunk's term index while events stream in: an interner gives each term an id (in
 * WebAssembly where the browser allows it, else in JS; the two yield identical indexes), then
 * sorts the terms and encodes each one's events.
 */
export class TermIndexBuilder {
  constructor(
    private readonly interner: TermInterner = wasmTermInterner() ?? new JsTermInterner(),
  ) {}

  /** Indexes the UTF-8 text bytes[start, end) as the next event. */
  add(bytes: Uint8Array, start: number, end: number): void {
    this.interner.add(bytes, start, end);
  }

  /** Encodes the index of the events added so far and starts over. */
  build(): TermIndexRecord {
    const record = this.interner.encode();
    this.interner.reset();
    return record;
  }
}

import { RawBuilder } from './raw-store';
import { WasmEventTexts } from './raw-store-wasm';
import type { RawRecord, TermIndexRecord } from './records';
import { TermIndexBuilder } from './term-index-builder';
import type { TermInterner } from './term-interner';
import { JsTermInterner } from './term-interner-js';
import { wasmTermInterner } from './term-interner-wasm';

/** A chunk's `_raw` texts and their term index, built together as events stream in. */
export interface EventTexts {
  /** Bytes of text held so far, for a caller that bounds a chunk's size. */
  readonly rawBytes: number;
  add(text: string): void;
  /** A text as valid UTF-8 bytes src[start, end); `quoted`: a CSV cell's inside, `""` for `"`. */
  addBytes(src: Uint8Array, start: number, end: number, quoted: boolean): void;
  /** The records of the texts added so far; then starts over. */
  build(): { raw: RawRecord; terms: TermIndexRecord };
}

/** The raw store in JS, indexed by `interner` (the fallback; tests compare it with the module). */
export class SplitEventTexts implements EventTexts {
  private readonly raw = new RawBuilder();
  private readonly terms: TermIndexBuilder;

  constructor(interner: TermInterner = new JsTermInterner()) {
    this.terms = new TermIndexBuilder(interner);
  }

  get rawBytes(): number {
    return this.raw.length;
  }

  add(text: string): void {
    this.raw.add(text);
    this.terms.add(this.raw.bytes, this.raw.lastStart, this.raw.length);
  }

  addBytes(src: Uint8Array, start: number, end: number, quoted: boolean): void {
    this.raw.addBytes(src, start, end, quoted);
    this.terms.add(this.raw.bytes, this.raw.lastStart, this.raw.length);
  }

  build(): { raw: RawRecord; terms: TermIndexRecord } {
    const terms = this.terms.build();
    return { raw: this.raw.build(), terms };
  }
}

/** The texts in the term index's WebAssembly module where it runs, else in JS. */
export function eventTexts(): EventTexts {
  const wasm = wasmTermInterner();
  return wasm ? new WasmEventTexts(wasm) : new SplitEventTexts();
}

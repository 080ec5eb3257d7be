import { encodeUtf8, RawTexts, utf16Units } from './raw-store';
import type { RawRecord, TermIndexRecord } from './records';
import type { WasmTermInterner } from './term-interner-wasm';

/**
 * A chunk's raw texts kept in the term index's WebAssembly module (wasm/raw.as.ts), with their
 * index: each text is written once, into the module's memory, where its terms are indexed (a CSV
 * cell's `""` escapes undone first) and, at build, the whole store is LZ4-compressed. The JS
 * RawBuilder copied each text into its buffer, then into the term index's module, then into the
 * compressor's; the records are the same (the tests hold the two ways to that). It is an
 * EventTexts (event-texts.ts, which checks that where it hands one out) without importing the
 * interface back from the file that imports it.
 */
export class WasmEventTexts {
  private readonly log = new RawTexts();

  constructor(private readonly terms: WasmTermInterner) {}

  get rawBytes(): number {
    return this.terms.x.rawBytes();
  }

  add(text: string): void {
    const { terms } = this;
    const { x } = terms;
    const at = x.rawAt(text.length * 3);
    const written = encodeUtf8(text, terms.memory(), at);
    terms.finishRaw(at, x.addRaw(written, false));
    this.log.addString(text, at - x.rawStart(), text.length, written !== text.length);
  }

  addBytes(src: Uint8Array, start: number, end: number, quoted: boolean): void {
    const { terms } = this;
    const { x } = terms;
    const at = x.rawAt(end - start);
    terms.memory().set(src.subarray(start, end), at);
    // Segments left to JS are those with non-ASCII bytes: none means an ASCII text.
    const wide = terms.finishRaw(at, x.addRaw(end - start, quoted));
    const n = x.rawLast();
    // Read after indexing, which may have grown the memory.
    const memory = terms.memory();
    this.log.addUtf8(memory, at, at + n, wide ? utf16Units(memory, at, at + n) : n);
  }

  build(): { raw: RawRecord; terms: TermIndexRecord } {
    const { terms } = this;
    const { x } = terms;
    const index = terms.encode();
    terms.reset();
    const from = x.rawStart();
    const plain = terms.memory().subarray(from, from + x.rawBytes());
    const raw = this.log.build(plain, () => {
      const size = x.packRaw();
      const at = x.packedAt();
      return new Uint8Array(x.memory.buffer.slice(at, at + size));
    });
    x.resetRaw();
    return { raw, terms: index };
  }
}

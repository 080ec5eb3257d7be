import { ASCII_CLASS, MINOR } from '../../engine';
import type { TermIndexRecord } from './records';
import { BLOCK } from './term-index-encoding';
import { KIND, type TermInterner } from './term-interner';
import { instantiate, moduleLoader } from '../wasm/load';
import { TERM_INDEX_WASM } from './wasm/term-index.wasm';

/** What wasm/term-index.as.ts exports. */
export interface TermIndexExports {
  memory: WebAssembly.Memory;
  init(): number;
  inputAt(len: number): number;
  add(len: number): number;
  addAt(at: number, len: number): number;
  endEvent(): void;
  postFolded(src: number, len: number): number;
  postAscii(start: number, end: number): void;
  scratchAt(len: number): number;
  reset(): void;
  pendingAt(): number;
  terms(): number;
  events(): number;
  sort(): void;
  encode(): void;
  lexiconAt(): number;
  lexiconBytes(): number;
  postingsAt(): number;
  postingsBytes(): number;
  blocksAt(): number;
  // The raw store (wasm/raw.as.ts; raw-store-wasm.ts).
  rawAt(need: number): number;
  addRaw(len: number, quoted: boolean): number;
  rawLast(): number;
  rawBytes(): number;
  rawStart(): number;
  packRaw(): number;
  packedAt(): number;
  resetRaw(): void;
}

const termInternModule = moduleLoader(TERM_INDEX_WASM);

/** A WebAssembly interner, or null where WebAssembly is not available. */
export function wasmTermInterner(): WasmTermInterner | null {
  const module = termInternModule();
  return module && new WasmTermInterner(module);
}

/** Interns terms in a WebAssembly instance of its own (see wasm/term-index.as.ts). */
export class WasmTermInterner implements TermInterner {
  readonly x: TermIndexExports;
  private bytes: Uint8Array;
  // ignoreBOM: a U+FEFF opening a segment is part of the term, as in splitTerms.
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private readonly encoder = new TextEncoder();

  constructor(module: WebAssembly.Module) {
    this.x = instantiate<TermIndexExports>(module);
    const kindAt = this.x.init();
    new Uint16Array(this.x.memory.buffer, kindAt, 256).set(KIND);
    this.bytes = new Uint8Array(this.x.memory.buffer);
  }

  /**
   * The instance's memory. Growing it detaches the old buffer, whose views then read as empty:
   * testing that is a field read, where `memory.buffer` is a call into the engine (twice per event,
   * 0.1 us of it in Node's profile).
   */
  memory(): Uint8Array {
    if (this.bytes.length === 0) this.bytes = new Uint8Array(this.x.memory.buffer);
    return this.bytes;
  }

  add(bytes: Uint8Array, start: number, end: number): void {
    const len = end - start;
    const at = this.x.inputAt(len);
    this.memory().set(bytes.subarray(start, end), at);
    const wide = this.x.add(len);
    if (wide > 0) this.addWide(at, wide);
  }

  /**
   * Finishes the event whose text the module's raw store just took (addRaw, which indexed its
   * ASCII segments): `wide` segments were left, in the text at `at`. Returns whether there were.
   */
  finishRaw(at: number, wide: number): boolean {
    if (wide > 0) this.addWide(at, wide);
    return wide > 0;
  }

  /**
   * The event's segments with non-ASCII bytes, which the module left: each is folded with full
   * Unicode rules (as String.toLowerCase does), and so is each of its minor parts that is not
   * ASCII; the ASCII parts the module folds itself.
   */
  private addWide(input: number, n: number): void {
    const spans = new Int32Array(this.memory().buffer, this.x.pendingAt(), 2 * n).slice();
    for (let p = 0; p < n; p++) {
      const start = input + spans[2 * p];
      const end = input + spans[2 * p + 1];
      this.postWide(start, end);
      const text = this.memory().slice(start, end);
      if (!text.some(isMinor)) continue;
      let i = 0;
      while (i < text.length) {
        if (isMinor(text[i])) {
          i++;
          continue;
        }
        const from = i;
        let ascii = true;
        for (; i < text.length && !isMinor(text[i]); i++) if (text[i] >= 128) ascii = false;
        if (ascii) this.x.postAscii(start - input + from, start - input + i);
        else this.postWide(start + from, start + i);
      }
    }
    this.x.endEvent();
  }

  /** Posts memory[from, to), folded in full Unicode, to the current event. */
  private postWide(from: number, to: number): void {
    const text = this.decoder.decode(this.memory().subarray(from, to));
    const folded = this.encoder.encode(text.toLowerCase());
    const at = this.x.scratchAt(folded.length);
    this.memory().set(folded, at);
    this.x.postFolded(at, folded.length);
  }

  /** Sorted and encoded in the module (encodeTermIndex's steps), copied out at their sizes. */
  encode(): TermIndexRecord {
    const { x } = this;
    const terms = x.terms();
    x.sort();
    x.encode();
    const { buffer } = x.memory;
    const copy = (from: number, bytes: number) => buffer.slice(from, from + bytes);
    return {
      count: x.events(),
      terms,
      lexicon: new Uint8Array(copy(x.lexiconAt(), x.lexiconBytes())),
      postings: new Uint8Array(copy(x.postingsAt(), x.postingsBytes())),
      blocks: new Uint32Array(copy(x.blocksAt(), 8 * Math.ceil(terms / BLOCK))),
    };
  }

  reset(): void {
    this.x.reset();
  }
}

function isMinor(b: number): boolean {
  return b < 128 && ASCII_CLASS[b] === MINOR;
}

import { instantiate, moduleLoader } from '../../wasm/load';
import { ROW_ENDS_WASM } from './wasm/row-ends.wasm';

/** What wasm/row-ends.as.ts exports. */
interface Exports {
  memory: WebAssembly.Memory;
  inputAt(len: number): number;
  endsAt(): number;
  inQuotes(): number;
  lines(): number;
  scan(len: number, inQuotesBefore: number): number;
}

/** The most bytes scanned at once: the module's memory stays near 9x this. */
export const ROW_SCAN_WINDOW = 1 << 20;

const rowEndsModule = moduleLoader(ROW_ENDS_WASM);

/** Row ends of CSV bytes, found in WebAssembly. */
export class WasmRowEnds {
  private readonly x: Exports;
  /** After a scan: per row end, its offset in the piece and the newlines up to and including it. */
  ends = new Int32Array(0);
  /** After a scan: whether the piece ended inside quotes, and its newlines. */
  quoted = false;
  lines = 0;

  constructor(module: WebAssembly.Module) {
    this.x = instantiate<Exports>(module);
  }

  /** Scans s (at most ROW_SCAN_WINDOW bytes), starting inside quotes or not; returns the rows. */
  scan(s: Uint8Array, inQuotes: boolean): number {
    const { x } = this;
    const at = x.inputAt(s.length);
    new Uint8Array(x.memory.buffer, at, s.length).set(s);
    const n = x.scan(s.length, inQuotes ? 1 : 0);
    this.ends = new Int32Array(x.memory.buffer, x.endsAt(), 2 * n);
    this.quoted = x.inQuotes() !== 0;
    this.lines = x.lines();
    return n;
  }
}

/** A row scanner of its own (splitters may run side by side), or null without WebAssembly. */
export function wasmRowEnds(): WasmRowEnds | null {
  const module = rowEndsModule();
  return module && new WasmRowEnds(module);
}

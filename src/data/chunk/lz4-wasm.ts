import { instantiate, moduleLoader } from '../wasm/load';
import { LZ4_WASM } from './wasm/lz4.wasm';

/** What wasm/lz4.as.ts exports. */
interface Exports {
  memory: WebAssembly.Memory;
  init(): void;
  inputAt(n: number): number;
  outputAt(): number;
  compress(n: number): number;
}

const lz4Module = moduleLoader(LZ4_WASM);

/** LZ4 block compression in a WebAssembly instance (one per thread, compression being synchronous). */
export class WasmLz4 {
  private readonly x: Exports;

  constructor(module: WebAssembly.Module) {
    this.x = instantiate<Exports>(module);
    this.x.init();
  }

  /** The block of `src`, byte for byte what lz4CompressJs gives. */
  compress(src: Uint8Array): Uint8Array {
    const { x } = this;
    const at = x.inputAt(src.length);
    new Uint8Array(x.memory.buffer, at, src.length).set(src);
    const size = x.compress(src.length);
    const out = x.outputAt();
    return new Uint8Array(x.memory.buffer.slice(out, out + size));
  }
}

let shared: WasmLz4 | null | undefined;

/** This thread's WebAssembly compressor, or null where WebAssembly is not available. */
export function wasmCompressor(): WasmLz4 | null {
  if (shared === undefined) {
    const module = lz4Module();
    shared = module && new WasmLz4(module);
  }
  return shared;
}

import { instantiate, moduleLoader } from '../../wasm/load';
import type { CsvCells } from './csv-cells';
import { WasmFieldColumns, type FieldColumnExports } from './field-columns-wasm';
import { CSV_CELLS_WASM } from './wasm/csv-cells.wasm';

/** What wasm/csv-cells.as.ts exports. */
interface Exports extends FieldColumnExports {
  blockAt(n: number): number;
  startsAt(): number;
  endsAt(): number;
  flagsAt(): number;
  outAt(): number;
  row(pos: number): number;
  asciiLength(): number;
}

const csvCellsModule = moduleLoader(CSV_CELLS_WASM);

/** A block's CSV rows, cut into cells in WebAssembly (wasm/csv-cells.as.ts). */
export class WasmCsvCells implements CsvCells {
  private readonly x: Exports;
  private capacity = 0;
  /** The current row's cells: start, end (in the block) and flags. Views: see {@link row}. */
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  flags = new Uint8Array(0);
  /** As CsvCells.out, then the module's cell capacity (views are made again when it grows). */
  out = new Int32Array(0);

  readonly fieldColumns: WasmFieldColumns;

  constructor(module: WebAssembly.Module) {
    this.x = instantiate<Exports>(module);
    this.fieldColumns = new WasmFieldColumns(this.x);
  }

  /** Copies in the block whose rows row() then reads. */
  load(bytes: Uint8Array): void {
    const at = this.x.blockAt(bytes.length);
    new Uint8Array(this.x.memory.buffer, at, bytes.length).set(bytes);
    this.refresh();
  }

  asciiLength(): number {
    return this.x.asciiLength();
  }

  /**
   * Cuts the row at `pos` (after blank lines) into cells; returns how many, or -1 when only blank
   * lines were left. The views may be new after it (a row with more cells than any before).
   */
  row(pos: number): number {
    const n = this.x.row(pos);
    // Memory grows only when the module makes room for more cells, and a growth detaches the old
    // buffer, whose views then read undefined: one read tells both (not memory.buffer per row).
    if (this.out[5] !== this.capacity) this.refresh();
    return n;
  }

  private refresh(): void {
    const { x } = this;
    const { buffer } = x.memory;
    this.out = new Int32Array(buffer, x.outAt(), 6);
    this.capacity = this.out[5];
    this.starts = new Int32Array(buffer, x.startsAt(), this.capacity);
    this.ends = new Int32Array(buffer, x.endsAt(), this.capacity);
    this.flags = new Uint8Array(buffer, x.flagsAt(), this.capacity);
  }
}

let shared: WasmCsvCells | null | undefined;

/** This thread's cell scanner (blocks are parsed one at a time), or null without WebAssembly. */
export function wasmCsvCells(): WasmCsvCells | null {
  if (shared === undefined) {
    const module = csvCellsModule();
    shared = module && new WasmCsvCells(module);
  }
  return shared;
}

/** Drops the scanner (its memory holds the last block); the next wasmCsvCells() makes another. */
export function releaseWasmCsvCells(): void {
  if (shared) shared = undefined;
}

import type { CsvCells } from './csv-cells';
import { JsCsvCells } from './csv-cells-js';
import { releaseWasmCsvCells, wasmCsvCells } from './csv-cells-wasm';

/** This thread's cell scanner (blocks are parsed one at a time). */
export function csvCells(): CsvCells {
  return wasmCsvCells() ?? (jsCells ??= new JsCsvCells());
}

let jsCells: JsCsvCells | undefined;

/** Drops this thread's scanners and the blocks they hold; the next csvCells() makes new ones. */
export function releaseCsvCells(): void {
  releaseWasmCsvCells();
  jsCells = undefined;
}

import type { CsvCells } from './csv-cells';
import { JsCsvCells } from './csv-cells-js';
import { wasmCsvCells } from './csv-cells-wasm';

/** This thread's cell scanner (blocks are parsed one at a time). */
export function csvCells(): CsvCells {
  return wasmCsvCells() ?? (jsCells ??= new JsCsvCells());
}

let jsCells: JsCsvCells | undefined;

import { expect, it } from 'vitest';
import { csvCells } from './choose-csv-cells';
import { WasmCsvCells, wasmCsvCells } from './csv-cells-wasm';
import { csvBytePathTests } from '../../../test/support/csv-byte-cases';
import { wasmRowEnds } from './row-ends-wasm';

it('runs these cases with the WebAssembly scanners', () => {
  expect(wasmCsvCells()).not.toBeNull();
  expect(csvCells()).toBeInstanceOf(WasmCsvCells);
  expect(wasmRowEnds()).not.toBeNull();
});

csvBytePathTests('WebAssembly', true);

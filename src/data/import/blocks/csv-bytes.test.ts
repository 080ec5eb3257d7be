import { expect, it } from 'vitest';
import { csvCells } from './choose-csv-cells';
import { JsCsvCells } from './csv-cells-js';
import { WasmCsvCells, wasmCsvCells } from './csv-cells-wasm';
import { csvBytePathTests } from '../../../test/support/csv-byte-cases';
import { wasmRowEnds } from './row-ends-wasm';

it('runs these cases with the WebAssembly scanners', () => {
  expect(wasmCsvCells()).not.toBeNull();
  expect(csvCells()).toBeInstanceOf(WasmCsvCells);
  expect(wasmRowEnds()).not.toBeNull();
});

it('finds where ASCII ends as the JS scanner does, at any offset and alignment', () => {
  const wasm = wasmCsvCells()!;
  const js = new JsCsvCells();
  const base = new Uint8Array(300).fill(97);
  for (let offset = 0; offset < 9; offset++) {
    for (const length of [0, 1, 7, 31, 32, 33, 64, 100, 291 - offset]) {
      for (const high of [-1, 0, 1, 3, 4, 15, 16, 31, 32, 33, 63, 64, 99, length - 1]) {
        const b = base.slice();
        if (high >= 0 && high < length) b[offset + high] = 0x80 | high;
        const block = b.subarray(offset, offset + length);
        const want = high >= 0 && high < length ? high : length;
        js.load(block);
        wasm.load(block);
        expect([js.asciiLength(), wasm.asciiLength()], `${offset} ${length} ${high}`).toEqual([
          want,
          want,
        ]);
      }
    }
  }
});

csvBytePathTests('WebAssembly', true);

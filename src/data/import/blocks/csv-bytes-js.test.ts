import { afterAll, expect, it, vi } from 'vitest';
import { wasmCompressor } from '../../chunk/lz4-wasm';
import { wasmTermInterner } from '../../chunk/term-interner-wasm';
import { csvCells } from './choose-csv-cells';
import { JsCsvCells } from './csv-cells-js';
import { wasmCsvCells } from './csv-cells-wasm';
import { csvBytePathTests } from '../../../test/support/csv-byte-cases';
import { wasmRowEnds } from './row-ends-wasm';

// Before any module loads: as in a browser that refuses WebAssembly (Safari's Lockdown Mode).
const saved = vi.hoisted(() => {
  const wasm = globalThis.WebAssembly;
  Reflect.set(globalThis, 'WebAssembly', undefined);
  return wasm;
});
afterAll(() => {
  Reflect.set(globalThis, 'WebAssembly', saved);
});

it('runs these cases with the JS scanners, interner and compressor', () => {
  expect(wasmCsvCells()).toBeNull();
  expect(csvCells()).toBeInstanceOf(JsCsvCells);
  expect(wasmRowEnds()).toBeNull();
  expect(wasmTermInterner()).toBeNull();
  expect(wasmCompressor()).toBeNull();
});

csvBytePathTests('JS', false);

import { expect, it } from 'vitest';
import type { CsvCells } from './csv-cells';
import { JsCsvCells } from './csv-cells-js';
import { wasmCsvCells } from './csv-cells-wasm';

/** Every row of the loaded block as the scanner cuts it: cells, flags and figures. */
function scan(cells: CsvCells, bytes: Uint8Array): unknown[] {
  cells.load(bytes);
  const rows: unknown[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const n = cells.row(pos);
    const cut = [];
    for (let k = 0; k < n; k++) cut.push([cells.starts[k], cells.ends[k], cells.flags[k]]);
    const [next, skipped, lines, malformed, unterminated] = cells.out;
    if (n < 0 || unterminated) {
      rows.push({ n, cut, skipped, unterminated });
      break;
    }
    rows.push({ n, cut, next, skipped, lines, malformed });
    pos = next;
  }
  return rows;
}

// The WebAssembly scan reads 64-byte windows of bit masks: cells that end on, before and after a
// window's edge, escaped quotes split by it, and runs longer than a window, at every offset.
it('cuts random rows of long and short cells as the JS scanner does, at every offset', () => {
  const wasm = wasmCsvCells()!;
  const js = new JsCsvCells();
  let seed = 11;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const pieces = ['a', ',', '"', '""', '\n', '\r\n', '\r', 'é', ' '];
  const text = (n: number) => {
    let s = '';
    for (let k = 0; k < n; k++) s += pieces[rand(pieces.length)];
    return s;
  };
  const cell = () => {
    const kind = rand(7);
    const n = rand(4) === 0 ? rand(150) : rand(6);
    if (kind === 0) return '';
    if (kind === 1) return 'x'.repeat(n);
    if (kind === 2) return text(n).replace(/[",\r\n]/g, '');
    // Text after the closing quote: malformed.
    if (kind === 3) return `"${text(n).replaceAll('"', '""')}"${rand(2) ? 'z' : '\r'}`;
    if (kind === 4) return `"${'""'.repeat(n)}"`;
    return `"${text(n).replaceAll('"', '""')}"`;
  };
  const encoder = new TextEncoder();
  for (let round = 0; round < 60; round++) {
    let csv = '';
    for (let row = 0, rows = 1 + rand(12); row < rows; row++) {
      if (rand(8) === 0) csv += rand(2) ? '\n' : '\r\n';
      const cells = Array.from({ length: 1 + rand(40) }, cell);
      csv += cells.join(',') + (rand(4) === 0 ? '\r\n' : '\n');
    }
    // Now and then a block that ends inside quotes or without a newline.
    if (rand(4) === 0) csv += rand(2) ? `a,"b${text(rand(80))}` : 'a,b';
    for (let offset = 0; offset < 64; offset++) {
      // A first row of `offset` bytes shifts the rest against the windows.
      const block = encoder.encode(`${'p'.repeat(offset)}\n${csv}`);
      expect(scan(wasm, block), `round ${round}, offset ${offset}`).toEqual(scan(js, block));
    }
  }
});

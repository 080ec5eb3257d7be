import type { ColumnData } from '../../chunk/column-data';
import type { FieldColumns } from './csv-cells';

/** What wasm/csv-columns.as.ts exports, through the csv-cells module. */
export interface FieldColumnExports {
  memory: WebAssembly.Memory;
  columnsReset(n: number): number;
  codeRow(ev: number, n: number): void;
  columnAt(q: number): number;
  poolAt(): number;
  poolBytes(): number;
  givenAt(len: number): number;
  rangesAt(n: number): number;
  addGiven(q: number, ev: number, len: number): void;
  addGivenList(q: number, ev: number, n: number): void;
  hasValue(q: number, ev: number): number;
}

// ignoreBOM: a U+FEFF opening a value is part of it, as in the text path.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * The byte path's field columns in the cell scanner's WebAssembly memory, where the block and the
 * row's cells already are (see wasm/csv-columns.as.ts): one call per row instead of a chain of
 * calls and a hash per cell in JS.
 */
export class WasmFieldColumns implements FieldColumns {
  private n = 0;
  /** The pool decoded, once per block at its first column read; null: not yet; ascii: cut it. */
  private pool: { text: string; ascii: boolean } | null = null;

  constructor(private readonly x: FieldColumnExports) {}

  start(positions: Int32Array): void {
    this.n = positions.length;
    this.pool = null;
    const at = this.x.columnsReset(positions.length);
    new Int32Array(this.x.memory.buffer, at, positions.length).set(positions);
  }

  codeRow(ev: number): void {
    this.x.codeRow(ev, this.n);
  }

  add(q: number, ev: number, value: string | readonly string[]): void {
    const { x } = this;
    if (typeof value === 'string') {
      const at = x.givenAt(value.length * 3);
      const { written } = encoder.encodeInto(
        value,
        new Uint8Array(x.memory.buffer, at, value.length * 3),
      );
      x.addGiven(q, ev, written);
      return;
    }
    let room = 0;
    for (const v of value) room += v.length * 3;
    const at = x.givenAt(room);
    const ranges = x.rangesAt(value.length);
    const { buffer } = x.memory;
    const bytes = new Uint8Array(buffer, at, room);
    const pairs = new Int32Array(buffer, ranges, 2 * value.length);
    let end = 0;
    value.forEach((v, k) => {
      pairs[2 * k] = end;
      end += encoder.encodeInto(v, bytes.subarray(end)).written;
      pairs[2 * k + 1] = end;
    });
    x.addGivenList(q, ev, value.length);
  }

  has(q: number, ev: number): boolean {
    return this.x.hasValue(q, ev) !== 0;
  }

  column(q: number): ColumnData {
    const { x } = this;
    const { buffer } = x.memory;
    const rec = new Int32Array(buffer, x.columnAt(q), 32);
    const [rowsAt, slots, codesAt, valueCount, dictAt, distinct, offsetsAt, listsAt, multi] = rec;
    // The record's fields: wasm/csv-columns.as.ts (NUMERIC at byte 56, NUMS at 60).
    const numbers = rec[14] !== 0 ? new Float64Array(buffer, rec[15], valueCount) : null;
    const mem = new Uint8Array(buffer, x.poolAt(), x.poolBytes());
    if (this.pool === null) {
      const text = utf8.decode(mem);
      this.pool = { text, ascii: text.length === mem.length };
    }
    const pairs = new Int32Array(buffer, dictAt, 2 * distinct);
    const dict = new Array<string>(distinct);
    // Cut from the pool decoded once while it is ASCII (a decode per value cost several times more).
    const { text, ascii } = this.pool;
    for (let c = 0; c < distinct; c++) {
      const at = pairs[2 * c];
      const end = at + pairs[2 * c + 1];
      dict[c] = ascii ? text.slice(at, end) : utf8.decode(mem.subarray(at, end));
    }
    return {
      slots,
      rows: new Uint16Array(buffer, rowsAt, slots),
      valueCount,
      numbers,
      codes: new Uint32Array(buffer, codesAt, numbers ? 0 : valueCount),
      dict,
      offsets: multi ? new Uint32Array(buffer, offsetsAt, slots + 1) : null,
      lists: multi ? new Uint8Array(buffer, listsAt, (slots + 7) >>> 3) : null,
    };
  }
}

import type { ColumnData } from '../../chunk/column-data';

/** Cell flags: a quoted cell holding `""`, a quoted cell holding a newline. */
export const ESCAPED = 1;
export const NEWLINE = 2;

/**
 * A block's CSV rows cut into cells, one row at a time: in WebAssembly (csv-cells-wasm.ts) where
 * the browser allows it, else by {@link JsCsvCells}. The tests hold both to the same cells.
 */
export interface CsvCells {
  /** The current row's cells: start and end in the block, and flags (ESCAPED, NEWLINE). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  /**
   * After row(): next position, blank lines skipped, newlines inside cells, malformed (1-based
   * column of a quoted cell with text after its closing quote, 0: none), unterminated (1: the
   * block ended inside quotes).
   */
  readonly out: Int32Array;
  /** Takes the block whose rows row() then reads. */
  load(bytes: Uint8Array): void;
  /** How many bytes of the block from its start are ASCII (the byte path's UTF-8 check). */
  asciiLength(): number;
  /** Cuts the row at `pos` (after blank lines) into cells; how many, or -1 past the last row. */
  row(pos: number): number;
  /** Where the rows' field cells can go straight into their columns (field-columns-wasm.ts), or null. */
  readonly fieldColumns: FieldColumns | null;
}

/**
 * The byte path's field columns, filled in WebAssembly (wasm/csv-columns.as.ts) from the rows'
 * cells: each column is one of the plan's field cells, by its index q in the list given to start.
 */
export interface FieldColumns {
  /** Starts a block whose field cells are at these positions of a row. */
  start(positions: Int32Array): void;
  /** Adds the current row's field cells (the last row() cut), as event ev. */
  codeRow(ev: number): void;
  /** Adds a value of the text path (a list as several) to column q, event ev. */
  add(q: number, ev: number, value: string | readonly string[]): void;
  /** Whether column q's last value is event ev's. */
  has(q: number, ev: number): boolean;
  /** What column q holds (valid until the next start or row). */
  column(q: number): ColumnData;
}

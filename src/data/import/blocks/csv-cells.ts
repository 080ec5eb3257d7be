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
}

/** A column filled elsewhere, whole (the byte path's field columns), for ColumnBuilder.load. */
export interface ColumnData {
  slots: number;
  /** Per slot, its event. */
  rows: Uint16Array;
  valueCount: number;
  /** Per value, when every value was a plain integer; then no codes and no dictionary. */
  numbers: Float64Array | null;
  /** Per value, its code: the values in order of first appearance. */
  codes: Uint32Array;
  dict: string[];
  /** Once the column had a list: where each slot's values start, and which slots were lists. */
  offsets: Uint32Array | null;
  lists: Uint8Array | null;
}

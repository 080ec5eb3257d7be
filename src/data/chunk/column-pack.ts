import { PackReader, PackWriter, packStrings, unpackStrings } from './pack-bytes';
import type { CodeArray, ColumnRecord } from './records';

/*
 * One column as bytes in a chunk's blob, so a search reads the columns it needs and no others.
 * Header (Uint32 x 10): kind (0 dictionary, 1 numbers), which of rows/offsets/lists are there
 * (bits 0-2), their lengths, the width of a value (codes 1/2/4, numbers 4 = Int32, 8 = Float64),
 * how many values, the dictionary's size, whether its text is UTF-16, and the text's length.
 * Then each array, aligned: rows, offsets, lists, values, the strings' lengths, the text.
 */
const HEADER = 10;

export function packColumn(c: ColumnRecord, out: PackWriter): void {
  const header = new Uint32Array(HEADER);
  const values = c.kind === 'dict' ? c.codes : c.numbers;
  header[0] = c.kind === 'dict' ? 0 : 1;
  header[1] = (c.rows ? 1 : 0) | (c.offsets ? 2 : 0) | (c.lists ? 4 : 0);
  header[2] = c.rows?.length ?? 0;
  header[3] = c.offsets?.length ?? 0;
  header[4] = c.lists?.length ?? 0;
  header[5] = values.BYTES_PER_ELEMENT;
  header[6] = values.length;
  const strings = c.kind === 'dict' ? packStrings(c.dict) : null;
  if (strings) {
    header[7] = strings.lengths.length;
    header[8] = strings.utf16 ? 1 : 0;
    header[9] = strings.text.length;
  }
  out.add(header);
  if (c.rows) out.add(c.rows as Uint16Array<ArrayBuffer>);
  if (c.offsets) out.add(c.offsets as Uint32Array<ArrayBuffer>);
  if (c.lists) out.add(c.lists as Uint8Array<ArrayBuffer>);
  out.add(values as ArrayBufferView<ArrayBuffer>);
  if (strings) {
    out.add(strings.lengths);
    out.add(strings.text);
  }
  out.pad();
}

/** The column packed at `at` in `buf`, its arrays copied out. */
export function unpackColumn(name: string, buf: ArrayBuffer, at: number): ColumnRecord {
  const r = new PackReader(buf, at);
  const h = r.viewU32(HEADER).slice();
  const layout: { name: string; rows?: Uint16Array; offsets?: Uint32Array; lists?: Uint8Array } = {
    name,
  };
  if (h[1] & 1) layout.rows = r.u16(h[2]);
  if (h[1] & 2) layout.offsets = r.u32(h[3]);
  if (h[1] & 4) layout.lists = r.u8(h[4]);
  const width = h[5];
  const n = h[6];
  if (h[0] === 1) {
    const numbers = width === 4 ? r.i32(n) : r.f64(n);
    return { ...layout, kind: 'number', numbers };
  }
  const codes: CodeArray = width === 1 ? r.u8(n) : width === 2 ? r.u16(n) : r.u32(n);
  const utf16 = h[8] === 1;
  const lengths = r.viewU32(h[7]);
  const text = utf16 ? new Uint16Array(r.viewU8(2 * h[9]).slice().buffer) : r.viewU8(h[9]);
  return { ...layout, kind: 'dict', dict: unpackStrings(utf16, lengths, text), codes };
}

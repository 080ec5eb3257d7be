import type { ChunkColumn } from '../../engine';
import type { ColumnReader } from './column-reader';
import type { CodeArray } from './records';

/**
 * A stored column as one dictionary code per event (the engine's `ChunkColumn`), or null when some
 * event holds a list. Dense dictionary columns are handed out as stored; sparse and number
 * columns are spread into a new code array once per chunk and field, as narrow as the codes allow
 * (the cache keeps these for every chunk).
 */
export function columnCodes(reader: ColumnReader | undefined, count: number): ChunkColumn | null {
  if (!reader) return { dict: [], codes: new Uint8Array(count) };
  if (reader.offsets) return null;
  if (reader.kind === 'dict' && !reader.rows) return { dict: reader.dict, codes: reader.codes };

  const dict: string[] = [];
  // Codes of number values, by the number; built only for number columns.
  const byNumber = new Map<number, number>();
  const codeAt = (position: number): number => {
    if (reader.kind === 'dict') return reader.codes[position];
    const n = reader.numbers[position];
    if (Number.isNaN(n)) return -1;
    let code = byNumber.get(n);
    if (code === undefined) {
      code = dict.length;
      dict.push(String(n));
      byNumber.set(n, code);
    }
    return code;
  };
  if (reader.kind === 'dict') dict.push(...reader.dict);
  const slots = reader.rows ? reader.rows.length : count;
  const raw = new Int32Array(slots);
  for (let s = 0; s < slots; s++) raw[s] = codeAt(s);
  // The missing code is dict.length, known only once every value has been seen.
  const missing = dict.length;
  const codes = codeArray(missing, count).fill(missing);
  for (let s = 0; s < slots; s++) {
    const code = raw[s];
    if (code >= 0) codes[reader.rows ? reader.rows[s] : s] = code;
  }
  return { dict, codes };
}

/** The narrowest array that holds codes up to `max`. */
export function codeArray(max: number, count: number): CodeArray {
  if (max < 256) return new Uint8Array(count);
  if (max < 65536) return new Uint16Array(count);
  return new Uint32Array(count);
}

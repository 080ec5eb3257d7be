import type { ChunkSummary } from '../../engine';
import { columnCodes } from './column-codes';
import { columnReader } from './column-reader';
import type { ColumnsRecord } from './records';

/** The fields a summary counts by: Splunk's indexed fields, which most counts and charts split by. */
export const SUMMARY_FIELDS = ['index', 'sourcetype', 'host', 'source'] as const;

/**
 * A quarter of an hour: every time zone in use today is offset from UTC by whole quarters, so an
 * hour, a day or a half hour in the user's zone is a whole number of cells.
 */
export const SUMMARY_CELL_MS = 15 * 60_000;

/** Past these a chunk's events are too spread out to summarise usefully; its counts scan. */
const MAX_COMBOS = 65_535;
const MAX_CELLS = 16_384;
/** Cells x combinations counted in a table rather than a map. */
const DENSE_LIMIT = 1 << 20;

/**
 * Counts a chunk's events per (quarter hour, combination of index/sourcetype/host/source). Null
 * when some event holds a list in one of those fields (a count by it would count the event under
 * each value, which the combination cannot say) or when the counts would not be small.
 */
export function summarizeChunk(rec: ColumnsRecord): ChunkSummary | null {
  const { count, times } = rec;
  const byName = new Map(rec.columns.map((c) => [c.name, c]));
  const codes: ArrayLike<number>[] = [];
  const values: string[][] = [];
  for (const field of SUMMARY_FIELDS) {
    const c = byName.get(field);
    const column = columnCodes(c && columnReader(c, count), count);
    if (!column) return null;
    codes.push(column.codes);
    values.push(column.dict.slice());
  }
  // A combination's key: the four codes in mixed radix (a code dict.length is "absent").
  const radix = values.map((v) => v.length + 1);
  const comboOf = new Map<number, number>();
  const combos: number[] = [];
  const comboOfEvent = new Uint32Array(count);
  let firstCell = Infinity;
  let lastCell = -Infinity;
  for (let i = 0; i < count; i++) {
    let key = 0;
    for (let f = 0; f < 4; f++) key = key * radix[f] + codes[f][i];
    let combo = comboOf.get(key);
    if (combo === undefined) {
      combo = comboOf.size;
      if (combo >= MAX_COMBOS) return null;
      comboOf.set(key, combo);
      for (let f = 0; f < 4; f++) {
        const code = codes[f][i];
        combos.push(code < values[f].length ? code : -1);
      }
    }
    comboOfEvent[i] = combo;
    const cell = Math.floor(times[i] / SUMMARY_CELL_MS);
    if (cell < firstCell) firstCell = cell;
    if (cell > lastCell) lastCell = cell;
  }
  const nCombos = comboOf.size;
  const span = count === 0 ? 0 : lastCell - firstCell + 1;
  // Events per (cell, combination): in a table when the chunk spans a few days, else by key.
  const counts = new Map<number, number>();
  const table = span * nCombos <= DENSE_LIMIT ? new Uint32Array(span * nCombos) : null;
  for (let i = 0; i < count; i++) {
    const k = (Math.floor(times[i] / SUMMARY_CELL_MS) - firstCell) * nCombos + comboOfEvent[i];
    if (table) table[k]++;
    else counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  if (table) for (let k = 0; k < table.length; k++) if (table[k] > 0) counts.set(k, table[k]);
  if (counts.size > MAX_CELLS) return null;
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const cells = new Float64Array(keys.length);
  const cellCombos = new Uint32Array(keys.length);
  const cellCounts = new Uint32Array(keys.length);
  keys.forEach((k, j) => {
    cells[j] = firstCell + Math.floor(k / nCombos);
    cellCombos[j] = k % nCombos;
    cellCounts[j] = counts.get(k)!;
  });
  return {
    cellMs: SUMMARY_CELL_MS,
    fields: [...SUMMARY_FIELDS],
    values,
    combos: Int32Array.from(combos),
    cells,
    cellCombos,
    cellCounts,
  };
}

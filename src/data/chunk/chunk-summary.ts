import type { ChunkSummary } from '../../engine';
import { columnCodes } from './column-codes';
import { columnReader } from './column-reader';
import type { CodeArray, ColumnsRecord } from './records';

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
  // Each loop in a function of its own: as one function, compiled mid-loop in the first chunk and
  // left into code never run yet, this was V8's most recompiled function in a block worker.
  const codes: CodeArray[] = [];
  const values: string[][] = [];
  for (const field of SUMMARY_FIELDS) {
    const c = byName.get(field);
    const column = columnCodes(c && columnReader(c, count), count);
    if (!column) return null;
    codes.push(column.codes as CodeArray);
    values.push(column.dict.slice());
  }
  // A combination's key: the four codes in mixed radix (a code dict.length is "absent").
  const keys = new Float64Array(count);
  for (let f = 0; f < 4; f++) mixCodes(keys, codes[f], values[f].length + 1);
  const comboOfEvent = new Uint32Array(count);
  const combos = assignCombos(keys, codes, values, comboOfEvent);
  if (!combos) return null;
  const nCombos = combos.length / 4;
  cellRange(times, count);
  const firstCell = range[0];
  const lastCell = range[1];
  const span = count === 0 ? 0 : lastCell - firstCell + 1;
  const counts = countCells(times, count, comboOfEvent, nCombos, firstCell, span);
  if (counts.size > MAX_CELLS) return null;
  const keysOut = [...counts.keys()].sort((a, b) => a - b);
  const cells = new Float64Array(keysOut.length);
  const cellCombos = new Uint32Array(keysOut.length);
  const cellCounts = new Uint32Array(keysOut.length);
  keysOut.forEach((k, j) => {
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

function mixCodes(keys: Float64Array, codes: CodeArray, radix: number): void {
  for (let i = 0; i < keys.length; i++) keys[i] = keys[i] * radix + codes[i];
}

/**
 * Numbers each event's combination in order of first appearance (into comboOfEvent) and returns
 * the combinations' codes, four per combination (-1: absent), or null past MAX_COMBOS.
 */
function assignCombos(
  keys: Float64Array,
  codes: CodeArray[],
  values: string[][],
  comboOfEvent: Uint32Array,
): number[] | null {
  const comboOf = new Map<number, number>();
  const combos: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
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
  }
  return combos;
}

function cellOf(time: number): number {
  return Math.floor(time / SUMMARY_CELL_MS);
}

/** The first and last cell of the events' times, into `range`. */
const range = new Float64Array(2);
function cellRange(times: Float64Array, count: number): void {
  let firstCell = Infinity;
  let lastCell = -Infinity;
  for (let i = 0; i < count; i++) {
    const cell = cellOf(times[i]);
    if (cell < firstCell) firstCell = cell;
    if (cell > lastCell) lastCell = cell;
  }
  range[0] = firstCell;
  range[1] = lastCell;
}

/** Events per (cell, combination), by key: in a table when the chunk spans a few days. */
function countCells(
  times: Float64Array,
  count: number,
  comboOfEvent: Uint32Array,
  nCombos: number,
  firstCell: number,
  span: number,
): Map<number, number> {
  const counts = new Map<number, number>();
  if (span * nCombos <= DENSE_LIMIT) {
    const table = new Uint32Array(span * nCombos);
    for (let i = 0; i < count; i++)
      table[(cellOf(times[i]) - firstCell) * nCombos + comboOfEvent[i]]++;
    for (let k = 0; k < table.length; k++) if (table[k] > 0) counts.set(k, table[k]);
  } else {
    for (let i = 0; i < count; i++) {
      const k = (cellOf(times[i]) - firstCell) * nCombos + comboOfEvent[i];
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

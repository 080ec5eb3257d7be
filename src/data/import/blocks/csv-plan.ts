import { CsvReader } from '../../formats/csv-reader';
import { ROLE_FIELD, ROLE_MV, type CsvColumns } from '../../formats/csv-columns';
import { layoutOf } from '../../normalize';
import type { TimeReading } from '../../time/time-rule';

/** What a header row says, worked out once per header (every block of a file repeats it). */
export interface Plan {
  header: string;
  reading: TimeReading;
  columns: CsvColumns;
  issues: { line: number; message: string; field?: string }[];
  names: readonly string[];
  /** Per position, the column a value goes to, or null (as toEvent's layout says). */
  storeAs: readonly (string | null)[];
  /** Positions (< count) of the time fields, in the order they are tried. */
  time: number[];
  /** Position of `_raw`, or -1 when it has none among the cells (every row takes the text path). */
  raw: number;
  /** Cells that become fields: role FIELD, stored under a column. */
  fields: Int32Array;
  /** `__mv_` cells; a row with any of them filled takes the text path. */
  mv: Int32Array;
  /**
   * Per column name of a field cell, its index in `fields` (the field columns' q), and that of
   * `index` (-1: none); null when two field cells share a column (those are added in JS).
   */
  coded: { names: Map<string, number>; index: number } | null;
}

let lastPlan: Plan | null = null;

export function planOf(header: string, reading: TimeReading): Plan | null {
  if (lastPlan !== null && lastPlan.header === header && lastPlan.reading === reading) {
    return lastPlan;
  }
  const issues: Plan['issues'] = [];
  const reader = new CsvReader({
    record() {},
    issue: (line, message, field) => issues.push({ line, message, field }),
  });
  reader.push(header);
  const columns = reader.header;
  if (columns === null) return null;
  const { names, count, roles } = columns;
  const layout = layoutOf(names, reading.field);
  const fields: number[] = [];
  const mv: number[] = [];
  for (let k = 0; k < count; k++) {
    if (roles[k] === ROLE_MV) mv.push(k);
    else if (roles[k] === ROLE_FIELD && layout.columns[k] !== null) fields.push(k);
  }
  const cell = (at: number) => (at < count ? at : -1);
  const byName = new Map<string, number>();
  for (const k of fields) byName.set(layout.columns[k]!, byName.size);
  lastPlan = {
    header,
    reading,
    columns,
    issues,
    names,
    storeAs: layout.columns,
    time: layout.time.filter((at) => at < count),
    raw: cell(layout.raw),
    fields: Int32Array.from(fields),
    mv: Int32Array.from(mv),
    coded:
      byName.size === fields.length ? { names: byName, index: byName.get('index') ?? -1 } : null,
  };
  return lastPlan;
}

import type { FieldValue } from '../model';
import { parseMvColumn, splitMultivalue } from './csv-multivalue';
import { t } from '../../i18n/messages';

const MV_PREFIX = '__mv_';

export const ROLE_FIELD = 0;
/** `_raw` keeps its newlines: they are the event's own line breaks, not a multivalue. */
export const ROLE_RAW = 1;
/** `__mv_<field>` columns feed `<field>` and are not fields themselves. */
export const ROLE_MV = 2;

/**
 * What the header row of a Splunk CSV export says about each column, and how a row of cells
 * becomes a record's values.
 */
export class CsvColumns {
  readonly count: number;
  /**
   * The records' field names, one per column (an `__mv_` column's never has a value), then the
   * fields known only from an `__mv_` column. Every record of the file shares this array.
   */
  readonly names: readonly string[];
  readonly roles: Uint8Array;
  /** Per column, the index of its `__mv_` companion, or -1. */
  readonly mvColumn: Int32Array;
  /** `__mv_x` columns with no `x` column: x comes from the companion alone. */
  readonly mvOnly: { name: string; column: number }[] = [];

  /**
   * Names are kept exactly as exported. An empty or repeated name would lose data (two values
   * under one key), so such a column is renamed and reported through `problem`.
   */
  constructor(header: readonly string[], problem: (message: string, field: string) => void) {
    this.count = header.length;
    const names: string[] = [];
    const seen = new Set<string>();
    // A set, not header.includes: a header of many repeated names (a file whose lines end in CR
    // alone is one row) made renaming quadratic.
    const inHeader = new Set(header);
    for (let col = 0; col < header.length; col++) {
      const original = header[col];
      let name = original;
      if (name === '' || seen.has(name)) {
        const base = name === '' ? 'field' : name;
        let n = col + 1;
        name = `${base}_${n}`;
        while (seen.has(name) || inHeader.has(name)) name = `${base}_${++n}`;
        problem(
          original === ''
            ? t('import.problem.unnamedColumn', { column: col + 1, name })
            : t('import.problem.duplicateColumn', { original, column: col + 1, name }),
          name,
        );
      }
      seen.add(name);
      names.push(name);
    }

    const index = new Map(names.map((name, col) => [name, col]));
    this.roles = new Uint8Array(this.count);
    this.mvColumn = new Int32Array(this.count).fill(-1);
    for (let col = 0; col < this.count; col++) {
      const name = names[col];
      if (name === '_raw') this.roles[col] = ROLE_RAW;
      if (!name.startsWith(MV_PREFIX) || name.length === MV_PREFIX.length) continue;
      this.roles[col] = ROLE_MV;
      const target = name.slice(MV_PREFIX.length);
      const targetCol = index.get(target);
      if (targetCol === undefined) this.mvOnly.push({ name: target, column: col });
      else this.mvColumn[targetCol] = col;
    }
    for (const { name } of this.mvOnly) names.push(name);
    this.names = names;
  }

  /**
   * The values of one row, parallel to {@link names}; `cells` holds at least `count` cells. Empty
   * cells are absent fields.
   */
  values(cells: readonly string[]): (FieldValue | undefined)[] {
    const values: (FieldValue | undefined)[] = [];
    const { roles, mvColumn } = this;
    for (let col = 0; col < this.count; col++) {
      const role = roles[col];
      if (role === ROLE_MV) {
        values.push(undefined);
        continue;
      }
      const mvCol = mvColumn[col];
      if (mvCol !== -1) {
        const parsed = mvValue(cells[mvCol]);
        if (parsed !== undefined) {
          values.push(parsed);
          continue;
        }
      }
      const cell = cells[col];
      if (cell === '') values.push(undefined);
      else if (role === ROLE_FIELD && cell.indexOf('\n') !== -1) values.push(splitMultivalue(cell));
      else values.push(cell);
    }
    for (const { column } of this.mvOnly) values.push(mvValue(cells[column]));
    return values;
  }
}

function mvValue(mv: string): FieldValue | undefined {
  if (mv === '') return undefined;
  return parseMvColumn(mv) ?? undefined;
}

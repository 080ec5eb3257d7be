import type { SideBySide } from '../../../hunts/types';
import type { ResultSet, Row, Value } from '../../../engine';

/** One column of the comparison: a field on each side (either may be missing). */
export interface ColumnPair {
  /** Header shown above both sides. */
  name: string;
  left: string | null;
  right: string | null;
  /** Times differ between sessions by nature, so they are shown but not compared. */
  compared: boolean;
  isTime: boolean;
  /** Names the session (`src`/`src_s`): shown in the group heading rather than on every row. */
  isKey?: boolean;
}

export interface ComparedRow {
  left: Row | null;
  right: Row | null;
  /** Per pair (same order as `pairs`): whether the two cells differ. */
  differs: boolean[];
  identical: boolean;
}

export interface Comparison {
  /** Describes each side: `src = 10.0.2.107`. */
  leftLabel: string;
  rightLabel: string;
  pairs: ColumnPair[];
  rows: ComparedRow[];
  identical: number;
  /** Rows on the left and on the right (they can differ; extra rows never match). */
  leftCount: number;
  rightCount: number;
}

/** How the view splits the result, once the user's choices are filled in. */
export type SplitChoice =
  | { kind: 'field'; field: string; left: string; right: string }
  | { kind: 'suffix'; suffix: string };

export type CellText = (row: Row, field: string) => string;

export function valueText(v: Value | undefined): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join('\n') : String(v);
}

const rawText: CellText = (row, field) => valueText(row[field]);

/** Distinct values of a field in the order they first appear (rows without it are left out). */
export function groupValues(result: ResultSet, field: string): string[] {
  const seen = new Set<string>();
  for (const row of result.rows) {
    const v = row[field];
    if (v === null || v === undefined) continue;
    seen.add(valueText(v));
  }
  return [...seen];
}

/** Fields that can split a result into sessions: not internal, with two values or more. */
export function splittableFields(result: ResultSet): string[] {
  return result.fields.filter((f) => !f.startsWith('_') && groupValues(result, f).length >= 2);
}

/**
 * What to split by when the hunt does not say: the `appendcols` shape when at least two fields
 * come back with the same suffix (`src`/`src_s`, `method`/`method_s`), else a field with exactly
 * two values (the two sessions); null when neither fits, and the user chooses.
 */
export function inferSplit(result: ResultSet): SideBySide | null {
  const suffix = inferSuffix(result.fields);
  if (suffix) return { suffix };
  const field = result.fields.find(
    (f) => !f.startsWith('_') && groupValues(result, f).length === 2,
  );
  return field ? { field } : null;
}

function inferSuffix(fields: string[]): string | null {
  const present = new Set(fields);
  const pairs = new Map<string, number>();
  for (const f of fields) {
    const cut = f.lastIndexOf('_');
    if (cut <= 0) continue;
    const suffix = f.slice(cut);
    if (present.has(f.slice(0, cut))) pairs.set(suffix, (pairs.get(suffix) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [suffix, n] of pairs)
    if (n >= 2 && (!best || n > (pairs.get(best) ?? 0))) best = suffix;
  return best;
}

/** Rows grouped by `field`, each side in result order, columns = every other field. */
export function compareByField(
  result: ResultSet,
  field: string,
  left: string,
  right: string,
  text: CellText = rawText,
): Comparison {
  const leftRows = result.rows.filter((r) => valueText(r[field]) === left && r[field] != null);
  const rightRows = result.rows.filter((r) => valueText(r[field]) === right && r[field] != null);
  const pairs: ColumnPair[] = result.fields
    .filter((f) => f !== field && (!f.startsWith('_') || f === '_time'))
    .map((f) => ({ name: f, left: f, right: f, compared: f !== '_time', isTime: f === '_time' }));
  return align(`${field} = ${left}`, `${field} = ${right}`, pairs, leftRows, rightRows, text);
}

/**
 * The `appendcols` shape: every row holds both sessions, `x` on the left and `x<suffix>` on the
 * right. A pair whose value is the same on every row of each side yet differs between the sides
 * (`src` and `src_s`) names the sessions: it labels the groups instead of counting as a
 * difference on every row.
 */
export function compareBySuffix(
  result: ResultSet,
  suffix: string,
  text: CellText = rawText,
): Comparison {
  const rightFields = result.fields.filter((f) => f.endsWith(suffix) && f.length > suffix.length);
  const leftFields = result.fields.filter((f) => !rightFields.includes(f));
  const used = new Set<string>();
  const pairs: ColumnPair[] = [];
  for (const l of leftFields) {
    if (l.startsWith('_') && l !== '_time') continue;
    // appendcols drops `_` fields, so the second session's time comes back as `time<suffix>`.
    const base = l === '_time' ? 'time' : l;
    const r = rightFields.find((f) => f === base + suffix || f === l + suffix) ?? null;
    if (r) used.add(r);
    const isTime = l === '_time' || l === 'time';
    pairs.push({ name: l, left: l, right: r, compared: r !== null && !isTime, isTime });
  }
  for (const r of rightFields) {
    if (used.has(r)) continue;
    const isTime = r === 'time' + suffix;
    pairs.push({ name: r, left: null, right: r, compared: false, isTime });
  }

  const rows = result.rows;
  const leftRows = rows.filter((row) => leftFields.some((f) => row[f] != null));
  const rightRows = rows.filter((row) => rightFields.some((f) => row[f] != null));
  let leftLabel = '';
  let rightLabel = '';
  for (const p of pairs) {
    if (!p.compared || !p.left || !p.right) continue;
    const lv = constantText(leftRows, p.left, text);
    const rv = constantText(rightRows, p.right, text);
    if (lv !== null && rv !== null && lv !== rv) {
      p.compared = false;
      p.isKey = true;
      leftLabel ||= `${p.left} = ${lv}`;
      rightLabel ||= `${p.right} = ${rv}`;
    }
  }
  return align(leftLabel, rightLabel, pairs, leftRows, rightRows, text);
}

function constantText(rows: Row[], field: string, text: CellText): string | null {
  if (rows.length === 0) return null;
  const first = text(rows[0], field);
  return rows.every((r) => text(r, field) === first) ? first : null;
}

/** Lines the two sides up by position and marks the compared cells that differ. */
function align(
  leftLabel: string,
  rightLabel: string,
  pairs: ColumnPair[],
  leftRows: Row[],
  rightRows: Row[],
  text: CellText,
): Comparison {
  const n = Math.max(leftRows.length, rightRows.length);
  const rows: ComparedRow[] = [];
  let identical = 0;
  for (let i = 0; i < n; i++) {
    const left = leftRows[i] ?? null;
    const right = rightRows[i] ?? null;
    const differs = pairs.map((p) => {
      if (!p.compared) return false;
      if (!left || !right) return true;
      return text(left, p.left as string) !== text(right, p.right as string);
    });
    const same = left !== null && right !== null && !differs.some(Boolean);
    if (same) identical++;
    rows.push({ left, right, differs, identical: same });
  }
  return {
    leftLabel,
    rightLabel,
    pairs,
    rows,
    identical,
    leftCount: leftRows.length,
    rightCount: rightRows.length,
  };
}

import type { Row, Value } from '../../../engine';

export type SortDir = 'ascending' | 'descending';

function firstScalar(v: Value | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

function asNumber(v: string | number | null): number | null {
  if (typeof v === 'number') return v;
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * Rows sorted by a field: numbers (also numeric text) first, numerically; then text in
 * natural order; empty cells last either way. Stable, so a second sort keeps ties in order.
 */
export function sortRows(rows: Row[], field: string, dir: SortDir): Row[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, i) => {
    const v = firstScalar(row[field]);
    return { row, i, v, n: asNumber(v) };
  });
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) {
      if (a.v === b.v) return a.i - b.i;
      return a.v === null ? 1 : -1;
    }
    let c: number;
    if (a.n !== null && b.n !== null) c = a.n - b.n;
    else if (a.n !== null) c = -1;
    else if (b.n !== null) c = 1;
    else c = collator.compare(String(a.v), String(b.v));
    return c !== 0 ? c * sign : a.i - b.i;
  });
  return keyed.map((k) => k.row);
}

/** Whether every present value of the field is a number, so its column is right-aligned. */
export function isNumericColumn(rows: Row[], field: string): boolean {
  let seen = false;
  for (const row of rows.slice(0, 200)) {
    const v = firstScalar(row[field]);
    if (v === null) continue;
    if (asNumber(v) === null) return false;
    seen = true;
  }
  return seen;
}

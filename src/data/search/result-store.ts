import type { Row } from '../../engine';
import { fieldValues, type FieldValueCount } from './events-summary';

/** Results kept at once: a hunt step shows a few events panels, and Back should not rerun. */
export const MAX_KEPT_RESULTS = 4;
/** Rows kept over all results, so several all-event searches of a large dataset stay bounded. */
export const MAX_KEPT_ROWS = 600_000;

export class ResultReleasedError extends Error {
  constructor(resultId: number) {
    super(`Result ${resultId} is no longer kept; run the search again`);
    this.name = 'ResultReleasedError';
  }
}

/**
 * The full rows of recent events searches, in the worker, so the page receives one page of
 * events at a time. Oldest first out; the newest result is always kept, however large.
 */
export class ResultStore {
  private readonly results = new Map<number, Row[]>();

  constructor(
    private readonly maxResults = MAX_KEPT_RESULTS,
    private readonly maxRows = MAX_KEPT_ROWS,
  ) {}

  keep(resultId: number, rows: Row[]): void {
    this.results.delete(resultId);
    this.results.set(resultId, rows);
    let total = 0;
    for (const r of this.results.values()) total += r.length;
    for (const [id, r] of this.results) {
      if (id === resultId) break;
      if (this.results.size <= this.maxResults && total <= this.maxRows) break;
      this.results.delete(id);
      total -= r.length;
    }
  }

  release(resultId: number): void {
    this.results.delete(resultId);
  }

  has(resultId: number): boolean {
    return this.results.has(resultId);
  }

  get size(): number {
    return this.results.size;
  }

  private rowsOf(resultId: number): Row[] {
    const rows = this.results.get(resultId);
    if (!rows) throw new ResultReleasedError(resultId);
    return rows;
  }

  page(resultId: number, offset: number, limit: number): Row[] {
    const rows = this.rowsOf(resultId);
    const from = Math.max(0, Math.floor(offset));
    return rows.slice(from, from + Math.max(0, Math.floor(limit)));
  }

  fieldValues(resultId: number, field: string, limit?: number): FieldValueCount[] {
    return fieldValues(this.rowsOf(resultId), field, limit);
  }
}

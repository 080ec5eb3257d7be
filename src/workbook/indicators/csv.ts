import { toCsv } from '../csv';
import { defang } from './defang';
import type { Indicator } from './types';

/** CSV (RFC 4180, CRLF) with columns kind,value,seen; no cell can start a formula. */
export function indicatorsCsv(list: Indicator[], opts: { defanged?: boolean } = {}): string {
  const rows = list.map((ind) => ({
    kind: ind.kind,
    value: opts.defanged ? defang(ind.value, ind.kind) : ind.value,
    // One sighting a line, as multivalue cells are exported elsewhere in the workbook.
    seen: ind.seen.map((s) => s.label),
  }));
  return toCsv(['kind', 'value', 'seen'], rows);
}

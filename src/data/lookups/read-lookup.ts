import { dataMap } from '../../engine';
import { createReader } from '../formats/create-reader';
import type { LookupRecord } from '../db/schema-types';
import { t } from '../../i18n/messages';

/** Why a lookup file was refused: the file, the line (1-based) and the problem, for the user. */
export class LookupFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(t('import.lookup.problem', { file, line: String(line), problem }));
    this.name = 'LookupFileError';
  }
}

export type LookupTable = Pick<LookupRecord, 'fields' | 'rows'>;

/**
 * A table's column names in the order first seen. Rows of a CSV share one names array, so each
 * array is read once: `fields.includes` per name of every row was quadratic in the columns.
 */
export class ColumnList {
  readonly fields: string[] = [];
  private readonly known = new Set<string>();
  private last: readonly string[] | null = null;

  add(names: readonly string[]): void {
    if (names === this.last) return;
    this.last = names;
    for (const name of names) {
      if (this.known.has(name)) continue;
      this.known.add(name);
      this.fields.push(name);
    }
  }
}

/**
 * Reads a CSV lookup file with the same reader as event exports and `lookupTable` in
 * `workbook/export-events.ts`, so the app and the command-line hunt check see the same rows.
 *
 * Stricter than an event import: a skipped or renamed row in an asset list would silently enrich
 * with wrong owners, so any problem refuses the whole file (the stored table stays as it was).
 */
export function readLookupCsv(file: string, text: string): LookupTable {
  const columns = new ColumnList();
  const fields = columns.fields;
  const rows: Record<string, string>[] = [];
  let problem: { line: number; message: string } | null = null;
  const firstLine = headerLine(text);
  if (firstLine.trim() === '') {
    throw new LookupFileError(file, 1, t('import.lookup.noHeader'));
  }
  const reader = createReader('splunk-csv', {
    record(rec) {
      columns.add(rec.names);
      const row = dataMap<string>();
      rec.names.forEach((name, i) => {
        const v = rec.values[i];
        const s = Array.isArray(v) ? v.join('\n') : v;
        if (s !== undefined && s !== null && s !== '') row[name] = String(s);
      });
      rows.push(row);
    },
    issue(line, message) {
      problem ??= { line, message };
    },
  });
  reader.push(text);
  reader.end();
  if (problem !== null) {
    const p = problem as { line: number; message: string };
    throw new LookupFileError(file, p.line, p.message);
  }
  if (fields.length === 0) {
    // A header with no rows below: keep its columns so the table still exists.
    for (const name of firstLine.split(',')) fields.push(name.replace(/^"|"$/g, '').trim());
  }
  return { fields, rows };
}

/** The first line of the text, without a byte order mark or its line end. */
function headerLine(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const nl = text.indexOf('\n', start);
  const line = text.slice(start, nl === -1 ? text.length : nl);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

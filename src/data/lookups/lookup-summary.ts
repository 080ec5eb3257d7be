import type { LookupRecord } from '../db/schema-types';

/** What the data manager lists: a table without its rows. */
export interface LookupSummary {
  name: string;
  fields: string[];
  rowCount: number;
  origin: string;
  importedAt: number;
}

/** The tables without their rows, by name. */
export function lookupSummaries(records: readonly LookupRecord[]): LookupSummary[] {
  return records
    .map((r) => ({
      name: r.name,
      fields: r.fields,
      rowCount: r.rows.length,
      origin: r.origin,
      importedAt: r.importedAt,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

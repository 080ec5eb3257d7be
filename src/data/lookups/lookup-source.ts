import { dataMap, type LookupSource, ownValue, type ResultSet, type Row } from '../../engine';
import type { WorkbookDB } from '../db/db';
import type { LookupRecord } from '../db/schema-types';

/** The origin of tables a search wrote with outputlookup. */
export const OUTPUTLOOKUP_ORIGIN = 'outputlookup';

/** A stored table as the rows `lookup` and `inputlookup` read (null-prototype rows). */
export function recordToResultSet(record: Pick<LookupRecord, 'fields' | 'rows'>): ResultSet {
  const rows = record.rows.map((r) => {
    const row: Row = dataMap();
    for (const name of record.fields) {
      const v = ownValue(r, name);
      if (v !== undefined && v !== '') row[name] = v;
    }
    return row;
  });
  return { fields: [...record.fields], rows };
}

/**
 * The lookup tables of the database, for the search worker. One per search: tables are read
 * when a search names them, so a table imported a moment ago is seen by the next search.
 */
export class StoredLookupSource implements LookupSource {
  private readonly read = new Map<string, Promise<ResultSet | null>>();

  constructor(private readonly db: WorkbookDB) {}

  table(name: string): Promise<ResultSet | null> {
    let p = this.read.get(name);
    if (!p) {
      p = this.db.lookups.get(name).then((r) => (r ? recordToResultSet(r) : null));
      this.read.set(name, p);
    }
    return p;
  }

  async names(): Promise<readonly string[]> {
    return (await this.db.lookups.toCollection().primaryKeys()).map(String);
  }

  /** outputlookup: stored as an imported table is, replacing one of that name. */
  async save(name: string, table: ResultSet): Promise<void> {
    const rows = table.rows.map((row) => {
      const out: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const [k, v] of Object.entries(row)) {
        if (v !== null) out[k] = Array.isArray(v) ? v.join('\n') : String(v);
      }
      return out;
    });
    await this.db.lookups.put({
      name,
      fields: [...table.fields],
      rows,
      origin: OUTPUTLOOKUP_ORIGIN,
      importedAt: Date.now(),
    });
    this.read.set(name, Promise.resolve(recordToResultSet({ fields: table.fields, rows })));
  }
}

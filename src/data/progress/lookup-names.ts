import { getDb, type WorkbookDB } from '../db/db';

/** Names of the stored lookup tables, for telling which of a hunt's lookups are present. */
export async function storedLookupNames(db: WorkbookDB = getDb()): Promise<string[]> {
  return (await db.lookups.toCollection().primaryKeys()).map(String);
}

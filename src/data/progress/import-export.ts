import { getDb, type WorkbookDB } from '../db/db';
import type { HuntProgressRecord } from '../db/schema-types';
import { emptyProgress } from './progress';

/** Every hunt's stored progress, by hunt id, with fields an older build did not write filled. */
export async function exportAllProgress(db: WorkbookDB = getDb()): Promise<HuntProgressRecord[]> {
  const all = await db.progress.toArray();
  return all
    .map((r) => ({ ...emptyProgress(r.huntId), ...r }))
    .sort((a, b) => (a.huntId < b.huntId ? -1 : a.huntId > b.huntId ? 1 : 0));
}

/**
 * Writes imported progress records in one transaction: every record or none, so that a file
 * that fails half-way changes nothing. `merge` (the default) replaces the hunts in the file and
 * keeps the others; `replace` first removes all stored progress.
 */
export async function importProgress(
  records: HuntProgressRecord[],
  db: WorkbookDB = getDb(),
  mode: 'merge' | 'replace' = 'merge',
): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    if (mode === 'replace') await db.progress.clear();
    await db.progress.bulkPut(records);
  });
}

import { pruneProgress, type KeptIds } from '../progress/prune';
import { getDb, type WorkbookDB } from './db';
import type { HuntFileRecord } from './schema-types';

export type { HuntFileRecord } from './schema-types';

export async function loadHuntFiles(db: WorkbookDB = getDb()): Promise<HuntFileRecord[]> {
  return db.huntFiles.orderBy('id').toArray();
}

/**
 * Stores an imported hunt file. When it replaces a version the learner has worked in, `kept`
 * names the steps and questions of the new version: progress and trainer notes of the others
 * are dropped in the same transaction, so either everything changes or nothing does.
 */
export async function saveHuntFile(
  record: HuntFileRecord,
  kept: KeptIds | null,
  db: WorkbookDB = getDb(),
): Promise<void> {
  await db.transaction('rw', [db.huntFiles, db.progress, db.trainerNotes], async () => {
    await db.huntFiles.put(record);
    if (!kept) return;
    const progress = await db.progress.get(record.id);
    if (progress) await db.progress.put(pruneProgress(progress, kept));
    const notes = await db.trainerNotes.where('huntId').equals(record.id).toArray();
    const gone = notes.filter((n) => !kept.steps.has(n.stepId));
    await db.trainerNotes.bulkDelete(gone.map((n) => [n.huntId, n.stepId] as [string, string]));
  });
}

/** Removes an imported hunt file; the learner's progress in it stays, for a later import. */
export async function deleteHuntFile(id: string, db: WorkbookDB = getDb()): Promise<void> {
  await db.huntFiles.delete(id);
}

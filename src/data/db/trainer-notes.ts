import { getDb, type WorkbookDB } from './db';
import { dataMapOf } from '../../engine';

export type { TrainerNoteRecord } from './schema-types';

/** The trainer's notes of a hunt, by step id. */
export async function loadTrainerNotes(
  huntId: string,
  db: WorkbookDB = getDb(),
): Promise<Record<string, string>> {
  const rows = await db.trainerNotes.where('huntId').equals(huntId).toArray();
  return dataMapOf(rows.map((r) => [r.stepId, r.text]));
}

/** Stores a step's notes; `null` drops them, so the hunt's own notes show again. */
export async function saveTrainerNote(
  huntId: string,
  stepId: string,
  text: string | null,
  db: WorkbookDB = getDb(),
): Promise<void> {
  const table = db.trainerNotes;
  if (text === null) await table.delete([huntId, stepId]);
  else await table.put({ huntId, stepId, text, updatedAt: Date.now() });
}

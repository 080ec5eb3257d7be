import { getDb, type WorkbookDB } from './db';
import { dataMapOf } from '../../engine/data-map';

/** A trainer's own notes for one step, in place of the hunt's; shown only in the speaker window. */
export interface TrainerNoteRecord {
  huntId: string;
  stepId: string;
  /** Markdown. */
  text: string;
  updatedAt: number;
}

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

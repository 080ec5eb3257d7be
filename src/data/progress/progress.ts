import { getDb, type WorkbookDB } from '../db/db';
import type { HuntProgressRecord } from '../db/schema-types';

export type { HuntProgressRecord } from '../db/schema-types';

/** Progress of a hunt nobody has started. */
export function emptyProgress(huntId: string): HuntProgressRecord {
  return { huntId, answers: {}, revealed: [], hints: {}, notes: {}, visited: [], updatedAt: 0 };
}

/** The stored progress of a hunt, or an empty one. */
export async function loadProgress(
  huntId: string,
  db: WorkbookDB = getDb(),
): Promise<HuntProgressRecord> {
  const stored = await db.progress.get(huntId);
  // Records written by an older build may lack fields added since.
  return stored ? { ...emptyProgress(huntId), ...stored } : emptyProgress(huntId);
}

/**
 * Applies a change to the stored progress inside one transaction, so that two quick changes
 * (a hint and an answer, or another tab) cannot overwrite each other with stale copies.
 */
export async function updateProgress(
  huntId: string,
  change: (p: HuntProgressRecord) => HuntProgressRecord,
  db: WorkbookDB = getDb(),
): Promise<HuntProgressRecord> {
  return db.transaction('rw', db.progress, async () => {
    const current = await loadProgress(huntId, db);
    const next = { ...change(current), huntId, updatedAt: Date.now() };
    await db.progress.put(next);
    return next;
  });
}

export async function resetProgress(huntId: string, db: WorkbookDB = getDb()): Promise<void> {
  await db.progress.delete(huntId);
}

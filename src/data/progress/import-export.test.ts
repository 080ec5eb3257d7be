import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDB } from '../db/db';
import type { HuntProgressRecord } from '../db/schema-types';
import { saveNote, visitStep } from './changes';
import { exportAllProgress, importProgress } from './import-export';
import { emptyProgress, loadProgress, updateProgress } from './progress';

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`progress-io-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const record = (huntId: string, stepId: string): HuntProgressRecord => ({
  ...emptyProgress(huntId),
  stepId,
  visited: [stepId],
  notes: { [stepId]: `note on ${stepId}` },
  updatedAt: 1000,
});

describe('progress import and export', () => {
  it('exports every hunt’s progress, filling fields of older records', async () => {
    await updateProgress('b', visitStep('s2'), db);
    await updateProgress('a', saveNote('s1', 'x'), db);
    await db.progress.put({ huntId: 'c', answers: {}, updatedAt: 1 } as never);
    const all = await exportAllProgress(db);
    expect(all.map((r) => r.huntId)).toEqual(['a', 'b', 'c']);
    expect(all[0].notes).toEqual({ s1: 'x' });
    expect(all[2].visited).toEqual([]);
  });

  it('imports into another database what was exported, as it was', async () => {
    await updateProgress('a', saveNote('s1', 'x'), db);
    await updateProgress('b', visitStep('s2'), db);
    const exported = await exportAllProgress(db);
    const other = new WorkbookDB(`progress-io-other-${n++}`);
    await other.open();
    try {
      await importProgress(exported, other);
      expect(await exportAllProgress(other)).toEqual(exported);
    } finally {
      other.close();
      await other.delete();
    }
  });

  it('replaces the hunts in the file and keeps the others, or replaces all', async () => {
    await importProgress([record('a', 'old'), record('keep', 'k')], db);
    await importProgress([record('a', 'new')], db);
    expect((await loadProgress('a', db)).stepId).toBe('new');
    expect((await loadProgress('keep', db)).stepId).toBe('k');
    await importProgress([record('b', 'b1')], db, 'replace');
    expect((await exportAllProgress(db)).map((r) => r.huntId)).toEqual(['b']);
  });

  it('writes nothing when one record cannot be stored', async () => {
    await importProgress([record('a', 'before')], db);
    // No key: IndexedDB refuses it after the first record was written in the same transaction.
    const broken = { ...record('x', 'x'), huntId: undefined } as unknown as HuntProgressRecord;
    await expect(
      importProgress([record('a', 'after'), record('b', 'b'), broken], db),
    ).rejects.toThrow();
    await expect(importProgress([record('c', 'c'), broken], db, 'replace')).rejects.toThrow();
    expect(await exportAllProgress(db)).toEqual([record('a', 'before')]);
  });
});

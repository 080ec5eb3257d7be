import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDB } from '../db/db';
import { recordAnswer, revealAnswer, saveNote, showHint, visitStep } from './changes';
import { emptyProgress, loadProgress, resetProgress, updateProgress } from './progress';

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`progress-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('hunt progress storage', () => {
  it('starts empty for a hunt never opened', async () => {
    expect(await loadProgress('h', db)).toEqual(emptyProgress('h'));
  });

  it('keeps answers, reveals, hints, steps and notes across a reopened database', async () => {
    await updateProgress('h', recordAnswer('q1', 'T1041', 'wrong'), db);
    await updateProgress('h', recordAnswer('q1', 'T1048', 'right'), db);
    await updateProgress('h', recordAnswer('q2', ['a', 'b'], 'wrong'), db);
    await updateProgress('h', revealAnswer('q2'), db);
    await updateProgress('h', revealAnswer('q2'), db);
    await updateProgress('h', showHint('q2', 2), db);
    await updateProgress('h', showHint('q2', 2), db);
    await updateProgress('h', showHint('q2', 2), db);
    await updateProgress('h', visitStep('s1'), db);
    await updateProgress('h', visitStep('s2'), db);
    await updateProgress('h', visitStep('s1'), db);
    await updateProgress('h', saveNote('s1', 'saw **10.0.2.107**'), db);

    const name = db.name;
    db.close();
    db = new WorkbookDB(name);
    await db.open();
    const p = await loadProgress('h', db);
    expect(p.answers).toEqual({
      q1: { value: 'T1048', verdict: 'right' },
      q2: { value: ['a', 'b'], verdict: 'wrong' },
    });
    expect(p.revealed).toEqual(['q2']);
    expect(p.hints).toEqual({ q2: 2 });
    expect(p.visited).toEqual(['s1', 's2']);
    expect(p.stepId).toBe('s1');
    expect(p.notes).toEqual({ s1: 'saw **10.0.2.107**' });
    expect(p.updatedAt).toBeGreaterThan(0);
  });

  it('drops an emptied note', async () => {
    await updateProgress('h', saveNote('s1', 'x'), db);
    await updateProgress('h', saveNote('s1', '  '), db);
    expect((await loadProgress('h', db)).notes).toEqual({});
  });

  it('keeps hunts apart and resets one without touching the other', async () => {
    await updateProgress('a', visitStep('s1'), db);
    await updateProgress('b', visitStep('s9'), db);
    await resetProgress('a', db);
    expect(await loadProgress('a', db)).toEqual(emptyProgress('a'));
    expect((await loadProgress('b', db)).visited).toEqual(['s9']);
  });

  it('loses no change when several are made at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        updateProgress('h', recordAnswer(`q${i}`, i, 'right'), db),
      ),
    );
    expect(Object.keys((await loadProgress('h', db)).answers)).toHaveLength(20);
  });

  it('fills fields missing from an older record', async () => {
    await db.progress.put({ huntId: 'h', answers: {}, updatedAt: 1 } as never);
    expect((await loadProgress('h', db)).visited).toEqual([]);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDB } from '../db/db';
import type { FindingsRecord, Pin } from '../db/schema-types';
import {
  addChecklistItem,
  addPin,
  removeChecklistItem,
  removePin,
  resetDiamond,
  setDiamond,
  setReasons,
  setVerdict,
  toggleChecklistItem,
} from './findings-changes';
import { emptyProgress, loadProgress, updateProgress } from './progress';

const initial: FindingsRecord = {
  verdict: 'confirmed',
  reasons: ['r1'],
  diamond: { adversary: 'a', capability: 'c', infrastructure: 'i', victim: 'v' },
  checklist: [
    { id: 'block', text: 'Block it', done: false },
    { id: 'baseline', text: 'Baseline', done: false },
  ],
};

const pin = (id: string): Pin => ({
  id,
  stepId: 's',
  searchId: 'q',
  kind: 'table',
  title: 't',
  spl: 'index=x',
  earliest: 1,
  latest: 2,
  pinnedAt: 3,
  snapshot: { columns: ['a'], rows: [['=1+1']], totalRows: 1 },
});

describe('findings changes', () => {
  it('start from the hunt’s findings and leave them alone', () => {
    const p = setVerdict(initial, 'refuted')(emptyProgress('h'));
    expect(p.findings).toEqual({ ...initial, verdict: 'refuted' });
    expect(initial.verdict).toBe('confirmed');
  });

  it('edit reasons (blank ones dropped) and the Diamond model, and reset only the model', () => {
    let p = setReasons(initial, [' one ', '', 'two'])(emptyProgress('h'));
    p = setDiamond(initial, 'victim', 'Frothly')(p);
    p = setVerdict(initial, 'open')(p);
    expect(p.findings?.reasons).toEqual(['one', 'two']);
    expect(p.findings?.diamond.victim).toBe('Frothly');
    p = resetDiamond(initial)(p);
    expect(p.findings?.diamond).toEqual(initial.diamond);
    expect(p.findings?.verdict).toBe('open');
    expect(p.findings?.reasons).toEqual(['one', 'two']);
  });

  it('tick, add and remove checklist items', () => {
    let p = toggleChecklistItem(initial, 'baseline')(emptyProgress('h'));
    p = addChecklistItem(initial, '  Alert on ftp.exe  ', 'own-1')(p);
    p = addChecklistItem(initial, '   ', 'own-2')(p);
    p = removeChecklistItem(initial, 'block')(p);
    p = toggleChecklistItem(initial, 'own-1')(p);
    expect(p.findings?.checklist).toEqual([
      { id: 'baseline', text: 'Baseline', done: true },
      { id: 'own-1', text: 'Alert on ftp.exe', done: true, own: true },
    ]);
  });

  it('add pins once, in order, and remove them', () => {
    let p = addPin(pin('a'))(emptyProgress('h'));
    p = addPin(pin('b'))(p);
    p = addPin(pin('a'))(p);
    expect(p.pins?.map((x) => x.id)).toEqual(['a', 'b']);
    expect(removePin('a')(p).pins?.map((x) => x.id)).toEqual(['b']);
  });
});

describe('findings storage', () => {
  let db: WorkbookDB;
  beforeEach(async () => {
    db = new WorkbookDB(`findings-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('keeps findings and pins across a reopened database', async () => {
    await updateProgress('h', setDiamond(initial, 'adversary', 'someone'), db);
    await updateProgress('h', addPin(pin('a')), db);
    db.close();
    await db.open();
    const p = await loadProgress('h', db);
    expect(p.findings?.diamond.adversary).toBe('someone');
    expect(p.pins).toEqual([pin('a')]);
  });
});

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledFiles } from '../../scripts/hunts/bundled';
import { WorkbookDB } from '../data/db/db';
import { loadTrainerNotes, saveTrainerNote } from '../data/db/trainer-notes';
import { loadProgress, updateProgress } from '../data/progress/progress';
import { parseHuntFile } from '../hunts/format/parse';
import { withTrainerNotes } from '../hunts/format/edit';
import { confirmHuntImport, importHuntFile } from './hunt-import';
import { createHuntsStore, entryOf, huntOf, visibleHunts } from './hunts';

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures/hunts');
const minimal = readFileSync(path.join(FIXTURES, 'minimal-hunt.yaml'), 'utf8');
const broken = readFileSync(path.join(FIXTURES, 'broken-hunt.yaml'), 'utf8');

let n = 0;
const opened: WorkbookDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function setUp() {
  const db = new WorkbookDB(`hunts-${n++}`);
  opened.push(db);
  const store = createHuntsStore(
    async () => bundledFiles(),
    () => db,
  );
  await store.getState().load();
  return { db, store };
}

const file = (text: string, name = 'hunt.yaml') => new File([text], name);

describe('the hunts store', () => {
  it('loads the bundled hunts, then what the user imported, one per id', async () => {
    const { db, store } = await setUp();
    const bundled = store.getState().bundled.map((e) => e.id);
    expect(bundled[0]).toBe('ftp-exfiltration');
    expect(visibleHunts(store.getState()).map((e) => e.id)).toEqual(bundled);

    // A newer FTP hunt imported stands in for the bundled one; a broken stored file still shows.
    const ftp = bundledFiles()[0].text.replace('version: 1', 'version: 2');
    await db.huntFiles.put({
      id: 'ftp-exfiltration',
      fileName: 'ftp.yaml',
      text: ftp,
      importedAt: 5,
    });
    await db.huntFiles.put({ id: 'old', fileName: 'old.yaml', text: broken, importedAt: 6 });
    const again = createHuntsStore(
      async () => bundledFiles(),
      () => db,
    );
    await again.getState().load();
    const visible = visibleHunts(again.getState());
    expect(visible.map((e) => [e.id, e.origin])).toEqual([
      ...bundled.map((id) => [id, id === 'ftp-exfiltration' ? 'imported' : 'bundled']),
      ['old.yaml', 'imported'],
    ]);
    expect(huntOf(entryOf(again.getState(), 'ftp-exfiltration')!)?.version).toBe('2');
    expect(visible.at(-1)?.parsed.problems.length).toBeGreaterThan(0);
  });

  it('says why the bundled hunts are missing, and still loads the imported ones', async () => {
    const db = new WorkbookDB(`hunts-${n++}`);
    opened.push(db);
    await db.huntFiles.put({
      id: 'inbound-probes',
      fileName: 'm.yaml',
      text: minimal,
      importedAt: 1,
    });
    const store = createHuntsStore(
      () => Promise.reject(new Error('hunts/index.json: HTTP 404')),
      () => db,
    );
    await store.getState().load();
    expect(store.getState().error).toBe('hunts/index.json: HTTP 404');
    expect(visibleHunts(store.getState()).map((e) => e.id)).toEqual(['inbound-probes']);
  });
});

describe('importing a hunt file', () => {
  it('refuses a broken file whole, with every problem, and changes nothing', async () => {
    const { db, store } = await setUp();
    const before = visibleHunts(store.getState());
    const state = await importHuntFile(file(broken, 'broken.yaml'), store, () => db);
    expect(state.phase).toBe('refused');
    if (state.phase !== 'refused') return;
    expect(state.problems.map((p) => [p.line, p.path])).toEqual([
      [2, 'id'],
      [13, 'sections[0].steps[0]'],
      [15, 'sections[0].steps[0].narative'],
      [19, 'sections[0].steps[0].searches[0].view'],
      [26, 'sections[0].steps[0].questions[0].answer'],
    ]);
    expect(state.problems.every((p) => p.file === 'broken.yaml')).toBe(true);
    expect(visibleHunts(store.getState())).toEqual(before);
    expect(await db.huntFiles.count()).toBe(0);
  });

  it('installs a new hunt, and knows the same file when it comes again', async () => {
    const { db, store } = await setUp();
    expect(await importHuntFile(file(minimal), store, () => db)).toEqual({
      phase: 'done',
      outcome: 'imported',
      title: 'Who knocks on the firewall?',
    });
    expect((await db.huntFiles.get('inbound-probes'))?.text).toBe(minimal);
    expect(entryOf(store.getState(), 'inbound-probes')?.origin).toBe('imported');
    expect(await importHuntFile(file(minimal), store, () => db)).toMatchObject({
      phase: 'done',
      outcome: 'same',
    });
  });

  it('asks before replacing, and keeps progress where steps and questions keep their ids', async () => {
    const { db, store } = await setUp();
    await importHuntFile(file(minimal), store, () => db);
    await updateProgress(
      'inbound-probes',
      (p) => ({
        ...p,
        stepId: 'findings',
        visited: ['probes-by-port', 'findings'],
        answers: {
          'top-port': { value: 21, verdict: 'right' },
          verdict: { value: 'no', verdict: 'right' },
        },
        notes: { findings: 'mine', 'probes-by-port': 'kept' },
      }),
      db,
    );
    await saveTrainerNote('inbound-probes', 'findings', 'my note', db);
    await saveTrainerNote('inbound-probes', 'probes-by-port', 'kept note', db);
    // Version 2 renames the findings step and its question.
    const v2 = minimal
      .replace('version: 1', 'version: 2')
      .replace('id: findings', 'id: wrap-up')
      .replace('id: verdict', 'id: verdict-2');

    const asked = await importHuntFile(file(v2, 'v2.yaml'), store, () => db);
    expect(asked).toMatchObject({ phase: 'confirm', lost: { answers: 1, notes: 1 } });
    if (asked.phase !== 'confirm') return;

    // Declined: nothing changes.
    expect(await confirmHuntImport(asked, false, store)).toMatchObject({ outcome: 'kept' });
    expect(huntOf(entryOf(store.getState(), 'inbound-probes')!)?.version).toBe('1');
    expect((await db.huntFiles.get('inbound-probes'))?.text).toBe(minimal);

    expect(await confirmHuntImport(asked, true, store)).toMatchObject({ outcome: 'imported' });
    expect(huntOf(entryOf(store.getState(), 'inbound-probes')!)?.version).toBe('2');
    expect((await db.huntFiles.get('inbound-probes'))?.fileName).toBe('v2.yaml');
    const progress = await loadProgress('inbound-probes', db);
    expect(Object.keys(progress.answers)).toEqual(['top-port']);
    expect(progress.notes).toEqual({ 'probes-by-port': 'kept' });
    expect(progress.visited).toEqual(['probes-by-port']);
    expect(progress.stepId).toBeUndefined();
    expect(await loadTrainerNotes('inbound-probes', db)).toEqual({ 'probes-by-port': 'kept note' });
  });

  it('asks before an import stands in for a bundled hunt', async () => {
    const { db, store } = await setUp();
    const ftp = bundledFiles()[0].text.replace('version: 1', 'version: 2');
    const asked = await importHuntFile(file(ftp), store, () => db);
    expect(asked).toMatchObject({ phase: 'confirm', current: { origin: 'bundled' } });
  });

  it('removes an imported hunt and keeps the learner’s progress for a later import', async () => {
    const { db, store } = await setUp();
    await importHuntFile(file(minimal), store, () => db);
    await updateProgress('inbound-probes', (p) => ({ ...p, visited: ['findings'] }), db);
    await store.getState().remove('inbound-probes');
    expect(entryOf(store.getState(), 'inbound-probes')).toBeUndefined();
    expect(await db.huntFiles.count()).toBe(0);
    expect((await loadProgress('inbound-probes', db)).visited).toEqual(['findings']);
  });

  it('refuses a file too large to be a hunt before reading it', async () => {
    const { db, store } = await setUp();
    const state = await importHuntFile(file('#'.repeat(2_000_001)), store, () => db);
    expect(state).toMatchObject({ phase: 'failed', tooLarge: true });
  });
});

describe('exporting with the trainer’s notes', () => {
  it('writes the notes into the steps, keeping the rest of the file as written', () => {
    const out = withTrainerNotes(minimal, { findings: 'Ask:\n- why?', nowhere: 'x' }, 'en');
    expect(out).toContain('# yaml-language-server'); // comments stay
    const parsed = parseHuntFile(out, 'out.yaml');
    expect(parsed.problems).toEqual([]);
    const [first, last] = parsed.hunt!.sections.flatMap((s) => s.steps);
    expect(first.trainerNotes).toBe(
      'Two minutes. Ask the room to guess the top port before the search runs.\n',
    );
    expect(last.trainerNotes).toBe('Ask:\n- why?\n');
  });

  it('writes a note in another language as its translation', () => {
    const out = withTrainerNotes(minimal, { 'probes-by-port': '二分。' }, 'ja');
    const step = parseHuntFile(out, 'out.yaml').hunt!.sections[0].steps[0];
    expect(step.trainerNotes).toEqual({
      en: 'Two minutes. Ask the room to guess the top port before the search runs.\n',
      ja: '二分。\n',
    });
    // A second note in that language replaces the translation and keeps the hunt's own text.
    const again = withTrainerNotes(out, { 'probes-by-port': '三分。' }, 'ja');
    expect(parseHuntFile(again, 'again.yaml').hunt!.sections[0].steps[0].trainerNotes).toEqual({
      en: 'Two minutes. Ask the room to guess the top port before the search runs.\n',
      ja: '三分。\n',
    });
  });
});

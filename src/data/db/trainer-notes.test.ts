import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbookDB } from './db';
import { loadTrainerNotes, saveTrainerNote } from './trainer-notes';

let n = 0;
const opened: WorkbookDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function open(name = `trainer-notes-${n++}`): WorkbookDB {
  const db = new WorkbookDB(name);
  opened.push(db);
  return db;
}

describe('trainer notes storage', () => {
  it('keeps a trainer’s notes per hunt and step, replaces them, and drops them', async () => {
    const db = open();
    expect(await loadTrainerNotes('h', db)).toEqual({});
    await saveTrainerNote('h', 'one', 'Ask the room *why*.', db);
    await saveTrainerNote('h', 'two', 'Five minutes.', db);
    await saveTrainerNote('other', 'one', 'Not this hunt.', db);
    await saveTrainerNote('h', 'one', 'Ask the room why, then wait.', db);
    expect(await loadTrainerNotes('h', db)).toEqual({
      one: 'Ask the room why, then wait.',
      two: 'Five minutes.',
    });
    await saveTrainerNote('h', 'two', null, db);
    expect(await loadTrainerNotes('h', db)).toEqual({ one: 'Ask the room why, then wait.' });
    expect(await loadTrainerNotes('other', db)).toEqual({ one: 'Not this hunt.' });
  });

  it('opens a database of the previous version with its progress intact', async () => {
    const name = `trainer-notes-upgrade-${n++}`;
    const old = new Dexie(name);
    old.version(2).stores({ lookups: 'name', progress: 'huntId', datasets: 'id, status' });
    await old.table('progress').put({ huntId: 'h', notes: { s: 'mine' } });
    old.close();
    const db = open(name);
    expect(await db.progress.get('h')).toMatchObject({ notes: { s: 'mine' } });
    await saveTrainerNote('h', 's', 'trainer', db);
    expect(await loadTrainerNotes('h', db)).toEqual({ s: 'trainer' });
  });
});

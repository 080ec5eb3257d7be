import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SplError } from '../../engine';
import { WorkbookDB } from '../db/db';
import { searchStored } from '../search/run-stored';
import { deleteMacro, importMacrosFile, listMacros, saveMacros, storedMacros } from './macro-store';

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`macros-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const CONF =
  '[top_by(1)]\nargs = f\ndefinition = stats count by $f$ \\\n | sort - count\n[one]\ndefinition = makeresults\n';

describe('stored macros', () => {
  it('imports a macros.conf, lists by key and deletes', async () => {
    const r = await importMacrosFile(db, new File([CONF], 'macros.conf'));
    expect(r).toEqual({ added: 2, replaced: 0 });
    const list = await listMacros(db);
    expect(list.map((m) => [m.key, m.line, m.origin])).toEqual([
      ['one', 5, 'macros.conf'],
      ['top_by(1)', 1, 'macros.conf'],
    ]);
    expect(list[1].definition).toBe('stats count by $f$ \n| sort - count');
    await deleteMacro(db, 'one');
    expect((await listMacros(db)).map((m) => m.key)).toEqual(['top_by(1)']);
  });

  it('replaces same-key macros, and a bad file changes nothing', async () => {
    await saveMacros(db, CONF, 'a.conf');
    expect(await saveMacros(db, '[one]\ndefinition = makeresults count=2\n', 'b.conf')).toEqual({
      added: 0,
      replaced: 1,
    });
    expect((await db.macros.get('one'))?.origin).toBe('b.conf');
    await expect(
      saveMacros(db, '[one]\ndefinition = x\n[two(1)]\ndefinition = y\n', 'c.conf'),
    ).rejects.toThrow(/c\.conf, line 3: macro \[two\(1\)\] takes 1 argument/);
    expect((await db.macros.get('one'))?.definition).toBe('makeresults count=2');
    expect(await db.macros.get('two(1)')).toBeUndefined();
  });

  it('refuses a file that is not a .conf', async () => {
    await expect(importMacrosFile(db, new File([CONF], 'macros.csv'))).rejects.toThrow(
      /macros\.csv: macros come from a macros\.conf/,
    );
  });

  it('serves the stored macros to searches, errors pointing into the query as written', async () => {
    await saveMacros(db, CONF, 'macros.conf');
    const opts = { datasetIds: [], tz: 'UTC', now: Date.now(), macros: await storedMacros(db) };
    const r = await searchStored(db, '| `one` | eval k="a" | `top_by(k)`', opts);
    expect(r.rows).toEqual([{ k: 'a', count: 1 }]);
    expect(r.macros).toEqual(['one', 'top_by(1)']);
    const q = '| `one` | eval x=nosuch(1)';
    const err = await searchStored(db, q, opts).catch((e: unknown) => e as SplError);
    expect(err).toBeInstanceOf(SplError);
    expect(q.slice((err as SplError).position, (err as SplError).end)).toBe('nosuch(1)');
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbookDB } from '../db/db';
import { saveLookup } from './lookup-store';
import { SAMPLE_ORIGIN, storeSampleLookupFor } from './sample-lookup';

let db: WorkbookDB;
let n = 0;
let storage: Map<string, string>;
const store = {
  getItem: (k: string) => storage.get(k) ?? null,
  setItem: (k: string, v: string) => void storage.set(k, v),
};
const fetched: string[] = [];

beforeEach(async () => {
  db = new WorkbookDB(`sample-lookup-${n++}`);
  await db.open();
  storage = new Map();
  fetched.length = 0;
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url);
    return Promise.resolve(new Response('ip,nt_host,owner\n10.0.1.10,mars,kevin\n'));
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

describe('the sample lookup', () => {
  it('is fetched from the app origin and stored as assets.csv with origin sample', async () => {
    await storeSampleLookupFor(db, '/app/', store, false);
    expect(fetched).toEqual(['/app/sample/assets.csv']);
    expect(await db.lookups.get('assets.csv')).toMatchObject({
      origin: SAMPLE_ORIGIN,
      rows: [{ ip: '10.0.1.10' }],
    });
  });

  it('is stored on start once, so a table the user deleted stays deleted', async () => {
    await storeSampleLookupFor(db, '/', store, true);
    expect(await db.lookups.count()).toBe(1);
    await db.lookups.delete('assets.csv');
    await storeSampleLookupFor(db, '/', store, true);
    expect(await db.lookups.count()).toBe(0);
    // The user asks for the sample again: it comes back.
    await storeSampleLookupFor(db, '/', store, false);
    expect(await db.lookups.count()).toBe(1);
  });

  it('leaves an assets.csv the user imported alone', async () => {
    await saveLookup(db, 'assets.csv', 'ip,owner\n1.2.3.4,me\n', 'assets.csv');
    await storeSampleLookupFor(db, '/', store, false);
    expect(fetched).toEqual([]);
    expect((await db.lookups.get('assets.csv'))?.origin).toBe('assets.csv');
  });
});

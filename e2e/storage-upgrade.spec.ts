import { expect, type Page } from '@playwright/test';
import { DB_NAME } from '../src/data/db/db';
import { fromEvents, runSearch } from '../src/engine';
import { variedEvents } from '../src/test/support/stored-events';
import {
  VERSION_FIVE_STORES,
  versionFiveRows,
  type VersionFiveRows,
} from '../src/test/support/version-five';
import { count } from './helpers/app';
import { test } from './helpers/test';

// A database written by version 5 (chunks in four tables) opened by today's app in Chromium:
// the upgrade to version 6 (one Blob body per chunk) runs in a real IndexedDB, whose upgrade
// transaction commits as soon as it waits on anything but IndexedDB; fake-indexeddb in the unit
// test (src/data/db/migrate-bodies.test.ts) does not hold the upgrade to that rule.

const EVENTS = variedEvents(500);
const CHUNK = 128;

/** Creates the version 5 database (Dexie's version 5 is IndexedDB's 50) and writes its rows. */
async function writeVersionFive(page: Page, datasets: VersionFiveRows[]): Promise<void> {
  await page.evaluate(
    async ({ name, stores, datasets }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, 50);
        open.onupgradeneeded = () => {
          // Dexie's schema syntax: the primary key first, then indexes; [a+b] is compound.
          const path = (spec: string) =>
            spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec;
          for (const [table, schema] of Object.entries(stores)) {
            const [primary, ...indexes] = schema.split(',').map((s) => s.trim());
            const store = open.result.createObjectStore(table, { keyPath: path(primary) });
            for (const index of indexes) store.createIndex(index, path(index));
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tables = ['datasets', 'chunks', 'columns', 'terms', 'raws'];
      const tx = db.transaction(tables, 'readwrite');
      for (const rows of datasets) {
        tx.objectStore('datasets').put(rows.dataset);
        for (const table of ['chunks', 'columns', 'terms', 'raws'] as const) {
          for (const row of rows[table]) tx.objectStore(table).put(row);
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DB_NAME, stores: VERSION_FIVE_STORES, datasets },
  );
}

/** What the engine answers over the events themselves, for both stored copies. */
async function expected(query: string): Promise<number> {
  const result = await runSearch(query, {
    tz: 'UTC',
    now: Date.UTC(2017, 8, 1),
    source: fromEvents(EVENTS, { chunkSize: CHUNK }),
  });
  return result.rows.length * 2;
}

test('a database stored by version 5 is upgraded in Chromium and searches answer as before', async ({
  page,
}) => {
  // A document of the app's origin that does not start the app: the old database must exist
  // before the app first opens it.
  await page.goto('/manifest.webmanifest');
  await writeVersionFive(page, [
    versionFiveRows('ds', EVENTS, CHUNK, true),
    versionFiveRows('legacy', EVENTS, CHUNK, false),
  ]);

  await page.goto('/#/data');
  await expect(page.getByTestId('dataset-row')).toHaveCount(2);
  for (const query of ['error', 'fail*', '"login failed"', 'index=main billy.tun']) {
    const want = await expected(query);
    expect(want).toBeGreaterThan(0);
    await page.goto(`/#/search?s=free&q=${encodeURIComponent(query)}`);
    await expect(page.getByTestId('events-count'), query).toHaveText(`${count(want)} events`, {
      timeout: 30_000,
    });
  }
  // The old tables are gone and every chunk has its body.
  const stored = await page.evaluate(
    (name) =>
      new Promise<{ version: number; stores: string[]; bodies: number }>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('chunks').objectStore('chunks').getAll();
          all.onsuccess = () => {
            const rows = all.result as { body?: { blob?: Blob } }[];
            resolve({
              version: db.version,
              stores: [...db.objectStoreNames],
              bodies: rows.filter((r) => (r.body?.blob?.size ?? 0) > 0).length,
            });
            db.close();
          };
        };
      }),
    DB_NAME,
  );
  expect(stored.version).toBe(60);
  expect(stored.stores).not.toContain('columns');
  expect(stored.bodies).toBe(8);
});

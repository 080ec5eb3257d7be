import type { Page } from '@playwright/test';

export interface StoredIds {
  /** Per object store: the distinct dataset ids it holds rows for. */
  [store: string]: string[];
}

/**
 * Reads the app's IndexedDB directly, store by store, and reports which dataset ids have
 * rows anywhere. It knows only the database name and that rows carry `datasetId` (chunk
 * tables) or `id` (the dataset table), so it catches leftovers the UI would never list.
 */
export async function storedDatasetIds(page: Page): Promise<StoredIds> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('hunting-workbook');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const result: Record<string, string[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const ids = new Set<string>();
        for (const row of rows as Record<string, unknown>[]) {
          const id = row.datasetId ?? row.id;
          if (typeof id === 'string') ids.add(id);
        }
        result[name] = [...ids].sort();
      }
      return result;
    } finally {
      db.close();
    }
  });
}

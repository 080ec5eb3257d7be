import { DEFAULT_INDEX } from '../index-name';
import { getDb, type WorkbookDB } from './db';
import type { DatasetRecord } from './schema-types';

const CHANNEL = 'hunting-workbook:datasets';

/** Name of the Web Lock an import holds while it runs, so other tabs can tell it is alive. */
export function importLockName(datasetId: string): string {
  return `hunting-workbook:import:${datasetId}`;
}

/** Completed datasets, newest first. Imports still running or interrupted are never listed. */
export async function listDatasets(db: WorkbookDB = getDb()): Promise<DatasetRecord[]> {
  const ready = await db.datasets.where('status').equals('ready').toArray();
  const listed = await Promise.all(ready.map((ds) => withIndexes(ds, db)));
  return listed.sort((a, b) => b.importedAt - a.importedAt);
}

export async function getDataset(
  id: string,
  db: WorkbookDB = getDb(),
): Promise<DatasetRecord | undefined> {
  const ds = await db.datasets.get(id);
  return ds?.status === 'ready' ? withIndexes(ds, db) : undefined;
}

/**
 * A dataset stored before imports listed its indexes gets them from its chunks' metadata; a
 * chunk without any `index` is searched as `main` (stored-source.ts), so it counts as `main`.
 * The record is not rewritten: its missing list is what marks those chunks.
 */
async function withIndexes(ds: DatasetRecord, db: WorkbookDB): Promise<DatasetRecord> {
  if (Array.isArray(ds.indexes)) return ds;
  const indexes = new Set<string>();
  await db.chunks
    .where('datasetId')
    .equals(ds.id)
    .each((m) => {
      for (const index of m.indexes) indexes.add(index);
      if (!m.fields.includes('index')) indexes.add(DEFAULT_INDEX);
    });
  return { ...ds, indexes: [...indexes].sort() };
}

/** Removes a dataset and all its chunks in one transaction: it is either all there or all gone. */
export async function deleteDataset(id: string, db: WorkbookDB = getDb()): Promise<void> {
  await removeDatasetRows(id, db);
  notifyDatasetsChanged();
}

export async function removeDatasetRows(id: string, db: WorkbookDB): Promise<void> {
  const tables = [db.datasets, ...db.chunkTables()];
  await db.transaction('rw', tables, async () => {
    for (const table of db.chunkTables()) await table.where('datasetId').equals(id).delete();
    await db.datasets.delete(id);
  });
}

/**
 * Deletes what imports left behind when their tab was closed or crashed. An import that is
 * still running (in this or another tab) holds its Web Lock and is left alone.
 */
export async function cleanupInterruptedImports(db: WorkbookDB = getDb()): Promise<number> {
  const pending = await db.datasets.where('status').equals('importing').toArray();
  if (pending.length === 0) return 0;
  const held = await heldLockNames();
  let removed = 0;
  for (const ds of pending) {
    if (held?.has(importLockName(ds.id))) continue;
    await removeDatasetRows(ds.id, db);
    removed++;
  }
  return removed;
}

async function heldLockNames(): Promise<Set<string> | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return null;
  const snapshot = await locks.query();
  return new Set((snapshot.held ?? []).map((l) => l.name ?? ''));
}

export interface StorageFigures {
  usage: number;
  quota: number;
}

/**
 * Asks the browser to keep the app's data under storage pressure (it may say no, or ask the user).
 * Called after the user's own import: their data, unlike the sample, cannot be fetched again.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return false;
  return storage.persist().catch(() => false);
}

/** Whether the browser keeps the data under storage pressure; null where it cannot say. */
export async function storagePersisted(): Promise<boolean | null> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persisted) return null;
  return storage.persisted().catch(() => null);
}

export async function storageEstimate(): Promise<StorageFigures | null> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.estimate) return null;
  const { usage, quota } = await storage.estimate();
  if (usage === undefined || quota === undefined) return null;
  return { usage, quota };
}

/** Tells every tab (and this one) that the list of datasets changed. */
export function notifyDatasetsChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function onDatasetsChanged(cb: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => cb();
  return () => channel.close();
}

import { create } from 'zustand';
import {
  cleanupInterruptedImports,
  deleteDataset,
  listDatasets,
  onDatasetsChanged,
  storageEstimate,
  storagePersisted,
} from '../data/db/datasets';
import type { DatasetRecord } from '../data/db/schema-types';
import { messageOf } from '../engine';

export interface StorageFigure {
  usage: number;
  quota: number;
}

interface DatasetsState {
  /** Ready datasets, newest first: metadata only, never event rows. */
  datasets: DatasetRecord[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** Null when the browser cannot estimate storage. */
  storage: StorageFigure | null;
  /** Whether the browser keeps the data under storage pressure; null when it cannot say. */
  persisted: boolean | null;
  refresh: () => Promise<void>;
  remove: (id: string) => Promise<void>;
}

// Refreshes can overlap (import finished + change event from another tab); only the latest
// request may write, or an older, slower listing could overwrite a newer one.
let refreshSeq = 0;

export const useDatasets = create<DatasetsState>()((set) => ({
  datasets: [],
  status: 'loading',
  error: null,
  storage: null,
  persisted: null,
  refresh: async () => {
    const seq = ++refreshSeq;
    try {
      const [datasets, storage, persisted] = await Promise.all([
        listDatasets(),
        storageEstimate().catch(() => null),
        storagePersisted(),
      ]);
      if (seq === refreshSeq) set({ datasets, storage, persisted, status: 'ready', error: null });
    } catch (err) {
      if (seq === refreshSeq) set({ status: 'error', error: messageOf(err) });
    }
  },
  remove: async (id) => {
    await deleteDataset(id);
    await useDatasets.getState().refresh();
  },
}));

let started: Promise<void> | null = null;

/**
 * Clears leftovers of imports cut off by a closed tab, then lists datasets and follows
 * changes made by other tabs. Runs once per page however often it is called (React's
 * development double-mount included); the returned function stops following changes.
 */
export function startDatasets(): () => void {
  started ??= cleanupInterruptedImports()
    .catch(() => 0)
    .then(() => useDatasets.getState().refresh());
  let stop: (() => void) | null = null;
  let stopped = false;
  void started.then(() => {
    if (!stopped) stop = onDatasetsChanged(() => void useDatasets.getState().refresh());
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

/**
 * The datasets ready to search, undefined until first listed. Every screen reads this one
 * listing (kept current by startDatasets), never IndexedDB again.
 */
export function useReadyDatasets(): DatasetRecord[] | undefined {
  return useDatasets((s) => (s.status === 'loading' ? undefined : s.datasets));
}

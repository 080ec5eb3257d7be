import { liveQuery } from 'dexie';
import { useSyncExternalStore } from 'react';
import { getDb } from '../../data/db/db';
import type { MacroRecord } from '../../data/db/schema-types';

interface Snapshot {
  macros: readonly MacroRecord[];
  loaded: boolean;
}

let snapshot: Snapshot = { macros: [], loaded: false };
const listeners = new Set<() => void>();
let subscription: { unsubscribe(): void } | null = null;

/**
 * One live read of the stored macros for the page (the data manager's list and every search
 * bar's expansion): Dexie re-runs it when the table changes, in this tab or another.
 */
function start(): void {
  if (subscription) return;
  subscription = liveQuery(() => getDb().macros.toArray()).subscribe({
    next(records) {
      snapshot = { macros: records.sort((a, b) => a.key.localeCompare(b.key)), loaded: true };
      for (const l of listeners) l();
    },
    error(err: unknown) {
      console.warn('macros not readable', err);
    },
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      subscription?.unsubscribe();
      subscription = null;
    }
  };
}

const getSnapshot = () => snapshot;

export function useStoredMacros(): Snapshot {
  return useSyncExternalStore(subscribe, getSnapshot);
}

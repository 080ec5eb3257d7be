import { liveQuery } from 'dexie';
import { getDb } from '../data/db/db';
import type { MacroRecord } from '../data/db/schema-types';
import { liveSnapshot, useLiveSnapshot } from './live-snapshot';

/**
 * One live read of the stored macros for the page (the data manager's list and every search
 * bar's expansion): Dexie re-runs it when the table changes, in this tab or another.
 */
const macros = liveSnapshot({ macros: [] as readonly MacroRecord[], loaded: false }, (publish) => {
  const subscription = liveQuery(() => getDb().macros.toArray()).subscribe({
    next(records) {
      publish({ macros: records.sort((a, b) => a.key.localeCompare(b.key)), loaded: true });
    },
    error(err: unknown) {
      console.warn('macros not readable', err);
    },
  });
  return () => subscription.unsubscribe();
});

export function useStoredMacros(): { macros: readonly MacroRecord[]; loaded: boolean } {
  return useLiveSnapshot(macros);
}

import { liveQuery } from 'dexie';
import { useSyncExternalStore } from 'react';
import { getDb } from '../../data/db/db';
import type { LookupRecord } from '../../data/db/schema-types';
import { buildAssetIndex, EMPTY_ASSET_INDEX, type AssetIndex } from '../../data/lookups/assetIndex';
import type { LookupSummary } from '../../data/lookups/lookupStore';

interface Snapshot {
  tables: readonly LookupSummary[];
  assets: AssetIndex;
  loaded: boolean;
}

let snapshot: Snapshot = { tables: [], assets: EMPTY_ASSET_INDEX, loaded: false };
const listeners = new Set<() => void>();
let subscription: { unsubscribe(): void } | null = null;

function summarize(r: LookupRecord): LookupSummary {
  return {
    name: r.name,
    fields: r.fields,
    rowCount: r.rows.length,
    origin: r.origin,
    importedAt: r.importedAt,
  };
}

/**
 * One live read of the lookups table for the whole page: Dexie re-runs it when the table changes
 * (in this tab or another), so the list and the asset index follow imports and deletes, and
 * every enriched cell shares one index instead of reading the database.
 */
function start(): void {
  if (subscription) return;
  subscription = liveQuery(() => getDb().lookups.toArray()).subscribe({
    next(records) {
      snapshot = {
        tables: records.map(summarize).sort((a, b) => a.name.localeCompare(b.name)),
        assets: buildAssetIndex(records),
        loaded: true,
      };
      for (const l of listeners) l();
    },
    error(err: unknown) {
      console.warn('lookup tables not readable', err);
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

export function useLookupTables(): { tables: readonly LookupSummary[]; loaded: boolean } {
  const s = useSyncExternalStore(subscribe, getSnapshot);
  return { tables: s.tables, loaded: s.loaded };
}

/** The asset index (empty until the lookups are read). */
export function useAssetIndex(): AssetIndex {
  return useSyncExternalStore(subscribe, getSnapshot).assets;
}

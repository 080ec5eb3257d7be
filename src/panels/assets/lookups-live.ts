import { useSyncExternalStore } from 'react';
import { assetIndexOf, EMPTY_ASSET_INDEX, type AssetIndex } from '../../data/lookups/asset-index';
import type { LookupSummary } from '../../data/lookups/lookup-store';
import type { LookupsSnapshot } from '../../data/lookups/lookups-live.worker';

interface Snapshot {
  tables: readonly LookupSummary[];
  assets: AssetIndex;
  loaded: boolean;
}

let snapshot: Snapshot = { tables: [], assets: EMPTY_ASSET_INDEX, loaded: false };
const listeners = new Set<() => void>();
let subscription: { unsubscribe(): void } | null = null;

/**
 * One live read of the lookups table for the whole page, in a worker (the tables' rows never
 * come to the page): it follows imports and deletes in this tab or another, and every enriched
 * cell shares one asset index instead of reading the database.
 */
function start(): void {
  if (subscription) return;
  const worker = new Worker(new URL('../../data/lookups/lookups-live.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (event: MessageEvent<{ ok?: LookupsSnapshot; error?: string }>) => {
    const { ok, error } = event.data;
    if (!ok) {
      console.warn('lookup tables not readable', error);
      return;
    }
    snapshot = { tables: ok.tables, assets: assetIndexOf(ok.assets), loaded: true };
    for (const l of listeners) l();
  };
  subscription = { unsubscribe: () => worker.terminate() };
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

import { assetIndexOf, EMPTY_ASSET_INDEX, type AssetIndex } from '../data/lookups/asset-index';
import type { LookupSummary } from '../data/lookups/lookup-summary';
import type { LookupsSnapshot } from '../data/lookups/lookups-live.worker';
import { liveSnapshot, useLiveSnapshot } from './live-snapshot';

/**
 * One live read of the lookups table for the whole page, in a worker (the tables' rows never
 * come to the page): it follows imports and deletes in this tab or another, and every enriched
 * cell shares one asset index instead of reading the database.
 */
const lookups = liveSnapshot(
  { tables: [] as readonly LookupSummary[], assets: EMPTY_ASSET_INDEX, loaded: false },
  (publish) => {
    const worker = new Worker(new URL('../data/lookups/lookups-live.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<{ ok?: LookupsSnapshot; error?: string }>) => {
      const { ok, error } = event.data;
      if (!ok) {
        console.warn('lookup tables not readable', error);
        return;
      }
      publish({ tables: ok.tables, assets: assetIndexOf(ok.assets), loaded: true });
    };
    return () => worker.terminate();
  },
);

export function useLookupTables(): { tables: readonly LookupSummary[]; loaded: boolean } {
  const s = useLiveSnapshot(lookups);
  return { tables: s.tables, loaded: s.loaded };
}

/** The asset index (empty until the lookups are read). */
export function useAssetIndex(): AssetIndex {
  return useLiveSnapshot(lookups).assets;
}

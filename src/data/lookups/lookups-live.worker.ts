/// <reference lib="webworker" />
import { liveQuery } from 'dexie';
import { getDb } from '../db/db';
import type { LookupRecord } from '../db/schema-types';
import { assetEntries, type AssetInfo } from './asset-index';
import { lookupSummaries, type LookupSummary } from './lookup-summary';

/** What the page keeps of the lookup tables: their summaries and the asset index's entries. */
export interface LookupsSnapshot {
  tables: LookupSummary[];
  assets: Map<string, AssetInfo>;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

function snapshotOf(records: LookupRecord[]): LookupsSnapshot {
  return {
    tables: lookupSummaries(records),
    assets: assetEntries(records),
  };
}

// Lookup tables hold up to 50 MB of rows: reading them all whenever one changes is done here, and
// only the summaries and the asset entries go to the page.
liveQuery(() => getDb().lookups.toArray()).subscribe({
  next: (records) => scope.postMessage({ ok: snapshotOf(records) }),
  error: (err: unknown) => scope.postMessage({ error: String(err) }),
});

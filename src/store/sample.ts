import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { DatasetRecord } from '../data/db/schema-types';
import { getDb } from '../data/db/db';
import { storeSampleLookupFor } from '../data/lookups/sample-lookup';
import { fetchSampleFile } from '../data/sample/fetch-sample';
import { t } from '../i18n/messages';
import { startDatasets, useDatasets } from './datasets';
import { useImports } from './imports';
import { SAMPLE_STATE_KEY, SAMPLE_STATE_VERSION, type PersistedSampleState } from './sample-keys';
import { messageOf } from '../engine';

interface SampleState extends PersistedSampleState {
  /** 'fetching' while the file comes from the server, before the import takes over. */
  status: 'idle' | 'fetching' | 'failed';
  error: string | null;
  /** The name of the loaded sample, set when the user asked for it while it was there. */
  alreadyLoaded: string | null;
  /** Loads the sample unless it is loaded already (then says so through `alreadyLoaded`). */
  load: () => Promise<void>;
}

/** The dataset imported from the sample, if one is stored. */
export function loadedSample(
  datasets: readonly DatasetRecord[],
  datasetIds: readonly string[],
): DatasetRecord | undefined {
  return datasets.find((ds) => datasetIds.includes(ds.id));
}

/** The sample's asset list goes with its events; a failure only costs the enrichment. */
function storeSampleLookup(onStart = false): void {
  const base = import.meta.env.BASE_URL;
  storeSampleLookupFor(getDb(), base, localStorage, onStart).catch((err: unknown) => {
    console.warn('workshop lookup not stored', err);
  });
}

let beforeFetch: () => Promise<void> = () => Promise.resolve();

/**
 * Makes the sample's download wait for `wait`: the app's service worker precaches the sample, and
 * a page it controls reads that copy (see app/offline/service-worker.ts).
 */
export function fetchSampleAfter(wait: () => Promise<void>): void {
  beforeFetch = wait;
}

export const useSample = create<SampleState>()(
  persist(
    (set, get) => ({
      offered: false,
      datasetIds: [],
      status: 'idle',
      error: null,
      alreadyLoaded: null,
      load: async () => {
        if (get().status === 'fetching' || useImports.getState().session.phase === 'running')
          return;
        storeSampleLookup();
        const present = loadedSample(useDatasets.getState().datasets, get().datasetIds);
        if (present) {
          set({ alreadyLoaded: present.name, error: null, status: 'idle' });
          return;
        }
        set({ status: 'fetching', error: null, alreadyLoaded: null });
        let file: File;
        try {
          await beforeFetch();
          file = await fetchSampleFile(import.meta.env.BASE_URL);
        } catch (err) {
          set({ status: 'failed', error: messageOf(err) });
          return;
        }
        set({ status: 'idle' });
        useImports.getState().begin([file], t('sample.datasetName'), {
          onDone: (dataset) => set((s) => ({ datasetIds: [...s.datasetIds, dataset.id] })),
        });
      },
    }),
    {
      name: SAMPLE_STATE_KEY,
      version: SAMPLE_STATE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): PersistedSampleState => ({ offered: s.offered, datasetIds: s.datasetIds }),
    },
  ),
);

/**
 * The first start on a browser profile: once the stored datasets are known (after leftovers of
 * interrupted imports are gone), an empty app loads the sample by itself. That happens once per
 * profile: a profile that had data, or whose sample was deleted, is left as it is.
 */
async function offerOnFirstStart(): Promise<void> {
  // Another tab of this profile may have offered it a moment ago.
  await useSample.persist.rehydrate();
  if (loadedSample(useDatasets.getState().datasets, useSample.getState().datasetIds))
    storeSampleLookup(true);
  if (useSample.getState().offered) return;
  useSample.setState({ offered: true });
  const empty = useDatasets.getState().datasets.length === 0;
  if (empty && useImports.getState().session.phase !== 'running') await useSample.getState().load();
}

let offerStarted = false;

/**
 * Starts following the stored datasets (see startDatasets) and offers the sample on a first
 * start. Safe to call more than once; the returned function stops following changes.
 */
export function startSample(): () => void {
  const stop = startDatasets();
  const onStorage = (e: StorageEvent) => {
    // Another tab loaded the sample: its dataset ids are in the shared storage now.
    if (e.key === SAMPLE_STATE_KEY) void useSample.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  if (!offerStarted) {
    offerStarted = true;
    if (useDatasets.getState().status === 'ready') void offerOnFirstStart();
    else {
      const unsubscribe = useDatasets.subscribe((s) => {
        if (s.status !== 'ready') return;
        unsubscribe();
        void offerOnFirstStart();
      });
    }
  }
  return () => {
    window.removeEventListener('storage', onStorage);
    stop();
  };
}

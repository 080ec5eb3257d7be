/**
 * Where the workshop sample's per-browser state is kept (localStorage), and its shape: whether
 * the sample was offered already, and which datasets came from it. Kept apart from the store so
 * that the end-to-end tests can prepare a profile without loading the app's modules.
 */
export const SAMPLE_STATE_KEY = 'hunting-workbook.sample';
export const SAMPLE_STATE_VERSION = 1;

export interface PersistedSampleState {
  /** The sample was loaded by itself once (or the profile already had data): never again. */
  offered: boolean;
  /** Ids of the datasets imported from the sample: how "already loaded" is recognised. */
  datasetIds: string[];
}

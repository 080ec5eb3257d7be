import type { WorkbookDB } from '../db/db';
import { SAMPLE_ASSETS_FILE, samplePath } from '../sample/sample-files';
import { saveLookup } from './lookup-store';

/** The origin recorded for the workshop's own tables. */
export const SAMPLE_ORIGIN = 'sample';

/** Fetches the sample's asset list from the app's own origin and stores it as `assets.csv`. */
export async function loadSampleLookup(db: WorkbookDB, baseUrl: string): Promise<void> {
  const url = `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${samplePath(SAMPLE_ASSETS_FILE)}`;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok)
    throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
  await saveLookup(db, SAMPLE_ASSETS_FILE, await response.text(), SAMPLE_ORIGIN);
}

/**
 * For a profile that has the sample's events but not its table (loaded before lookups were
 * stored): stores it, leaving a table of that name the user imported alone.
 */
export async function ensureSampleLookup(db: WorkbookDB, baseUrl: string): Promise<void> {
  if ((await db.lookups.get(SAMPLE_ASSETS_FILE)) !== undefined) return;
  await loadSampleLookup(db, baseUrl);
}

/** Remembers, per profile, that the sample's table was stored once. */
export const SAMPLE_LOOKUP_STORED_KEY = 'hunting-workbook.sample-lookup-stored';

/**
 * Stores the sample's table with the sample. On start (`onStart`), for a profile that has the
 * sample's events, only if it was never stored: a user who deleted it keeps it deleted across
 * reloads, and the "Load workshop sample" button brings it back.
 */
export async function storeSampleLookupFor(
  db: WorkbookDB,
  baseUrl: string,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  onStart: boolean,
): Promise<void> {
  if (onStart && storage.getItem(SAMPLE_LOOKUP_STORED_KEY) !== null) return;
  await ensureSampleLookup(db, baseUrl);
  storage.setItem(SAMPLE_LOOKUP_STORED_KEY, String(Date.now()));
}

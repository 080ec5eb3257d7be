/**
 * The hunts that come with the app: files under `public/hunts/`, listed in its `index.json`
 * (`{ "hunts": ["ftp-exfiltration.yaml", ...] }`) in the order the library offers them. The app
 * fetches them from its own origin; `check-hunts` and the tests read the same files from disk.
 */
export const HUNTS_DIR = 'hunts';
export const HUNTS_INDEX = 'index.json';
export const HUNT_SCHEMA_FILE = 'hunt.schema.json';

/** The file names an index lists, or an error saying what is wrong with it. */
export function indexFiles(json: unknown): string[] {
  const list = (json as { hunts?: unknown } | null)?.hunts;
  if (
    !Array.isArray(list) ||
    !list.every((f) => typeof f === 'string' && /^[\w.-]+\.ya?ml$/.test(f))
  ) {
    throw new Error(`${HUNTS_DIR}/${HUNTS_INDEX}: expected { "hunts": ["<name>.yaml", ...] }`);
  }
  return list as string[];
}

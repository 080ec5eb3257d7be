/**
 * The workshop sample shipped with the app: where it lives under `public/`, as written by
 * `npm run sample` (scripts/sample) and fetched by the app from its own origin. Names are stable:
 * the app, the generator and the tests all refer to them through this module.
 */
export const SAMPLE_DIR = 'sample';
/** The Splunk CSV export of the BOTS v2-style FTP exfiltration data, gzip-compressed. */
export const SAMPLE_EXPORT_FILE = 'botsv2-ftp-sample.csv.gz';
/** The asset and identity lookup that goes with it (host/IP to owner, role, priority). */
export const SAMPLE_ASSETS_FILE = 'assets.csv';

/** Path of a sample file relative to the app's base URL (`import.meta.env.BASE_URL`). */
export function samplePath(file: string): string {
  return `${SAMPLE_DIR}/${file}`;
}

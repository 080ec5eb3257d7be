import { SAMPLE_EXPORT_FILE, samplePath } from './sample-files';

/**
 * Fetches the workshop sample from the app's own origin and wraps it as a File, so that it goes
 * through the same import as a file the user picked. `baseUrl` is the app's base URL
 * (`import.meta.env.BASE_URL`), so the sample is found wherever the app is deployed.
 */
export async function fetchSampleFile(baseUrl: string): Promise<File> {
  const url = `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${samplePath(SAMPLE_EXPORT_FILE)}`;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok)
    throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const blob = await response.blob();
  // The app's servers send the .gz file as it is (scripts/vite/service-worker-plugin.ts), so the
  // service worker keeps it packed. Some static hosts send it with Content-Encoding: gzip, and the
  // browser hands over the unpacked CSV; the file is then named for what it holds. Either way it
  // imports.
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const name = gzip ? SAMPLE_EXPORT_FILE : SAMPLE_EXPORT_FILE.replace(/\.gz$/, '');
  return new File([blob], name, { type: gzip ? 'application/gzip' : 'text/csv' });
}

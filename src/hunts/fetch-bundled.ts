import { HUNTS_DIR, HUNTS_INDEX, indexFiles } from './bundled';

export interface BundledFile {
  fileName: string;
  text: string;
}

/**
 * Fetches the hunts that come with the app from its own origin (`<base>/hunts/`), in the order
 * of their index. The service worker keeps them, so this works offline after one visit.
 */
export async function fetchBundledHunts(
  baseUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<BundledFile[]> {
  const dir = `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${HUNTS_DIR}/`;
  const get = async (name: string) => {
    const response = await fetcher(`${dir}${name}`, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${HUNTS_DIR}/${name}: HTTP ${response.status}`);
    return response.text();
  };
  const files = indexFiles(JSON.parse(await get(HUNTS_INDEX)));
  return Promise.all(files.map(async (fileName) => ({ fileName, text: await get(fileName) })));
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The service worker's file name at the root of the build (and so of the app's base URL). */
export const SERVICE_WORKER_FILE = 'sw.js';

const TEMPLATE = path.join(import.meta.dirname, 'sw-template.js');
const MANIFEST_PLACEHOLDER = /\/\*\s*PRECACHE_MANIFEST\s*\*\/[^;]*;/;

export interface PrecacheManifest {
  /** Changes whenever any precached file's path or content changes. */
  version: string;
  /** Paths relative to the build root, '/'-separated, sorted. */
  files: string[];
}

/** Source maps are for developers with the network at hand; the app never asks for them. */
function precached(file: string): boolean {
  return !file.endsWith('.map') && file !== SERVICE_WORKER_FILE && !file.startsWith('.');
}

function listFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Every file the built app may ask for, read from the output directory after the build has
 * written it: that includes the Web Worker bundles and `public/` (sample, icons, manifest),
 * which a bundle hook would see only in part.
 */
export function precacheManifest(outDir: string): PrecacheManifest {
  const files = listFiles(outDir).filter(precached).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0');
    hash.update(readFileSync(path.join(outDir, file))).update('\0');
  }
  return { version: hash.digest('hex').slice(0, 16), files };
}

/** The service worker's source with the manifest in place of the template's placeholder. */
export function serviceWorkerSource(manifest: PrecacheManifest, template: string): string {
  if (!MANIFEST_PLACEHOLDER.test(template))
    throw new Error('service worker template lacks its /* PRECACHE_MANIFEST */ placeholder');
  return template.replace(MANIFEST_PLACEHOLDER, () => `${JSON.stringify(manifest)};`);
}

/**
 * Served as `sw.js` by the dev server. A production worker left on the dev server's origin (a
 * preview run on the same port) would keep serving its cached build; the browser's update check
 * fetches this instead, which takes over at once, drops the app's caches, unregisters itself and
 * reloads the open tabs from the dev server.
 */
export const DEV_SERVICE_WORKER = `// Dev server: no service worker; this one only removes a production one.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('hunting-workbook-')).map((n) => caches.delete(n)));
      await self.registration.unregister();
      const tabs = await self.clients.matchAll({ type: 'window' });
      await Promise.all(tabs.map((tab) => tab.navigate(tab.url)));
    })(),
  );
});
`;

/**
 * Writes `sw.js` into the build: the app and the workshop sample, precached under a cache named
 * for their content, so a new build replaces the old cache. `vite` dev registers none (see
 * DEV_SERVICE_WORKER for one left from a build).
 */
export function serviceWorkerPlugin(): Plugin {
  let outDir = '';
  let building = false;
  return {
    name: 'hunting-workbook:service-worker',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(`${server.config.base}${SERVICE_WORKER_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.setHeader('Cache-Control', 'no-store');
        res.end(DEV_SERVICE_WORKER);
      });
    },
    closeBundle() {
      // The dev server calls this hook too, on close; only a build has a bundle to list.
      if (!building) return;
      const manifest = precacheManifest(outDir);
      const source = serviceWorkerSource(manifest, readFileSync(TEMPLATE, 'utf8'));
      writeFileSync(path.join(outDir, SERVICE_WORKER_FILE), source);
    },
  };
}

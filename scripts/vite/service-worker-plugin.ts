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
 * Writes `sw.js` into the build: the app and the workshop sample, precached under a cache named
 * for their content, so a new build replaces the old cache. Builds only; `vite` dev has none.
 */
export function serviceWorkerPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'hunting-workbook:service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const manifest = precacheManifest(outDir);
      const source = serviceWorkerSource(manifest, readFileSync(TEMPLATE, 'utf8'));
      writeFileSync(path.join(outDir, SERVICE_WORKER_FILE), source);
    },
  };
}

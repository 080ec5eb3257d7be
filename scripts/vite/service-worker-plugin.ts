import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Connect, Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The service worker's file name at the root of the build (and so of the app's base URL). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What the worker precaches, read from the output directory after the build has written it: the
 * Web Worker bundles and `public/` (sample, hunts, icons, manifest) included. Vite's `assets/`
 * carry their content hash in their names and need no revision; every other file gets one from
 * its content, so a new build downloads only the files that changed.
 */
export const PRECACHE = {
  globPatterns: ['**/*'],
  // Source maps are for developers with the network at hand; the app never asks for them.
  globIgnores: ['**/*.map', SERVICE_WORKER_FILE, '.vite/**'],
  dontCacheBustURLsMatching: /^assets\//,
  // The workshop sample (about 9 MB packed) is precached on purpose.
  maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
};

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

function withoutContentEncoding(headers: OutgoingHttpHeaders): void {
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === 'content-encoding') delete headers[name];
    if (name.toLowerCase() === 'content-type') headers[name] = 'application/gzip';
  }
}

/**
 * Vite's servers (sirv) send a `.gz` file with `Content-Encoding: gzip`, so the browser hands
 * over the unpacked file: the workshop sample's 9 MB would be stored as 70 MB in the service
 * worker's cache. A `.gz` file is a file, not an encoding: it goes out as the bytes on disk, and
 * the app unpacks it. (Static hosts that add the encoding still work, with the larger cache.)
 */
export const rawGzipFiles: Connect.NextHandleFunction = (
  req: IncomingMessage,
  res: ServerResponse,
  next: Connect.NextFunction,
) => {
  if (!new URL(req.url ?? '/', 'http://x').pathname.endsWith('.gz')) return next();
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const arg of args) {
      if (arg && typeof arg === 'object') withoutContentEncoding(arg as OutgoingHttpHeaders);
    }
    res.removeHeader('Content-Encoding');
    if (res.hasHeader('Content-Type')) res.setHeader('Content-Type', 'application/gzip');
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
  next();
};

function servers(): Plugin {
  return {
    name: 'hunting-workbook:service-worker-servers',
    configureServer(server) {
      server.middlewares.use(rawGzipFiles);
      server.middlewares.use(`${server.config.base}${SERVICE_WORKER_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.setHeader('Cache-Control', 'no-store');
        res.end(DEV_SERVICE_WORKER);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(rawGzipFiles);
    },
  };
}

/**
 * The production build's service worker (`src/app/offline/sw.ts`, Workbox bundled in by
 * vite-plugin-pwa), and what the dev and preview servers need of it. `vite` dev registers none
 * (see DEV_SERVICE_WORKER for one left from a build); the app registers it itself
 * (`src/app/offline/service-worker.ts`) and ships its own web manifest from `public/`.
 */
export function serviceWorkerPlugin(): PluginOption[] {
  return [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app/offline',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      devOptions: { enabled: false },
      injectManifest: { ...PRECACHE, rollupFormat: 'es', sourcemap: false },
    }),
    servers(),
  ];
}

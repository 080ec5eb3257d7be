// The Hunting Workbook's service worker. scripts/vite/service-worker-plugin.ts writes it into
// the build as sw.js, with the list of built files and their content hash in place of the
// placeholder below. It keeps the app and the workshop sample in one cache per build, so that
// after one visit everything works with the network off.

const MANIFEST = /* PRECACHE_MANIFEST */ { version: 'template', files: [] };

const PREFIX = 'hunting-workbook-';
const CACHE = `${PREFIX}${MANIFEST.version}`;
const SCOPE = self.registration.scope;
const URLS = MANIFEST.files.map((file) => new URL(file, SCOPE).href);
const PRECACHED = new Set(URLS);
const INDEX = new URL('index.html', SCOPE).href;

/**
 * The browser has already undone any Content-Encoding (Vite's server sends the .csv.gz sample
 * with `Content-Encoding: gzip`), so the copy kept must not claim it, nor the packed length:
 * from the cache the app gets the same body as from the server.
 */
async function storable(response) {
  if (!response.headers.has('content-encoding') && !response.redirected) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

async function precache() {
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(
      URLS.map(async (url) => {
        // Revalidated, not taken blindly from the HTTP cache: unhashed files (index.html, the
        // sample) must be this build's.
        const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        await cache.put(url, await storable(response));
      }),
    );
  } catch (err) {
    // A half-filled cache must never serve; the next visit tries again.
    await caches.delete(CACHE);
    throw err;
  }
}

async function dropOldCaches() {
  const names = await caches.keys();
  await Promise.all(
    names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
  );
}

async function cached(url) {
  const cache = await caches.open(CACHE);
  // Vite's server sends `Vary: Origin`; the cache holds one copy per file whatever was asked.
  return cache.match(url, { ignoreVary: true });
}

async function cacheFirst(url, request) {
  return (await cached(url)) ?? fetch(request);
}

/**
 * The app has one page, its routes are in the hash: its root and index.html, whatever their
 * query. Other addresses on the origin (another app, a server's own pages) are not the app's, and
 * their navigations are left to the browser, online or not.
 */
function isAppPage(url) {
  const page = new URL(url);
  page.search = '';
  return page.href === SCOPE || page.href === INDEX;
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  // The first version takes the open page at once, so it works offline from this visit on.
  // A later version waits until the user reloads (see the message below).
  event.waitUntil(dropOldCaches().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Only this origin's reads; anything else is left to the browser as if there were no worker.
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.hash = '';
  if (request.mode === 'navigate' && isAppPage(url.href)) {
    event.respondWith(cacheFirst(INDEX, request));
    return;
  }
  // The build's own files, also when opened as a page (the sample's CSV).
  if (PRECACHED.has(url.href)) event.respondWith(cacheFirst(url.href, request));
});

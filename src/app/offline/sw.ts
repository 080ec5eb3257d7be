// The Hunting Workbook's service worker, built by vite-plugin-pwa (injectManifest) into sw.js
// with Workbox bundled in (no script from another origin, as the content policy requires). The
// precache keeps one copy of each built file under its revision, so a new build downloads only
// the files that changed: the workshop sample only when the sample itself changes.
import { setCacheNameDetails } from 'workbox-core';
import { createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { isAppPage, LEGACY_CACHE } from './app-page';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PrecacheEntry)[];
};

// The dev server's sw.js removes every cache named so (scripts/vite/service-worker-plugin.ts).
setCacheNameDetails({ prefix: 'hunting-workbook' });

const SCOPE = self.registration.scope;

// Only the listed files of this origin, GET only; anything else is left to the browser.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [], cleanURLs: false });
// The app's page whatever its query (`/?source=pwa`); other pages of the origin are not the app.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && isAppPage(url, SCOPE),
  createHandlerBoundToURL('index.html'),
);

self.addEventListener('activate', (event) => {
  // The first version takes the open page at once, so it works offline from this visit on (and
  // the page's sample import, which waits for this, reads the copy just cached). A later version
  // waits until the user reloads (see the message below).
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => LEGACY_CACHE.test(n)).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

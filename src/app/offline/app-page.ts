/**
 * The app has one page, its routes are in the hash: its root and index.html, whatever their
 * query. Other addresses on the origin (another app, a server's own pages) are not the app's, and
 * the service worker leaves their navigations to the browser, online or not.
 */
export function isAppPage(url: URL, scope: string): boolean {
  const page = new URL(url.href);
  page.search = '';
  page.hash = '';
  return page.href === scope || page.href === new URL('index.html', scope).href;
}

/** Caches of the hand-written worker before Workbox (one per build, the sample unpacked). */
export const LEGACY_CACHE = /^hunting-workbook-[0-9a-f]{16}$/;

import { describe, expect, it } from 'vitest';
import { isAppPage, LEGACY_CACHE } from './app-page';

const SCOPE = 'http://127.0.0.1:4401/';

describe('isAppPage', () => {
  it('is the app’s root and index.html, whatever their query and hash', () => {
    for (const url of [
      SCOPE,
      `${SCOPE}index.html`,
      `${SCOPE}#/hunts/ftp-exfiltration`,
      `${SCOPE}?source=pwa#/search`,
      `${SCOPE}index.html?x=1`,
    ])
      expect(isAppPage(new URL(url), SCOPE), url).toBe(true);
  });

  // The hand-written worker answered every navigation on the origin with the app, so another
  // app or page served there could not be reached while it was installed.
  it('is not another page of the origin, nor a page under another base', () => {
    for (const url of [
      `${SCOPE}elsewhere`,
      `${SCOPE}other-app/`,
      `${SCOPE}other-app/index.html`,
      `${SCOPE}index.htm`,
      `${SCOPE}sw.js`,
      'http://example.invalid/',
    ])
      expect(isAppPage(new URL(url), SCOPE), url).toBe(false);
    expect(isAppPage(new URL(SCOPE), `${SCOPE}app/`)).toBe(false);
  });
});

describe('LEGACY_CACHE', () => {
  it('is the hand-written worker’s cache per build, not Workbox’s nor another app’s', () => {
    expect(LEGACY_CACHE.test('hunting-workbook-db08a8228bec480e')).toBe(true);
    expect(LEGACY_CACHE.test(`hunting-workbook-precache-v2-${SCOPE}`)).toBe(false);
    expect(LEGACY_CACHE.test('someone-else')).toBe(false);
  });
});

import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  SAMPLE_STATE_KEY,
  SAMPLE_STATE_VERSION,
  type PersistedSampleState,
} from '../src/store/sample-keys';
import { foreignRequests } from './helpers/origin-guard';
import { serveStatic, type StaticServer } from './helpers/static-server';

// A deploy of a new build, at one origin: the build Playwright serves is copied and served by
// the test itself, so that the test can deploy a changed build in between. That origin is not the
// configured one, so the origin guard is applied by hand.

const DIST = path.resolve(import.meta.dirname, '../dist');

let root: string;
let server: StaticServer;

test.beforeEach(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'hunting-workbook-deploy-'));
  cpSync(DIST, root, { recursive: true, filter: (src) => !src.endsWith('.map') });
  server = await serveStatic(root);
});

test.afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * Deploys a next build in which only the app's code changed: its bundle under a new hashed name,
 * the page that loads it, and the worker's manifest naming both (index.html with a new revision).
 * Returns the new bundle's path.
 */
function deployNewAppCode(): string {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const old = /\/(assets\/index-[\w-]+\.js)"/.exec(html)?.[1] ?? '';
  expect(old).not.toBe('');
  const next = 'assets/index-Next0000.js';
  copyFileSync(path.join(root, old), path.join(root, next));
  writeFileSync(path.join(root, 'index.html'), html.replace(old, next));
  const sw = path.join(root, 'sw.js');
  const source = readFileSync(sw, 'utf8')
    .replace(`"url":"${old}"`, `"url":"${next}"`)
    .replace(/("revision":")[0-9a-f]+(","url":"index.html")/, '$1' + 'f'.repeat(32) + '$2');
  expect(source).toContain(next);
  writeFileSync(sw, source);
  return next;
}

test('a new build waits until the user reloads, downloads only what changed, then drops the old files', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const requests: string[] = [];
  context.on('request', (r) => void requests.push(r.url()));
  // A profile that was offered the sample already: this test is about the app's own files.
  const state: PersistedSampleState = { offered: true, datasetIds: [] };
  await context.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
    key: SAMPLE_STATE_KEY,
    value: JSON.stringify({ state, version: SAMPLE_STATE_VERSION }),
  });
  const page = await context.newPage();
  /** The precache's entries, by path (with Workbox's revision in the query where there is one). */
  const cached = () =>
    page.evaluate(async () => {
      const names = await caches.keys();
      const keys = await Promise.all(
        names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)),
      );
      return {
        names,
        urls: keys
          .flat()
          .map((u) => u.replace(location.origin, ''))
          .sort(),
      };
    });

  await page.goto(`${server.origin}/#/data`);
  await expect(page.getByTestId('offline-ready')).toHaveText('Ready to work offline', {
    timeout: 60_000,
  });
  const first = await cached();
  expect(first.names).toEqual([`hunting-workbook-precache-v2-${server.origin}/`]);
  const sample = first.urls.filter((u) => u.startsWith('/sample/botsv2-ftp-sample.csv.gz?'));
  expect(sample).toHaveLength(1);

  server.served.length = 0;
  const next = deployNewAppCode();
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  const reload = page.getByRole('button', { name: 'Reload to update' });
  await expect(reload).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('offline-update')).toHaveText('A new version is ready.');
  // The next worker downloaded the new page and bundle only: not the sample, nor the rest.
  expect(server.served.filter((p) => p !== '/sw.js').sort()).toEqual([`/${next}`, '/index.html']);
  // Installed but waiting: the open page keeps the files it started with, beside the new ones.
  const waiting = await cached();
  expect(waiting.urls).toEqual(expect.arrayContaining([...first.urls, `/${next}`]));
  expect(waiting.urls).toHaveLength(first.urls.length + 2);

  // A second tab of the app on the first build, as a trainer's speaker window might be.
  const other = await context.newPage();
  await other.goto(`${server.origin}/#/search`);
  const otherReload = other.getByRole('button', { name: 'Reload to update' });
  await expect(otherReload).toBeVisible();

  // While a page reloads its old context is gone: that counts as not reloaded yet.
  const marked = (p: Page) => p.evaluate(() => 'beforeUpdate' in window).catch(() => true);
  for (const p of [page, other])
    await p.evaluate(() => Object.assign(window, { beforeUpdate: true }));
  await reload.click();
  await expect.poll(() => marked(page)).toBe(false);
  await expect(page.getByTestId('offline-ready')).toBeVisible();
  await expect(reload).toHaveCount(0);
  // The page runs the new bundle; the old page and bundle are gone, the sample kept as it was.
  expect(await page.evaluate(() => [...document.scripts].map((s) => s.src).join())).toContain(next);
  await expect
    .poll(async () => (await cached()).urls.length, { timeout: 10_000 })
    .toBe(first.urls.length);
  const after = await cached();
  expect(after.urls).toContain(`/${next}`);
  expect(after.urls).toEqual(expect.arrayContaining(sample));

  // The other tab now runs an older build than its worker's: it still offers the reload.
  expect(await marked(other)).toBe(true);
  await expect(otherReload).toBeVisible();
  await otherReload.click();
  await expect.poll(() => marked(other)).toBe(false);
  await expect(other.getByTestId('offline-ready')).toBeVisible();
  await expect(otherReload).toHaveCount(0);

  await context.close();
  expect(foreignRequests(requests, server.origin)).toEqual([]);
});

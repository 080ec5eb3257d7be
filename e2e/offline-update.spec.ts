import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  SAMPLE_STATE_KEY,
  SAMPLE_STATE_VERSION,
  type PersistedSampleState,
} from '../src/store/sampleKeys';
import { foreignRequests } from './helpers/originGuard';
import { serveStatic, type StaticServer } from './helpers/staticServer';

// A deploy of a new build, at one origin: the build Playwright serves is copied and served by
// the test itself, so that the test can change its sw.js in between. That origin is not the
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

test('a new build waits until the user reloads, then replaces the old cache', async ({
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
  const cacheNames = () => page.evaluate(() => caches.keys());

  await page.goto(`${server.origin}/#/data`);
  await expect(page.getByTestId('offline-ready')).toHaveText('Ready to work offline', {
    timeout: 60_000,
  });
  const [first] = await cacheNames();
  expect(first).toMatch(/^hunting-workbook-[0-9a-f]{16}$/);

  // The next build: its files differ, so its service worker carries another version.
  const sw = path.join(root, 'sw.js');
  const next = `${first.replace('hunting-workbook-', '')}next`;
  writeFileSync(
    sw,
    readFileSync(sw, 'utf8').replace(/"version":"[0-9a-f]+"/, `"version":"${next}"`),
  );
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  const reload = page.getByRole('button', { name: 'Reload to update' });
  await expect(reload).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('offline-update')).toHaveText('A new version is ready.');
  // Installed but waiting: the open page keeps the build it started with.
  expect((await cacheNames()).sort()).toEqual([first, `hunting-workbook-${next}`].sort());

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
  await expect.poll(cacheNames).toEqual([`hunting-workbook-${next}`]);

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

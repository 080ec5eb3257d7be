import { expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { SAMPLE_DIR, SAMPLE_EXPORT_FILE } from '../src/data/sample/sample-files';
import { count, datasetRow, datasetRows } from './helpers/app';
import { test } from './helpers/origin-guard';
import { test as emptyTest } from './helpers/test';
import { SAMPLE_NAME, SAMPLE_URL_PATH, sampleFacts } from './helpers/sample-facts';
import { HUNTS } from './helpers/hunts';

// A fresh profile, as on a first visit: the sample loads by itself and the service worker
// (production builds only; Playwright's preview serves one) installs beside it.

const FTP_COUNT = 'index=botsv2 sourcetype=stream:ftp | stats count';

/** The sample as the server sends it (its gzip bytes), read outside the browser. */
function sampleFile(): { sha256: string; bytes: number; ftpEvents: number } {
  const file = path.resolve(import.meta.dirname, '../public', SAMPLE_DIR, SAMPLE_EXPORT_FILE);
  const packed = readFileSync(file);
  const rows = Papa.parse<Record<string, string>>(gunzipSync(packed).toString('utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  return {
    sha256: createHash('sha256').update(packed).digest('hex'),
    bytes: packed.length,
    ftpEvents: rows.filter((r) => r.index === 'botsv2' && r.sourcetype === 'stream:ftp').length,
  };
}

/** Size and first two bytes of the sample as the service worker's cache holds it. */
async function cachedSample(page: Page): Promise<{ bytes: number; head: number[] }> {
  return page.evaluate(async (url) => {
    const response = await caches.match(url, { ignoreSearch: true });
    const body = new Uint8Array((await response?.arrayBuffer()) ?? new ArrayBuffer(0));
    return { bytes: body.length, head: [...body.slice(0, 2)] };
  }, SAMPLE_URL_PATH);
}

async function expectSampleLoaded(page: Page): Promise<void> {
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 90_000 },
  );
}

/** Runs the FTP count on the Search screen and returns the number it shows. */
async function ftpCount(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  const box = page.getByRole('textbox', { name: 'Search', exact: true });
  await box.fill(FTP_COUNT);
  await box.press('Control+Enter');
  const panel = page.locator('.search-panel').first();
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Statistics', exact: true }).click();
  const cells = page.getByRole('table', { name: 'Results table' }).locator('tbody td');
  await expect(cells).toHaveCount(1);
  return Number((await cells.innerText()).replace(/,/g, ''));
}

/** SHA-256 of the sample's body as the page's fetch gets it (the app's own fetch, see fetchSample). */
async function fetchedSampleSha256(page: Page): Promise<string> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }, SAMPLE_URL_PATH);
}

test('after one visit the app and the workshop sample work with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const expected = sampleFile();
  expect(expected.ftpEvents).toBeGreaterThan(0);
  // Answers for the sample that came over the network, not from the service worker's cache.
  const downloads: string[] = [];
  context.on('response', (r) => {
    if (new URL(r.url()).pathname === SAMPLE_URL_PATH && !r.fromServiceWorker())
      downloads.push(r.url());
  });

  // First visit, online.
  await page.goto('/#/data');
  await expectSampleLoaded(page);
  await expect(page.getByTestId('offline-ready')).toHaveText('Ready to work offline', {
    timeout: 90_000,
  });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  // Downloaded once, by the worker; the page's import read the worker's copy.
  expect(downloads).toHaveLength(1);
  // Kept as the packed file (about 9 MB), not unpacked by the browser (about 70 MB).
  expect(await cachedSample(page)).toEqual({ bytes: expected.bytes, head: [0x1f, 0x8b] });
  const online = await ftpCount(page);
  expect(online).toBe(expected.ftpEvents);

  // Network off; the page's and the worker's requests both fail from now on.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Data', exact: true })).toBeVisible();
  // Proved by a request that must fail, not by navigator.onLine: Debian's Chromium 150 keeps that
  // true under Playwright's offline emulation (156 set it false).
  const uncached = await page.evaluate(() =>
    fetch(`/favicon.svg?not-cached=${Date.now()}`).then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');

  // The bundled hunt files come from the cache as well: the library lists every one.
  await page.getByRole('link', { name: 'Hunts', exact: true }).click();
  for (const hunt of HUNTS) {
    await expect(page.locator(`li.library-card[data-hunt-id="${hunt.id}"]`)).toBeVisible();
  }

  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await expectSampleLoaded(page);
  await expect(page.getByTestId('offline-ready')).toBeVisible();
  // The cached sample is what the server gave online: the same packed bytes.
  expect(await fetchedSampleSha256(page)).toBe(expected.sha256);
  expect(await ftpCount(page)).toBe(online);

  // Deleted and loaded again offline: it comes from the cache, whole.
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  const row = datasetRow(page, SAMPLE_NAME);
  await row.getByRole('button', { name: 'Delete' }).click();
  await row.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(datasetRows(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Load workshop sample' }).click();
  await expectSampleLoaded(page);
  await expect(page.getByTestId('import-summary')).toContainText(
    `${count(sampleFacts().events)} events imported`,
  );
  expect(await ftpCount(page)).toBe(online);
});

emptyTest(
  'the app is installable: its manifest and icons pass Chromium’s own check',
  async ({ page, context }) => {
    await page.goto('/#/data');
    await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito, where Chromium never offers to install; nothing else.
    expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
    const { url, data } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    const manifest = JSON.parse(data ?? '{}') as {
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.display).toBe('standalone');
    // The header's colour, as in the page's theme-color.
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute(
      'content',
      manifest.theme_color,
    );
    for (const icon of manifest.icons.filter((i) => i.sizes !== 'any')) {
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, new URL(icon.src, url).href);
      expect(size).toBe(icon.sizes);
    }
  },
);

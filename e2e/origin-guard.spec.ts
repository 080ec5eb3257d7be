import { test as plain } from '@playwright/test';
import { HUNTS } from './helpers/hunts';
import { count, datasetRow } from './helpers/app';
import { expect, foreignRequests, test } from './helpers/origin-guard';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';

// The guard every spec runs under (helpers/origin-guard.ts): first that it can fail, then the
// main screens walked under it on a first start, where the sample loads by itself.

const ORIGIN = 'http://127.0.0.1:4401';
const FOREIGN = 'http://example.invalid/';

plain('the checker flags every other origin and only those', () => {
  expect(
    foreignRequests(
      [
        `${ORIGIN}/`,
        `${ORIGIN}/assets/index.js?x=1#y`,
        'data:image/png;base64,AAAA',
        `blob:${ORIGIN}/5f0c-4d`,
        `${FOREIGN}x`,
        'https://127.0.0.1:4401/',
        'http://127.0.0.1:4402/',
        'http://localhost:4401/',
        'not a url',
      ],
      ORIGIN,
    ),
  ).toEqual([
    `${FOREIGN}x`,
    'https://127.0.0.1:4401/',
    'http://127.0.0.1:4402/',
    'http://localhost:4401/',
    'not a url',
  ]);
});

test.describe('the guard', () => {
  // The app's content policy refuses these requests before they leave (see hostile-page.spec.ts):
  // without it, what the guard itself sees is tested.
  test.use({ bypassCSP: true });

  test('the guard sees foreign requests of the page and of its workers', async ({
    page,
    requests,
    baseURL,
  }) => {
    await page.goto('/#/data');
    await page.evaluate(async (url) => {
      await fetch(`${url}from-page`).catch(() => undefined);
      const source = `fetch('${url}from-worker').catch(() => 0).then(() => postMessage('done'));`;
      const worker = new Worker(URL.createObjectURL(new Blob([source])));
      await new Promise((resolve) => worker.addEventListener('message', resolve));
      worker.terminate();
    }, FOREIGN);
    const origin = new URL(baseURL ?? '').origin;
    await expect
      .poll(() => foreignRequests(requests, origin).sort())
      .toEqual([`${FOREIGN}from-page`, `${FOREIGN}from-worker`]);
    // Seen and checked: cleared so that the guard's own check at the end passes.
    requests.length = 0;
  });

  test('a test that asks another origin for anything fails', async ({ page }) => {
    test.fail(true, 'the guard must fail this test after it has run');
    await page.goto('/#/data');
    await page.evaluate((url) => fetch(url).catch(() => undefined), FOREIGN);
  });
});

test('the main screens ask nothing of another origin', async ({ page, requests }) => {
  test.setTimeout(180_000);
  const hunt = HUNTS[0];
  const chartStep = hunt.steps.find((s) => s.searches.some((q) => q.view === 'timechart'));
  if (!chartStep) throw new Error(`${hunt.id} has no step with a time chart`);

  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 90_000 },
  );

  await page.getByRole('link', { name: 'Search', exact: true }).click();
  const box = page.getByRole('textbox', { name: 'Search', exact: true });
  await box.fill('index=* | stats count by sourcetype');
  await box.press('Control+Enter');
  await expect(page.locator('.search-panel').first()).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });

  await page.goto(`/#/hunts/${hunt.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto(`/#/hunts/${hunt.id}/${chartStep.id}`);
  await expect(page.getByTestId('chart-plot').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.search-panel[data-status="running"]')).toHaveCount(0, {
    timeout: 60_000,
  });
  // The walk did go through the network: the guard had something to check.
  expect(requests.length).toBeGreaterThan(5);
});

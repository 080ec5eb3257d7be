import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { count, datasetRow, datasetRows, openDataManager } from './helpers/app';
import { SAMPLE_NAME, SAMPLE_URL_PATH, sampleFacts } from './helpers/sample-facts';

// Plain Playwright `test`: every test gets a fresh browser profile, as on a first start.

async function waitForSample(page: Page): Promise<void> {
  const { events } = sampleFacts();
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(events)} events`,
    { timeout: 60_000 },
  );
}

test('a fresh browser profile opens the app and finds the workshop sample loaded', async ({
  page,
  baseURL,
}) => {
  const { events, rangeLosAngeles } = sampleFacts();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  const started = Date.now();
  await page.goto('/#/data');
  // It goes through the ordinary import, progress display included.
  await expect(page.getByTestId('import-progress')).toContainText(`Importing “${SAMPLE_NAME}”`);
  await waitForSample(page);
  const loadMs = Date.now() - started;
  test.info().annotations.push({ type: 'sample load', description: `${loadMs} ms` });
  console.log(`workshop sample: ${events} events loaded ${loadMs} ms after opening the app`);

  const row = datasetRow(page, SAMPLE_NAME);
  await expect(row.getByTestId('dataset-time-range')).toHaveText(rangeLosAngeles);
  await expect(page.getByTestId('import-summary')).toContainText(
    `${count(events)} events imported`,
  );

  // Only the app's own origin was asked for anything, the sample included.
  const origin = new URL(baseURL ?? '').origin;
  const foreign = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(requests).toContain(`${origin}${SAMPLE_URL_PATH}`);

  // Stored: a reload shows it again and does not load a second copy.
  await page.reload();
  await expect(datasetRows(page)).toHaveCount(1);
  await expect(row.getByTestId('dataset-event-count')).toHaveText(`${count(events)} events`);
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
});

test('the sample button says when the sample is loaded; once deleted it stays away until asked for', async ({
  page,
}) => {
  await page.goto('/#/data');
  await waitForSample(page);
  const load = page.getByRole('button', { name: 'Load workshop sample' });

  await load.click();
  await expect(page.getByTestId('sample-already-loaded')).toHaveText(
    `The workshop sample is already loaded as “${SAMPLE_NAME}”. Delete it first to load a fresh copy.`,
  );
  await expect(datasetRows(page)).toHaveCount(1);

  const row = datasetRow(page, SAMPLE_NAME);
  await row.getByRole('button', { name: 'Delete' }).click();
  await row.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(datasetRows(page)).toHaveCount(0);
  await expect(page.getByTestId('sample-already-loaded')).toHaveCount(0);

  // Deleted is deleted: the next start does not fetch it again.
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith(SAMPLE_URL_PATH)) fetched.push(r.url());
  });
  await openDataManager(page);
  await expect(page.getByTestId('datasets-empty')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await expect(page.getByTestId('import-progress')).toHaveCount(0);

  // Asked for, it comes back.
  await load.click();
  await waitForSample(page);
  expect(fetched).toHaveLength(1);
});

import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { ftpHunt as hunt } from './helpers/hunts';
import { count, datasetRow } from './helpers/app';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';

// Plain Playwright `test`: a fresh profile, where the workshop sample loads by itself.

async function waitForSample(page: Page): Promise<void> {
  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 60_000 },
  );
}

const summary = (page: Page) => page.locator('.sbs-summary');

test('side by side: the appendcols search of the hunt finds the two sessions identical', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await waitForSample(page);
  await page.goto(`/#/hunts/${hunt.id}/cluster-1-side-by-side`);

  const view = page.getByRole('region', { name: 'Side-by-side comparison' });
  await expect(summary(page)).toHaveText(/^Identical: (\d+) of \1 rows$/, { timeout: 30_000 });
  const rows = view.locator('tbody tr');
  const n = await rows.count();
  expect(n).toBeGreaterThan(5);
  await expect(summary(page)).toHaveText(`Identical: ${n} of ${n} rows`);
  // The sessions name the two groups; nothing is marked as different.
  await expect(view.getByRole('columnheader', { name: 'src = 10.0.2.107' })).toBeVisible();
  await expect(view.getByRole('columnheader', { name: 'src_s = 10.0.2.109' })).toBeVisible();
  await expect(view.locator('.sbs-diff')).toHaveCount(0);
  // Times in Los Angeles time with the offset in the header.
  await expect(view.getByRole('columnheader', { name: '_time (UTC-07:00)' })).toBeVisible();
  await expect(rows.first().locator('td').first()).toHaveText(/^2017-08-23 20:36:\d\d$/);
});

test('side by side: the FTP commands split by src are identical, another pair is not', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await waitForSample(page);
  const query = `index=botsv2 sourcetype=stream:ftp dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST
| table _time src method method_parameter filename reply_content
| sort 0 + _time`;
  const params = new URLSearchParams({
    s: 'free',
    q: query,
    view: 'side-by-side',
    from: new Date('2017-08-23T16:00:00-07:00').toISOString(),
    to: new Date('2017-08-24T00:00:00-07:00').toISOString(),
  });
  await page.goto(`/#/search?${params.toString()}`);

  const view = page.getByRole('region', { name: 'Side-by-side comparison' });
  await expect(summary(page)).toHaveText(/^Identical: (\d+) of \1 rows$/, { timeout: 30_000 });
  await expect(view.getByLabel('Compare by')).toHaveValue('src');
  await expect(view.getByLabel('Left')).toHaveValue('10.0.2.107');
  await expect(view.getByLabel('Right')).toHaveValue('10.0.2.109');
  const n = await view.locator('tbody tr').count();
  expect(n).toBeGreaterThan(5);
  await expect(view.locator('.sbs-diff')).toHaveCount(0);

  // Split by method instead: USER against PASS differ in every compared cell.
  await view.getByLabel('Compare by').selectOption('method');
  await expect(view.getByLabel('Left')).toHaveValue('USER');
  await expect(summary(page)).toHaveText(/^Identical: 0 of \d+ rows?/);
  expect(await view.locator('.sbs-diff').count()).toBeGreaterThan(0);
});

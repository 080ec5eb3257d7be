import { expect } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { count, datasetRow } from './helpers/app';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';

// `(a|a)+$` over a run of `a`s ending in a non-match backtracks exponentially in V8: with 40
// of them one replace() runs for far longer than this test (checked below: still running).
const RUNAWAY = `sourcetype="stream:ftp" | head 1 | eval x=replace("${'a'.repeat(40)}!", "(a|a)+$", "")`;

test('a runaway regular expression can be cancelled; the page stays responsive and searches again; long tables come in pages', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 60_000 },
  );
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  const panel = page.locator('.search-panel').first();
  const box = page.getByRole('textbox', { name: 'Search', exact: true });
  await box.fill(RUNAWAY);
  await box.press('Control+Enter');
  await expect(panel).toHaveAttribute('data-status', 'running');
  // Still running well after an ordinary search would have finished: it really is runaway.
  await page.waitForTimeout(2000);
  await expect(panel).toHaveAttribute('data-status', 'running');

  const cancelledAt = Date.now();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('search-cancelled')).toBeVisible({ timeout: 2500 });
  const ms = Date.now() - cancelledAt;
  console.log(`runaway search cancelled after ${ms} ms`);
  expect(ms).toBeLessThan(2500);

  // The page answers at once, and a new search runs in the restarted worker.
  const started = Date.now();
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect(Date.now() - started).toBeLessThan(500);
  await box.fill('sourcetype="stream:ftp" | stats count');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Statistics' }).click();
  const cell = page.getByRole('table', { name: 'Results table' }).locator('tbody td').first();
  await expect(cell).toHaveText(/^\d+$/);
  expect(Number(await cell.innerText())).toBeGreaterThan(0);

  // Every event as a table: pages of rows keep the page usable, times in the user's zone.
  const { events } = sampleFacts();
  await box.fill('index=* | table _time host sourcetype');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByText(`Rows 1–100 of ${count(events)}`)).toBeVisible();
  const rows = page.getByRole('table', { name: 'Results table' }).locator('tbody tr');
  await expect(rows).toHaveCount(100);
  // The page's times share one offset (late August, daylight time): it heads the column.
  const table = page.getByRole('table', { name: 'Results table' });
  await expect(table.getByRole('columnheader').first()).toHaveText('_time (UTC-07:00)');
  await expect(rows.first().locator('td').first()).toHaveText(
    /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/,
  );
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText(`Rows 101–200 of ${count(events)}`)).toBeVisible();
});

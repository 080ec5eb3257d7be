import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fixture, importFiles, openDataManager } from './helpers/app';
import { expectSearchText } from './helpers/editor';
import { ftpHunt } from './helpers/hunts';
import { test as withSample } from './helpers/origin-guard';
import { test } from './helpers/test';

const FTP = 'index=botsv2 sourcetype=stream:ftp';
const BY_TYPE = 'index=botsv2 | stats count by sourcetype';

async function run(page: Page, query: string) {
  const panel = page.locator('[data-search-id="free"]');
  const box = panel.getByRole('textbox', { name: 'Search', exact: true });
  await box.fill(query);
  await box.press('Control+Enter');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
}

test('search history and saved searches: kept, filtered, run again, renamed, deleted, exported and imported', async ({
  page,
}) => {
  await openDataManager(page);
  await importFiles(page, [fixture('botsv2-sample.csv')], 'sample');
  await page.goto('/#/search?s=free&q=');
  const panel = page.locator('[data-search-id="free"]');
  const box = panel.getByRole('textbox', { name: 'Search', exact: true });

  // An empty search's error goes as soon as the box holds another search, before any run.
  await box.press('Control+Enter');
  const error = panel.getByTestId('spl-error');
  await expect(error.getByTestId('spl-error-message')).toHaveText('Empty search');
  await box.pressSequentially('index=botsv2');
  await expect(error).toHaveCount(0);
  await expect(panel.locator('.cm-lintRange-error')).toHaveCount(0);

  await run(page, FTP);
  await run(page, BY_TYPE);

  // The history keeps both runs with their result counts, newest first, across a reload.
  await page.reload();
  const history = page.getByTestId('search-history');
  await history.locator('summary').click();
  const entries = history.getByTestId('history-entry');
  await expect(entries.first()).toContainText(BY_TYPE);
  await expect(entries.first()).toContainText('5 results');
  await expect(history.getByTestId('history-entry').filter({ hasText: FTP })).toContainText(
    '6 results',
  );
  await history.getByRole('searchbox', { name: 'Filter the history' }).fill('stream:ftp');
  await expect(entries).toHaveCount(1);
  await entries.getByRole('button', { name: 'Run' }).click();
  await expectSearchText(box, FTP);
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  // Save the search shown, rename it, export, delete, import the file back and run it.
  await panel.getByRole('button', { name: 'Save search' }).click();
  await panel.getByRole('textbox', { name: 'Name of the saved search' }).fill('FTP');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByTestId('search-saved')).toHaveText('Saved as “FTP”.');
  const saved = page.getByTestId('saved-searches');
  await saved.locator('summary').click();
  const row = saved.getByTestId('saved-search');
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: 'Rename' }).click();
  await row.getByRole('textbox', { name: 'New name' }).fill('FTP sessions');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.locator('strong')).toHaveText('FTP sessions');

  const downloading = page.waitForEvent('download');
  await saved.getByRole('button', { name: 'Export saved searches' }).click();
  const file = await (await downloading).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { searches: { name: string }[] };
  expect(exported.searches.map((s) => s.name)).toEqual(['FTP sessions']);

  await row.getByRole('button', { name: 'Delete' }).click();
  await saved.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);

  const input = saved.getByLabel('Import saved searches');
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...exported, searches: [{ name: 'x' }] })),
  });
  await expect(saved.getByTestId('saved-import-note')).toHaveText(
    'bad.json, search 1: the field query is missing or wrong. Nothing was imported.',
  );
  await input.setInputFiles(file);
  await expect(saved.getByTestId('saved-import-note')).toContainText('1 new, 0 replaced.');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: test.info().outputPath('library-1920x1080.png'), fullPage: true });
  await run(page, BY_TYPE);
  await row.getByRole('button', { name: 'Run' }).click();
  await expectSearchText(box, FTP);
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
});

// A fresh profile: the workshop sample loads by itself, as a hunt step expects.
withSample(
  'a hunt step’s search, saved from the step, runs on the Search page with its range and view',
  async ({ page }) => {
    const step = ftpHunt.steps.find((s) => s.id === 'time-series-zoom')!;
    const search = step.searches.find((s) => s.view === 'timechart')!;
    await page.goto(`/#/hunts/${ftpHunt.id}/${step.id}`);
    const panel = page.locator(`.search-panel[data-search-id="${search.id}"]`);
    await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    // A view other than the one the Search page would pick for this query (Time chart).
    await panel
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Statistics' })
      .click();
    await expect(panel.getByRole('table', { name: 'Results table' })).toBeVisible();
    const count = await panel.getByTestId('search-result-count').innerText();
    expect(count).toMatch(/^[1-9][\d,]* results$/);

    await panel.getByRole('button', { name: 'Save search' }).click();
    await panel.getByRole('textbox', { name: 'Name of the saved search' }).fill('Aug 23 evening');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(panel.getByTestId('search-saved')).toHaveText('Saved as “Aug 23 evening”.');

    await page.getByRole('link', { name: 'Search', exact: true }).click();
    const saved = page.getByTestId('saved-searches');
    await saved.locator('summary').click();
    const row = saved.locator('[data-testid="saved-search"][data-name="Aug 23 evening"]');
    await expect(row.locator('code')).toHaveText(search.spl);
    // The step's own range, in the hunt's zone (Pacific, as the header shows), and its view.
    await expect(row.locator('.muted')).toHaveText(
      '2017-08-23 16:00:00 – 2017-08-24 00:00:00 · Statistics',
    );
    await row.getByRole('button', { name: 'Run' }).click();
    const free = page.locator('[data-search-id="free"]');
    await expectSearchText(free.getByRole('textbox', { name: 'Search', exact: true }), search.spl);
    await expect(free).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(free.getByRole('button', { name: 'Statistics' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(free.getByTestId('search-result-count')).toHaveText(count);
  },
);

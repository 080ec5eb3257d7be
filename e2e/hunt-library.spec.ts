import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { datasetRow, count } from './helpers/app';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';
import { HUNTS } from './helpers/hunts';

// The hunt library with a user's own hunt files: a minimal hunt imported through the real file
// input, started and answered on the workshop sample, then removed; and a broken file refused
// with its problems listed by line. A fresh profile, where the sample loads by itself.

const HUNT_FIXTURES = path.resolve(import.meta.dirname, '../src/test/fixtures/hunts');
const MINIMAL = path.join(HUNT_FIXTURES, 'minimal-hunt.yaml');
const BROKEN = path.join(HUNT_FIXTURES, 'broken-hunt.yaml');

function card(page: Page, id: string) {
  return page.locator(`li.library-card[data-hunt-id="${id}"]`);
}

async function importHunt(page: Page, file: string) {
  await page.getByTestId('hunt-file-input').setInputFiles(file);
}

test('a trainer’s hunt file: import, run, remove; a broken one is refused with its lines', async ({
  page,
}) => {
  // As in browsers without the File System Access API: author mode falls back to a file input.
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 60_000 },
  );

  await page.getByRole('link', { name: 'Hunts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hunts');
  for (const hunt of HUNTS) {
    const c = card(page, hunt.id);
    await expect(c.getByRole('heading', { level: 2 })).toHaveText(hunt.title);
    await expect(c).toContainText('Comes with the app');
    await expect(c.getByTestId('library-data')).toHaveText(
      `All ${hunt.sourcetypes.length} sourcetypes loaded`,
    );
  }

  // A broken file: every problem with its line; nothing installed changes.
  await importHunt(page, BROKEN);
  await expect(page.getByText('broken-hunt.yaml was not imported: 5 problems')).toBeVisible();
  const problems = page.getByTestId('hunt-problems').locator('li');
  await expect(problems).toHaveText([
    /line 2.*id.*is not an id/,
    /line 13 · step first.*"narrative" is missing/,
    /line 15 · step first.*unknown field "narative" \(did you mean "narrative"\?\)/,
    /line 19 · step first · search s1.*view.*found text "pie"/,
    /line 26 · step first · question q1.*answer.*expected a number/,
  ]);
  await expect(page.locator('li.library-card')).toHaveCount(HUNTS.length);
  await page.screenshot({ path: test.info().outputPath('refused.png'), fullPage: true });

  // The minimal hunt: installed, listed, and the start page is now the library.
  await importHunt(page, MINIMAL);
  await expect(page.getByText('Imported “Who knocks on the firewall?”.')).toBeVisible();
  const mine = card(page, 'inbound-probes');
  await expect(mine).toContainText('Imported 20');
  await expect(mine.getByTestId('library-data')).toHaveText('All 1 sourcetypes loaded');
  await expect(mine.getByTestId('library-progress')).toHaveText('Not started');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hunts');
  await page.screenshot({ path: test.info().outputPath('library.png'), fullPage: true });

  // Run it: the search on the sample, the derived answer, progress in the library.
  await card(page, 'inbound-probes').getByRole('link', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who knocks on the firewall?');
  await page.getByRole('button', { name: 'Start the hunt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Probes by port');
  const search = page.locator('.search-panel[data-search-id="probes"]');
  await expect(search).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(
    search.getByRole('table', { name: 'Results table' }).locator('tbody tr').first(),
  ).toContainText('21');
  const question = page.locator('[data-testid="question"][data-question-id="top-port"]');
  await question.getByLabel('Your answer').fill('21');
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question).toContainText('Right.');
  await page.getByRole('link', { name: 'Hunts', exact: true }).click();
  await expect(card(page, 'inbound-probes').getByTestId('library-progress')).toHaveText(
    '1 of 2 questions right · 1 of 2 steps visited',
  );

  // Export gives the file back as it was imported.
  const saved = page.waitForEvent('download');
  await card(page, 'inbound-probes').getByRole('button', { name: 'Export' }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe('minimal-hunt.yaml');
  expect(readFileSync(await download.path(), 'utf8')).toBe(readFileSync(MINIMAL, 'utf8'));

  // Remove it: gone from the library, and after a reload too.
  await card(page, 'inbound-probes').getByRole('button', { name: 'Remove' }).click();
  await card(page, 'inbound-probes').getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByText('Removed “Who knocks on the firewall?”.')).toBeVisible();
  await expect(card(page, 'inbound-probes')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('li.library-card')).toHaveCount(HUNTS.length);

  // Author mode, where the browser cannot watch files (the input and Reload): problems by line,
  // then the sound file shown as learners see it.
  await page.getByRole('link', { name: 'Author mode' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Author mode');
  await page.getByTestId('author-file-input').setInputFiles(BROKEN);
  await expect(page.getByTestId('author-status')).toContainText('5 problems');
  await expect(page.getByTestId('hunt-problems').locator('li').first()).toContainText('line 2');
  await page.getByTestId('author-file-input').setInputFiles(MINIMAL);
  await expect(page.getByTestId('author-status')).toContainText('no problems');
  await page.getByRole('link', { name: 'View the hunt as a learner' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who knocks on the firewall?');
  await expect(page.getByTestId('author-bar')).toContainText('Author mode: minimal-hunt.yaml');
  await page.getByTestId('author-bar').getByRole('link', { name: 'Back to author mode' }).click();
  await page.getByRole('button', { name: 'Close the file' }).click();
  await page.getByRole('link', { name: 'Hunts', exact: true }).click();
  await expect(page.locator('li.library-card')).toHaveCount(HUNTS.length);
});

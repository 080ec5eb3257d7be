import { expect, test } from './helpers/test';
import { unlinkSync } from 'node:fs';
import {
  expectOnlyDatasetKept,
  fileInput,
  fixture,
  importFiles,
  openDataManager,
} from './helpers/app';
import { writeBigCsv } from './helpers/big-csv';
import { FACTS } from './helpers/fixture-facts';
import { storedDatasetIds } from './helpers/storage';

const BIG_EVENTS = 600_000;
let bigCsv = '';

test.beforeAll(() => {
  bigCsv = writeBigCsv(BIG_EVENTS);
});

test.afterAll(() => {
  if (bigCsv) unlinkSync(bigCsv);
});

test('cancelling a large import stores nothing and leaves earlier datasets alone', async ({
  page,
}) => {
  const csv = FACTS.csv;
  await openDataManager(page);
  await importFiles(page, [fixture(csv.file)]);
  const before = await storedDatasetIds(page);

  await fileInput(page).setInputFiles(bigCsv);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('File 1 of 1: hunting-workbook-e2e-');

  // The page answers while the worker imports: a timer fires on time.
  const lag = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start - 50), 50);
      }),
  );
  expect(lag).toBeLessThan(250);

  // Cancel as soon as events flow, so the cancel hits an import that has written chunks (at
  // ~250,000 events/s the whole file takes only a few seconds).
  await expect(progress).toContainText(/\b[1-9][\d,]* events(?!\/s)/, { timeout: 30_000 });
  const bar = progress.getByRole('progressbar');
  const percentAtCancel = Number(await bar.getAttribute('aria-valuenow'));
  expect(percentAtCancel).toBeGreaterThan(0);
  expect(percentAtCancel).toBeLessThan(100);

  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByText('Import cancelled; nothing was stored.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId('import-summary')).toHaveCount(0);

  await expectOnlyDatasetKept(page, csv.name, csv.events);
  // Not a single row of the cancelled import is left in any table.
  expect(await storedDatasetIds(page)).toEqual(before);
});

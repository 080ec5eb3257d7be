import { expect, test } from './helpers/test';
import { unlinkSync } from 'node:fs';
import { datasetRows, fileInput, fixture, importFiles, openDataManager } from './helpers/app';
import { writeBigCsv } from './helpers/big-csv';
import { FACTS } from './helpers/fixture-facts';
import { storedDatasetIds } from './helpers/storage';

let bigCsv = '';

test.beforeAll(() => {
  bigCsv = writeBigCsv(600_000);
});

test.afterAll(() => {
  if (bigCsv) unlinkSync(bigCsv);
});

test('an import interrupted by closing the tab leaves nothing once the app opens again', async ({
  context,
}) => {
  const first = await context.newPage();
  await openDataManager(first);
  await importFiles(first, [fixture(FACTS.csv.file)]);
  const before = await storedDatasetIds(first);

  await fileInput(first).setInputFiles(bigCsv);
  const bar = first.getByTestId('import-progress').getByRole('progressbar');
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), {
      timeout: 30_000,
      intervals: [50],
    })
    .toBeGreaterThan(0);
  // The half-done import has written rows: exactly what a closed tab would strand. (Reading runs
  // ahead of storing, so the first chunk may land a little after the bar moves; polled often, as
  // the whole file takes only a few seconds.)
  await expect
    .poll(async () => (await storedDatasetIds(first)).chunks.length, {
      timeout: 30_000,
      intervals: [50],
    })
    .toBeGreaterThan(before.chunks.length);
  await expect(first.getByTestId('import-progress')).toBeVisible();
  await first.close();

  const second = await context.newPage();
  await openDataManager(second);
  await expect(datasetRows(second)).toHaveCount(1);
  // The worker's lock is released as the tab goes; a reopened app cleans up at start.
  await expect
    .poll(
      async () => {
        await openDataManager(second);
        return storedDatasetIds(second);
      },
      { timeout: 20_000 },
    )
    .toEqual(before);
});

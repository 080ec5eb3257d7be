import { expect, test } from './helpers/test';
import {
  count,
  datasetRow,
  datasetRows,
  expectOnlyDatasetKept,
  fileInput,
  fixture,
  importFiles,
  openDataManager,
} from './helpers/app';
import { FACTS } from './helpers/fixture-facts';

test.beforeEach(async ({ page }) => {
  await openDataManager(page);
});

test('a binary file is refused with its name and the supported formats; datasets stay intact', async ({
  page,
}) => {
  const csv = FACTS.csv;
  await importFiles(page, [fixture(csv.file)]);

  await fileInput(page).setInputFiles(fixture(FACTS.binary.file));
  const error = page.getByTestId('import-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText(`${FACTS.binary.file}: not a supported format`);
  await expect(error).toContainText('Supported:');
  await expect(page.getByTestId('import-summary')).toHaveCount(0);

  await expectOnlyDatasetKept(page, csv.name, csv.events);
});

test('a CSV with malformed rows imports the good rows and reports the bad ones by line', async ({
  page,
}) => {
  const broken = FACTS.malformed;
  const summary = await importFiles(page, [fixture(broken.file)]);
  await expect(summary).toContainText(`${count(broken.events)} events imported`);
  await expect(summary).toContainText(`${count(broken.skipped)} records skipped`);
  for (const line of broken.skippedLines.slice(0, 5)) {
    await expect(summary).toContainText(`${broken.file}:${line} — `);
  }
  await expect(datasetRow(page, broken.name).getByTestId('dataset-event-count')).toHaveText(
    `${count(broken.events)} events`,
  );

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(summary).toHaveCount(0);
});

test('a file without any time field asks where the time is, and cancelling stores nothing', async ({
  page,
}) => {
  await fileInput(page).setInputFiles(fixture(FACTS.noTime.file));
  const choice = page.getByTestId('time-choice');
  await expect(choice).toBeVisible();
  await expect(choice.getByTestId('time-choice-file')).toHaveAttribute(
    'data-file',
    FACTS.noTime.file,
  );
  await expect(choice).toContainText('No known time field (_time, @timestamp');
  await choice.getByRole('button', { name: 'Cancel' }).click();
  await expect(choice).toHaveCount(0);
  await expect(page.getByTestId('datasets-empty')).toBeVisible();
  await expect(datasetRows(page)).toHaveCount(0);
});

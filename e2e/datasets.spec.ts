import { expect, test } from './helpers/test';
import {
  count,
  datasetRow,
  datasetRows,
  fixture,
  importFiles,
  openDataManager,
} from './helpers/app';
import { FACTS } from './helpers/fixture-facts';

test.beforeEach(async ({ page }) => {
  await openDataManager(page);
});

test('the first start shows how to import, and the storage figure', async ({ page }) => {
  await expect(page.getByRole('banner')).toContainText('Hunting Workbook');
  await expect(page.getByTestId('datasets-empty')).toContainText('Exporting from Splunk');
  await expect(page.getByRole('button', { name: 'Choose files' })).toBeEnabled();
  await expect(page.getByTestId('storage-usage').locator('p').first()).toHaveText(
    /^Storage: [\d.,]+ (B|KB|MB|GB) used of [\d.,]+ (B|KB|MB|GB)\. [\d.,]+ (B|KB|MB|GB) left for more data\.$/,
  );
});

test('deleting a dataset asks first, then removes it for good', async ({ page }) => {
  const { csv, array } = FACTS;
  await importFiles(page, [fixture(csv.file)]);
  await importFiles(page, [fixture(array.file)]);
  await expect(datasetRows(page)).toHaveCount(2);

  const row = datasetRow(page, csv.name);
  await row.getByRole('button', { name: 'Delete' }).click();
  // Backing out keeps it.
  await row.getByRole('button', { name: 'Keep' }).click();
  await expect(datasetRows(page)).toHaveCount(2);

  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toContainText(`Delete “${csv.name}” and all its events?`);
  await row.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(row).toHaveCount(0);
  await expect(datasetRows(page)).toHaveCount(1);

  await page.reload();
  await expect(datasetRows(page)).toHaveCount(1);
  await expect(datasetRow(page, csv.name)).toHaveCount(0);
  await expect(datasetRow(page, array.name).getByTestId('dataset-event-count')).toHaveText(
    `${count(array.events)} events`,
  );
});

test('the display time zone changes every shown time and is remembered', async ({ page }) => {
  const csv = FACTS.csv;
  await importFiles(page, [fixture(csv.file)]);
  const range = datasetRow(page, csv.name).getByTestId('dataset-time-range');
  await expect(range).toHaveText(csv.rangeLosAngeles);

  await page.getByLabel('Time zone').selectOption('UTC');
  await expect(range).toHaveText(csv.rangeUtc);

  await page.reload();
  await expect(page.getByLabel('Time zone')).toHaveValue('UTC');
  await expect(datasetRow(page, csv.name).getByTestId('dataset-time-range')).toHaveText(
    csv.rangeUtc,
  );
});

test('a dataset imported in another tab appears without reloading', async ({ page, context }) => {
  const other = await context.newPage();
  await openDataManager(other);
  await importFiles(other, [fixture(FACTS.json.file)]);
  await expect(datasetRow(page, FACTS.json.name).getByTestId('dataset-event-count')).toHaveText(
    `${count(FACTS.json.events)} events`,
  );
  await other.close();
});

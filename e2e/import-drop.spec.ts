import { expect, test } from './helpers/test';
import { readFileSync } from 'node:fs';
import { count, datasetRow, datasetRows, fixture, openDataManager } from './helpers/app';
import { FACTS } from './helpers/fixture-facts';

test.beforeEach(async ({ page }) => {
  await openDataManager(page);
});

test('files dropped on the drop zone import as one dataset', async ({ page }) => {
  const { csv, json } = FACTS;
  const files = [csv.file, json.file].map((name) => ({
    name,
    text: readFileSync(fixture(name), 'utf8'),
  }));
  const zone = page.locator('.drop-zone');
  // A drag from the desktop carries its files in a DataTransfer; build one in the page.
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(zone).toHaveClass(/drop-zone--active/);
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(zone).not.toHaveClass(/drop-zone--active/);

  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(`${count(csv.events + json.events)} events imported`);
  await expect(datasetRows(page)).toHaveCount(1);
  const row = datasetRow(page, csv.name);
  await expect(row.getByTestId('dataset-event-count')).toHaveText(
    `${count(csv.events + json.events)} events`,
  );
  const rows = row.locator('tbody tr');
  await expect(rows.filter({ hasText: csv.file })).toContainText(count(csv.events));
  await expect(rows.filter({ hasText: json.file })).toContainText(count(json.events));
});

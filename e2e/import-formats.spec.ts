import { expect, test } from './helpers/test';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

test('a Splunk CSV export imports with its exact count and time range, and survives a reload', async ({
  page,
}) => {
  const csv = FACTS.csv;
  const summary = await importFiles(page, [fixture(csv.file)]);
  await expect(summary).toContainText(`${count(csv.events)} events imported`);

  const row = datasetRow(page, csv.name);
  await expect(row).toContainText(`${count(csv.events)} events`);
  await expect(row.getByTestId('dataset-time-range')).toHaveText(csv.rangeLosAngeles);
  await expect(row).toContainText(csv.file);
  await expect(row).toContainText(`${csv.hosts.length} hosts`);
  for (const [host, n] of csv.hosts) await expect(row).toContainText(`${host} (${n})`);

  // The three most frequent sourcetypes show; the rest appear on request.
  const [first, second, third, fourth, fifth] = csv.sourcetypes;
  for (const [st, n] of [first, second, third]) await expect(row).toContainText(`${st} (${n})`);
  await expect(row).not.toContainText(`${fifth[0]} (${fifth[1]})`);
  await row.getByRole('button', { name: `Show all ${csv.sourcetypes.length}` }).click();
  for (const [st, n] of [fourth, fifth]) await expect(row).toContainText(`${st} (${n})`);

  await page.reload();
  await expect(datasetRows(page)).toHaveCount(1);
  await expect(datasetRow(page, csv.name).getByTestId('dataset-event-count')).toHaveText(
    `${count(csv.events)} events`,
  );
  await expect(datasetRow(page, csv.name).getByTestId('dataset-time-range')).toHaveText(
    csv.rangeLosAngeles,
  );
});

test('a Splunk JSON export (rows) imports with its exact count and time range', async ({
  page,
}) => {
  const json = FACTS.json;
  await importFiles(page, [fixture(json.file)]);
  const row = datasetRow(page, json.name);
  await expect(row.getByTestId('dataset-event-count')).toHaveText(`${count(json.events)} events`);
  await expect(row.getByTestId('dataset-time-range')).toHaveText(json.rangeLosAngeles);

  await page.reload();
  await expect(datasetRow(page, json.name).getByTestId('dataset-event-count')).toHaveText(
    `${count(json.events)} events`,
  );
});

test('two files chosen together become one dataset holding the sum of their events', async ({
  page,
}) => {
  const { csv, json } = FACTS;
  const summary = await importFiles(page, [fixture(csv.file), fixture(json.file)]);
  await expect(summary).toContainText(`${count(csv.events + json.events)} events imported`);

  // One row, named after the first file, listing both files with their own counts.
  await expect(datasetRows(page)).toHaveCount(1);
  const row = datasetRow(page, csv.name);
  await expect(row.getByTestId('dataset-event-count')).toHaveText(
    `${count(csv.events + json.events)} events`,
  );
  const files = row.locator('tbody tr');
  await expect(files).toHaveCount(2);
  await expect(files.filter({ hasText: csv.file })).toContainText(count(csv.events));
  await expect(files.filter({ hasText: json.file })).toContainText(count(json.events));
});

test('a typed dataset name is used instead of the file name', async ({ page }) => {
  await importFiles(page, [fixture(FACTS.csv.file)], 'August proxy hunt');
  await expect(datasetRows(page)).toHaveCount(1);
  await expect(datasetRow(page, 'August proxy hunt')).toContainText(
    `${count(FACTS.csv.events)} events`,
  );
  // The field is emptied again, so the next import falls back to its own file name.
  await expect(page.getByLabel('Dataset name')).toHaveValue('');
});

test('a gzip-compressed export imports like the plain file', async ({ page }) => {
  const csv = FACTS.csv;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hunting-workbook-gz-'));
  const gz = path.join(dir, `${csv.file}.gz`);
  writeFileSync(gz, gzipSync(readFileSync(fixture(csv.file))));

  await importFiles(page, [gz]);
  // "botsv2-sample.csv.gz" is named like its uncompressed self.
  const row = datasetRow(page, csv.name);
  await expect(row.getByTestId('dataset-event-count')).toHaveText(`${count(csv.events)} events`);
  await expect(row.getByTestId('dataset-time-range')).toHaveText(csv.rangeLosAngeles);
  await expect(row).toContainText(`${csv.file}.gz`);
});

import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../../src/test/fixtures/formats');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/** Opens the app and waits until the stored datasets have been listed (or found absent). */
export async function openDataManager(page: Page): Promise<void> {
  await page.goto('/#/data');
  await expect(page.getByRole('heading', { name: 'Datasets', exact: true })).toBeVisible();
  await expect(page.getByText('Loading datasets…')).toHaveCount(0);
}

export function fileInput(page: Page): Locator {
  return page.getByTestId('import-files');
}

export function datasetRows(page: Page): Locator {
  return page.getByTestId('dataset-row');
}

export function datasetRow(page: Page, name: string): Locator {
  return page.locator(`[data-testid="dataset-row"][data-dataset-name="${name}"]`);
}

/**
 * The one stored dataset is `name` with all its `events`, and still is after a reload: what a
 * refused or cancelled import must leave as it was.
 */
export async function expectOnlyDatasetKept(page: Page, name: string, events: number) {
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await expect(datasetRows(page)).toHaveCount(1);
    await expect(datasetRow(page, name).getByTestId('dataset-event-count')).toHaveText(
      `${count(events)} events`,
    );
  }
}

/** Imports through the real file input and waits for the import's summary. */
export async function importFiles(page: Page, files: string[], name?: string): Promise<Locator> {
  if (name !== undefined) await page.getByLabel('Dataset name').fill(name);
  await fileInput(page).setInputFiles(files);
  const summary = page.getByTestId('import-summary');
  const error = page.getByTestId('import-error');
  await expect(summary.or(error)).toBeVisible({ timeout: 30_000 });
  // An unexpected failure is reported with its message rather than as a missing element.
  if (await error.isVisible()) throw new Error(`Import failed: ${await error.innerText()}`);
  return summary;
}

/** Formats a count the way the UI does (en-US thousands separators). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

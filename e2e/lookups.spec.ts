import { expect, type Page } from '@playwright/test';
import { test as sampleTest } from './helpers/origin-guard';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { count, datasetRow, openDataManager } from './helpers/app';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';
import { SAMPLE_LOOKUP_STORED_KEY } from '../src/data/lookups/sample-lookup';
import { test } from './helpers/test';

const SAMPLE_ASSETS = readFileSync(
  path.resolve(import.meta.dirname, '../public/sample/assets.csv'),
  'utf8',
);
// Data rows of the sample's table (header and trailing newline aside; no cell spans lines).
const SAMPLE_ASSET_ROWS = SAMPLE_ASSETS.trim().split('\n').length - 1;

function lookupRow(page: Page, name: string) {
  return page.locator(`[data-testid="lookup-row"][data-lookup-name="${name}"]`);
}

async function pickLookup(page: Page, name: string, text: string) {
  await page
    .getByLabel('Import a lookup table (CSV)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('a lookup CSV imports through the file input, replaces its namesake, refuses a bad file and deletes', async ({
  page,
}) => {
  await openDataManager(page);
  const section = page.getByRole('region', { name: 'Lookup tables' });
  await expect(section.getByText('No lookup tables yet.')).toBeVisible();

  await pickLookup(page, 'badips.csv', 'ip,threat\n203.0.113.7,botnet\n198.51.100.2,scanner\n');
  await expect(page.getByTestId('lookup-import-done')).toHaveText('Imported badips.csv: 2 rows.');
  const row = lookupRow(page, 'badips.csv');
  await expect(row.getByTestId('lookup-rows')).toHaveText('2');
  await expect(row).toContainText('ip, threat');
  await expect(row.getByTestId('lookup-origin')).toHaveText('badips.csv');

  // A broken file says where and why, and the stored table keeps its rows.
  await pickLookup(page, 'badips.csv', 'ip,threat\n203.0.113.9,x\n"198.51.100.3,unclosed\n');
  await expect(page.getByTestId('lookup-import-error')).toContainText('badips.csv, line 3:');
  await expect(row.getByTestId('lookup-rows')).toHaveText('2');

  await pickLookup(page, 'badips.csv', 'ip,threat\n203.0.113.9,x\n');
  await expect(page.getByTestId('lookup-import-done')).toHaveText(
    'Replaced badips.csv with the new file: 1 row.',
  );
  await expect(row.getByTestId('lookup-rows')).toHaveText('1');

  // Stored: still there after a reload.
  await page.reload();
  await expect(lookupRow(page, 'badips.csv').getByTestId('lookup-rows')).toHaveText('1');

  await lookupRow(page, 'badips.csv').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(lookupRow(page, 'badips.csv')).toHaveCount(1);
  await lookupRow(page, 'badips.csv').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete table' }).click();
  await expect(lookupRow(page, 'badips.csv')).toHaveCount(0);
  await expect(section.getByText('No lookup tables yet.')).toBeVisible();
});

sampleTest(
  'the sample brings assets.csv: listed, searchable with inputlookup, and known IPs show their owner',
  async ({ page }) => {
    await page.goto('/#/data');
    await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
      `${count(sampleFacts().events)} events`,
      { timeout: 60_000 },
    );
    const row = lookupRow(page, 'assets.csv');
    await expect(row.getByTestId('lookup-rows')).toHaveText(String(SAMPLE_ASSET_ROWS));
    await expect(row.getByTestId('lookup-origin')).toHaveText('workshop sample');

    const q = encodeURIComponent('| inputlookup assets.csv | table ip nt_host priority');
    await page.goto(`/#/search?s=free&q=${q}&view=table`);
    const panel = page.locator('[data-search-id="free"]');
    await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(panel.getByRole('cell', { name: 'jupiter', exact: true })).toBeVisible();

    const ip = panel.getByTestId('enriched-value').filter({ hasText: /^10\.0\.1\.10/ });
    await ip.first().hover();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('Kevin Lagerfield');
    await expect(card).toContainText('domain controller and DNS server');
    await expect(card).toContainText('critical');
    await expect(card).toContainText('mars');

    // Keyboard: the value takes focus, shows the same card, and Escape closes it. The value's
    // name stays the value, with the asset's facts as its description.
    await page.mouse.move(0, 0);
    await expect(card).toHaveCount(0);
    await expect(panel.getByRole('cell', { name: '10.0.1.10', exact: true })).toBeVisible();
    await ip.first().focus();
    await expect(ip.first()).toHaveAccessibleDescription(
      'Known asset: host mars; owner Kevin Lagerfield; role domain controller and DNS server; priority critical',
    );
    await expect(page.getByRole('tooltip')).toContainText('Kevin Lagerfield');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);

    // In an event's fields the value is a button that adds it to the search: focusing that
    // button shows the asset's card, and the button still reads as the value.
    const q2 = encodeURIComponent('index=* src="10.0.2.107"');
    await page.goto(`/#/search?s=free&q=${q2}&view=events`);
    await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    const event = page.getByTestId('event').first();
    await event.getByRole('button', { name: /^Show the fields/ }).click();
    const filter = event.getByRole('button', { name: '10.0.2.107', exact: true }).first();
    await filter.focus();
    await expect(page.getByRole('tooltip')).toContainText('Billy Tun');
    await expect(filter).toHaveAccessibleDescription(
      /^Known asset: host wrk-btun; owner Billy Tun/,
    );
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);

    // Deleted by the user, it stays deleted across a reload.
    await page.goto('/#/data');
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete table' }).click();
    await expect(row).toHaveCount(0);
    await page.reload();
    await expect(datasetRow(page, SAMPLE_NAME)).toBeVisible();
    await expect(page.getByText('No lookup tables yet.')).toBeVisible();

    // A profile that got the sample before lookups were stored has no record of the table:
    // on start it gets it.
    await page.evaluate((key) => localStorage.removeItem(key), SAMPLE_LOOKUP_STORED_KEY);
    await page.reload();
    await expect(row.getByTestId('lookup-origin')).toHaveText('workshop sample');
  },
);

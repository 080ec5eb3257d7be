import { writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers/test';
import { importFiles, openDataManager } from './helpers/app';

// The search's inspector over a file imported through the real file input: every command as
// written with its rows in and out, and the chunks read, counted from summaries or skipped by
// time. SCREENSHOT_DIR, when set, is where the open inspector is photographed at 1280x720.

const EVENTS = 20_000;
const START = Date.UTC(2017, 7, 1);
// Uneven, so `sort - count` has one order: alpha 40 %, bravo 30 %, charlie 20 %, delta 10 %.
const HOSTS = ['alpha', 'alpha', 'alpha', 'alpha', 'bravo', 'bravo', 'bravo', 'charlie', 'charlie'];
const hostOf = (i: number) => HOSTS[i % 10] ?? 'delta';
// One event a minute, in time order, so chunks follow one another in time. From minute 10,000
// on: 10,000 events, in the second chunk's middle (chunks hold 8,192 events).
const FROM = 10_000;
const QUERY = `index=* earliest=${(START + FROM * 60_000) / 1000} | stats count by host | sort - count | head 3`;

function writeCsv(file: string): void {
  const lines = ['"_time","host","source","sourcetype","index","_raw"'];
  for (let i = 0; i < EVENTS; i++) {
    const time = new Date(START + i * 60_000).toISOString();
    lines.push(`"${time}","${hostOf(i)}","inspector.log","app:log","main","${time} request ${i}"`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** The table's rows as text, the component's name first. */
function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr, tfoot tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );
}

async function runQuery(page: Page, query: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Search', exact: true });
  await box.fill(query);
  await box.press('Control+Enter');
  const panel = page.locator('.search-panel').first();
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
}

test('the inspector lists each command with its rows, and the chunks read and skipped', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('inspector-events.csv');
  writeCsv(file);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDataManager(page);
  await importFiles(page, [file], 'Inspector data');
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await runQuery(page, QUERY);

  await page.getByRole('button', { name: 'Inspect' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search inspector' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('inspector-fast')).toBeVisible();
  // The query's first run: its times include cold storage and code, and it says so.
  await expect(dialog.getByTestId('inspector-first')).toBeVisible();

  const costs = (await rowsOf(dialog.getByTestId('inspector-costs'))).map(
    ([name, , rowsIn, out]) => [name, rowsIn, out],
  );
  const commands = costs.filter(([, rowsIn]) => rowsIn !== '');
  // The base search scans the events of the two chunks it reads or counts (8,192 + 3,616).
  expect(commands).toEqual([
    [`index=* earliest=${(START + FROM * 60_000) / 1000}`, '11,808', '10,000'],
    ['stats count by host (counted by the fast path)', '10,000', '4'],
    ['sort - count', '4', '4'],
    ['head 3', '4', '3'],
  ]);
  expect(costs.map(([name]) => name)).toEqual([
    'Parse (macros expanded)',
    'Read the datasets’ chunk lists',
    commands[0][0],
    'Waiting for chunks (storage or cache)',
    'Counting matching events',
    commands[1][0],
    'sort - count',
    'head 3',
    'Total',
  ]);

  // Three chunks: the first ends before the range, the second is read (the range starts inside
  // it), the third lies wholly inside and is counted from its summary.
  expect(await rowsOf(dialog.getByTestId('inspector-chunks'))).toEqual([
    ['Inspector data', '3', '1', '0', '1', '1', '0'],
  ]);
  await expect(dialog.getByTestId('inspector-storage')).toContainText('raw texts read');
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/search-inspector.png` });
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The results themselves agree with the inspector's last row out.
  await page.getByRole('button', { name: 'Statistics' }).click();
  const cells = page
    .getByRole('table', { name: 'Results table' })
    .locator('tbody tr td:last-child');
  await expect(cells).toHaveText(['4000', '3000', '2000']);

  // A second run of the same query gives steady figures: no word on a first run.
  await page.getByRole('textbox', { name: 'Search', exact: true }).press('Control+Enter');
  await page.getByRole('button', { name: 'Inspect' }).click();
  await expect(dialog.getByTestId('inspector-costs')).toContainText('head 3');
  await expect(dialog.getByTestId('inspector-first')).toHaveCount(0);
});

import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { SAMPLE_DIR, SAMPLE_EXPORT_FILE } from '../src/data/sample/sample-files';
import { count, datasetRow } from './helpers/app';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';
import { expectSearchText } from './helpers/editor';

// Plain Playwright `test`: a fresh profile, where the workshop sample loads by itself.

const FTP_BY_SRC = 'sourcetype="stream:ftp" | stats count by src';

/** FTP events per src, read from the shipped sample file itself (outside the app). */
function ftpCountsBySrc(): Map<string, number> {
  const file = path.resolve(import.meta.dirname, '../public', SAMPLE_DIR, SAMPLE_EXPORT_FILE);
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (r.sourcetype !== 'stream:ftp' || !r.src) continue;
    counts.set(r.src, (counts.get(r.src) ?? 0) + 1);
  }
  return counts;
}

async function openSearchWithSample(page: Page): Promise<void> {
  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 60_000 },
  );
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/#\/search/);
}

function panel(page: Page) {
  return page.locator('.search-panel').first();
}

async function runQuery(page: Page, query: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Search', exact: true });
  await box.fill(query);
  await box.press('Control+Enter');
  await expect(panel(page)).not.toHaveAttribute('data-status', 'running', { timeout: 30_000 });
}

async function tableBody(page: Page): Promise<string[][]> {
  const rows = page.getByRole('table', { name: 'Results table' }).locator('tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => {
        // The cell's own text: asset markers and their hidden details are decoration.
        const copy = td.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"], [hidden]').forEach((el) => el.remove());
        return (copy.textContent ?? '').trim();
      }),
    ),
  );
}

test('free search: stats table with the data’s counts, sorting, errors, history, links, export', async ({
  page,
  context,
}) => {
  // The sample's first load shares the machine with the search; allow for a slow start.
  test.setTimeout(150_000);
  const expected = ftpCountsBySrc();
  expect(expected.size).toBeGreaterThan(1);
  await openSearchWithSample(page);

  await runQuery(page, FTP_BY_SRC);
  await expect(panel(page)).toHaveAttribute('data-status', 'done');
  await page.getByRole('button', { name: 'Statistics' }).click();
  const table = page.getByRole('table', { name: 'Results table' });
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveText(['src', 'count']);
  const got = new Map((await tableBody(page)).map(([src, n]) => [src, Number(n)]));
  expect(got).toEqual(expected);
  await expect(page.getByTestId('search-result-count')).toHaveText(`${expected.size} results`);

  // Sorting: numbers numerically, largest first on the first click of a numeric column.
  const countHeader = table.locator('thead th').nth(1);
  await countHeader.getByRole('button').click();
  await expect(countHeader).toHaveAttribute('aria-sort', 'descending');
  const desc = (await tableBody(page)).map((r) => Number(r[1]));
  expect(desc).toEqual([...expected.values()].sort((a, b) => b - a));
  await countHeader.getByRole('button').click();
  await expect(countHeader).toHaveAttribute('aria-sort', 'ascending');
  expect((await tableBody(page)).map((r) => Number(r[1]))).toEqual(
    [...expected.values()].sort((a, b) => a - b),
  );
  await expect(table.locator('tbody td.num').first()).toHaveCSS('text-align', 'right');

  // A copied link reopens the same query, range and view, with the same results. The view
  // follows the search (a stats search opens in Statistics), so the link need not name it.
  const link = page.url();
  expect(link).not.toContain('view=');
  const other = await context.newPage();
  await other.goto(link);
  await expectSearchText(other.getByRole('textbox', { name: 'Search', exact: true }), FTP_BY_SRC);
  await expect(other.getByRole('button', { name: 'Statistics' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(other.getByRole('table', { name: 'Results table' }).locator('tbody tr')).toHaveCount(
    expected.size,
    { timeout: 30_000 },
  );
  await other.close();

  // A parse error: a caret under the bad spot, and the parser's message.
  const bad = 'sourcetype="stream:ftp" | frobnicate src';
  await runQuery(page, bad);
  const error = page.getByTestId('spl-error');
  await expect(error).toBeVisible();
  await expect(page.getByTestId('spl-error-message')).toContainText(/frobnicate/i);
  const caret = await page.getByTestId('spl-error-caret').innerText();
  expect(caret.indexOf('^')).toBe(bad.indexOf('frobnicate'));

  // Back restores the earlier query and its results; Forward the error again.
  await page.goBack();
  await expectSearchText(page.getByRole('textbox', { name: 'Search', exact: true }), FTP_BY_SRC);
  await expect(table.locator('tbody tr')).toHaveCount(expected.size, { timeout: 30_000 });
  await expect(error).toHaveCount(0);
  await page.goForward();
  await expectSearchText(page.getByRole('textbox', { name: 'Search', exact: true }), bad);
  await expect(error).toBeVisible({ timeout: 30_000 });

  // Export: a download whose cells cannot run as spreadsheet formulas.
  await runQuery(page, `${FTP_BY_SRC} | eval note="=HYPERLINK(\\"http://x\\")", neg=-count`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await downloading).path();
  const csv = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
  expect(csv[0]).toEqual(['src', 'count', 'note', 'neg']);
  expect(csv).toHaveLength(expected.size + 1);
  for (const [src, n, note, neg] of csv.slice(1)) {
    expect(Number(n)).toBe(expected.get(src));
    expect(note).toBe(`'=HYPERLINK("http://x")`);
    expect(neg).toBe(`'-${n}`);
  }

  // Time range: an absolute range typed in the user's zone reads back with its offset, and
  // narrowing to the data's last day is a step Back undoes.
  await runQuery(page, 'sourcetype="stream:ftp" | stats count');
  const total = Number((await tableBody(page))[0][0]);
  const label = page.getByTestId('time-range-label');
  await expect(label).toHaveText('All time');
  const [, first, last] = /^(\S+ \S+) – (\S+ \S+) \(UTC-07:00\)$/.exec(
    sampleFacts().rangeLosAngeles,
  )!;
  const from = first.slice(0, 16);
  const to = last.slice(0, 16);
  await label.click();
  await page.getByLabel('From (UTC-07:00)').fill(from.replace(' ', 'T'));
  await page.getByLabel('To (UTC-07:00)').fill(to.replace(' ', 'T'));
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(label).toHaveText(`${from}:00 – ${to}:00 (UTC-07:00)`);
  expect(new URL(page.url()).hash).toMatch(/from=.*&to=/);
  await expect(panel(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  // A click elsewhere closes the picker without changing the range.
  await label.click();
  await expect(page.getByLabel('From (UTC-07:00)')).toBeVisible();
  await page.mouse.click(5, 400);
  await expect(page.getByLabel('From (UTC-07:00)')).toBeHidden();
  await expect(label).toHaveText(`${from}:00 – ${to}:00 (UTC-07:00)`);

  await label.click();
  await page.getByRole('button', { name: 'The data’s last 24 hours' }).click();
  await expect(label).toHaveText(/ \(UTC-07:00\)$/);
  await expect(panel(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const lastDay = Number((await tableBody(page))[0]?.[0] ?? 0);
  expect(lastDay).toBeLessThan(total);
  await page.goBack();
  await page.goBack();
  await expect(label).toHaveText('All time');
  await expect(panel(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  expect(Number((await tableBody(page))[0][0])).toBe(total);
});

test('keyboard: / focuses the search box, ? lists the keys, Esc closes the list', async ({
  page,
}) => {
  await page.goto('/#/search');
  const box = page.getByRole('textbox', { name: 'Search', exact: true });
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  // Typing `?` in the box is text, not a shortcut.
  await page.keyboard.type('?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await box.blur();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Focus the search box');
  await expect(dialog).toContainText('Next event');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

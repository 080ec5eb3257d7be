import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { SAMPLE_DIR, SAMPLE_EXPORT_FILE } from '../src/data/sample/sample-files';
import { count, datasetRow } from './helpers/app';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';

// Plain Playwright `test`: a fresh profile, where the workshop sample loads by itself.

type SampleRow = Record<string, string>;
let sampleRows: SampleRow[] | undefined;

/** The sample's rows as read outside the app, so every expectation is computed, not typed in. */
function rows(): SampleRow[] {
  if (sampleRows) return sampleRows;
  const file = path.resolve(import.meta.dirname, '../public', SAMPLE_DIR, SAMPLE_EXPORT_FILE);
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  sampleRows = Papa.parse<SampleRow>(text, { header: true, skipEmptyLines: true }).data;
  return sampleRows;
}

function tally(items: SampleRow[], field: string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const r of items) if (r[field]) counts.set(r[field], (counts.get(r[field]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

async function waitForSample(page: Page): Promise<void> {
  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 180_000 },
  );
}

async function openEvents(page: Page, query: string): Promise<void> {
  const params = new URLSearchParams({ s: 'free', q: query, view: 'events' });
  await page.goto(`/#/search?${params.toString()}`);
}

// Generous: the machine running the suite may be busy; a pass takes far less.
const SEARCH_WAIT = { timeout: 60_000 };
const eventsCount = (page: Page) => page.getByTestId('events-count');
const events = (page: Page) => page.getByTestId('event');

test('events view: exact counts, field values, filters, expand, paging, keys and exclude on the sample', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const ftp = rows().filter((r) => r.sourcetype === 'stream:ftp');
  expect(ftp.length).toBeGreaterThan(100);
  await waitForSample(page);

  await openEvents(page, 'sourcetype=stream:ftp');
  await expect(eventsCount(page)).toHaveText(`${count(ftp.length)} events`, SEARCH_WAIT);
  await expect(events(page)).toHaveCount(20);

  // A field's values with exact counts over every matching event.
  const methods = tally(ftp, 'method');
  const sidebar = page.getByRole('complementary', { name: 'Fields' });
  await sidebar.getByRole('button', { name: /^method:/ }).click();
  const values = sidebar.getByRole('region', { name: 'Top values of method' });
  const table = values.getByRole('row');
  await expect(table).toHaveCount(1 + Math.min(10, methods.length));
  for (const [i, [value, n]] of methods.slice(0, 3).entries()) {
    await expect(table.nth(i + 1)).toContainText(value);
    // Count and share, as Splunk's field summary gives them.
    const cells = table.nth(i + 1).getByRole('cell');
    await expect(cells.nth(1)).toHaveText(count(n));
    const share = (100 * n) / ftp.length;
    const shown = share < 10 && share !== Math.round(share) ? share.toFixed(1) : share.toFixed(0);
    await expect(cells.nth(2)).toHaveText(`${shown}%`);
  }

  // Clicking a value adds it to the search, which runs again.
  const [topMethod, topCount] = methods[0];
  await values.getByRole('button', { name: topMethod, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`method%3D%22${topMethod}%22|method%3D${topMethod}`));
  await expect(eventsCount(page)).toHaveText(`${count(topCount)} events`, SEARCH_WAIT);

  // Newest first: the first event is the latest of the matching ones.
  const matching = ftp.filter((r) => r.method === topMethod);
  const newest =
    matching
      .map((r) => r._time)
      .sort()
      .at(-1) ?? '';
  await expect(events(page).first()).toContainText(newest.slice(0, 19).replace('T', ' '));

  // The value searched for is highlighted in the raw text; the time shows its offset.
  const first = events(page).first();
  const marks = first.locator('.event__raw mark');
  await expect(marks.filter({ hasText: new RegExp(`^${topMethod}$`) }).first()).toBeVisible();
  for (const text of await marks.allInnerTexts())
    expect(text.toLowerCase()).toBe(topMethod.toLowerCase());
  await expect(first).toContainText('UTC-07:00');
  // The timeline counts every matching event.
  await expect(page.getByText(/^Events over time \(\d+\w+ per bar\)$/)).toBeVisible();

  // Expanding a stream:ftp event shows its JSON indented.
  await first.getByRole('button', { name: /^Show the fields/ }).click();
  const pretty = first.locator('pre[data-format="json"]');
  await expect(pretty).toBeVisible();
  expect(await pretty.innerText()).toMatch(new RegExp(`\\n  "method": "${topMethod}",?\\n`));
  await expect(first.getByRole('rowheader', { name: 'dest', exact: true })).toBeVisible();

  // Paging.
  await expect(page.getByTestId('events-range')).toHaveText(`Events 1–20 of ${count(topCount)}`);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByTestId('events-range')).toHaveText(`Events 21–40 of ${count(topCount)}`);
  await expect(events(page)).toHaveCount(20);
  const times = matching
    .map((r) => r._time)
    .sort()
    .reverse();
  await expect(events(page).first()).toContainText(times[20].slice(0, 19).replace('T', ' '));
  await page.getByLabel('Events per page').selectOption('100');
  await expect(events(page)).toHaveCount(Math.min(100, topCount));
  await expect(page.getByTestId('events-range')).toHaveText(
    `Events 1–${Math.min(100, topCount)} of ${count(topCount)}`,
  );
  // Beyond the first page sent with the result: fetched from the worker.
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(events(page).first()).toContainText(times[100].slice(0, 19).replace('T', ' '));

  // Keys: j / k move the selection, Enter opens, Esc closes.
  await events(page)
    .first()
    .getByRole('button', { name: /^Show the fields/ })
    .focus();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const second = events(page).nth(1);
  await expect(second).toHaveClass(/event--selected/);
  await page.keyboard.press('Enter');
  await expect(second.locator('.event__details')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(second.locator('.event__details')).toHaveCount(0);

  // Excluding a value from the sidebar's per-value button.
  const [host, hostCount] = tally(ftp, 'host')[0];
  await openEvents(page, 'sourcetype=stream:ftp');
  await expect(eventsCount(page)).toHaveText(`${count(ftp.length)} events`, SEARCH_WAIT);
  await sidebar.getByRole('button', { name: /^host:/ }).click();
  await sidebar.getByRole('button', { name: `Add host!="${host}" to the search` }).click();
  await expect(eventsCount(page)).toHaveText(
    `${count(ftp.length - hostCount)} events`,
    SEARCH_WAIT,
  );
});

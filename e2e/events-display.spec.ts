import { expect } from '@playwright/test';
import { fixture, importFiles, openDataManager } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { expectSearchText } from './helpers/editor';
import { test } from './helpers/test';

const FTP = 'index=botsv2 sourcetype=stream:ftp';

test('the user picks selected fields and the event layout (list, raw, table); both are kept; a field opens its top values as a search', async ({
  page,
}) => {
  await openDataManager(page);
  await importFiles(page, [fixture('botsv2-sample.csv')], 'sample');
  await page.goto(`/#/search?s=free&q=${encodeURIComponent(FTP)}`);
  const panel = page.locator('[data-search-id="free"]');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const sidebar = panel.getByRole('complementary', { name: 'Fields' });

  // Selecting src_ip shows it with every event.
  await sidebar.getByRole('button', { name: 'Selected field: src_ip' }).click();
  await expect(sidebar.getByRole('button', { name: 'Selected field: src_ip' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const shown = panel.locator('.event__selected[data-field="src_ip"]');
  await expect(shown).toHaveCount(6);
  await expect(shown.first()).toHaveText(/^src_ip=10\.0\.2\.10[79]$/);

  // Table: the time and the selected fields as columns; Raw: the raw texts alone.
  const layout = panel.getByRole('group', { name: 'Event layout' });
  await layout.getByRole('button', { name: 'Table' }).click();
  const table = panel.getByTestId('events-table');
  await expect(table.locator('th')).toHaveText(['Time', 'host', 'source', 'sourcetype', 'src_ip']);
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({
    path: test.info().outputPath('events-table-1280x720.png'),
    fullPage: true,
  });
  await layout.getByRole('button', { name: 'Raw' }).click();
  await expect(panel.getByTestId('events-raw').locator('li')).toHaveCount(6);

  // Both choices survive a reload.
  await page.reload();
  await expect(panel.getByTestId('events-raw').locator('li')).toHaveCount(6, { timeout: 30_000 });
  await layout.getByRole('button', { name: 'List' }).click();
  await expect(shown).toHaveCount(6);

  // Deselecting removes it; a field's "Top values" runs `top` on the search shown.
  await sidebar.getByRole('button', { name: 'Selected field: src_ip' }).click();
  await expect(shown).toHaveCount(0);
  await sidebar.locator('.field-list__field', { hasText: 'src_ip' }).click();
  await sidebar.getByRole('button', { name: 'Top values', exact: true }).click();
  await expectSearchText(
    panel.getByRole('textbox', { name: 'Search', exact: true }),
    `${FTP} | top limit=20 src_ip`,
  );
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(panel.locator('tbody tr')).toHaveCount(2);
});

test('a numeric field shows min, max, average, stdev and its distribution over every matching event', async ({
  page,
}) => {
  await openDataManager(page);
  await importFiles(page, [fixture('botsv2-sample.csv')], 'sample');
  await page.goto(`/#/search?s=free&q=${encodeURIComponent('index=botsv2')}`);
  const panel = page.locator('[data-search-id="free"]');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const sidebar = panel.getByRole('complementary', { name: 'Fields' });

  // dest_port in the fixture (checked with Python outside the app): 14 × 21, 2 × 80, 3 × 443,
  // 2 × 4444 over 21 of the 30 events, more than the first page of 20 shows.
  await sidebar.locator('.field-list__field', { hasText: 'dest_port' }).click();
  const stats = sidebar.getByTestId('field-numeric');
  await expect(stats.getByTestId('field-stat-min')).toHaveText('21');
  await expect(stats.getByTestId('field-stat-max')).toHaveText('4,444');
  await expect(stats.getByTestId('field-stat-avg')).toHaveText('508.14');
  await expect(stats.getByTestId('field-stat-stdev')).toHaveText('1,316.88');
  const bars = stats.getByRole('table', { name: 'Distribution of dest_port (21 numeric values)' });
  const rows = bars.locator('tbody tr');
  await expect(rows).toHaveCount(9);
  await expect(rows.first().getByRole('rowheader')).toHaveText('0 – 499');
  await expect(rows.first().getByRole('cell')).toHaveText('19');
  await expect(rows.last().getByRole('rowheader')).toHaveText('4,000 – 4,499');
  await expect(rows.last().getByRole('cell')).toHaveText('2');
  // The bars read as a table of ranges and counts; the sidebar stays WCAG A/AA clean.
  expect(await axeViolations(page, '.field-sidebar')).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await stats.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('numeric-field-1280x720.png') });

  // A field of words has none of it.
  await sidebar.locator('.field-list__field', { hasText: 'sourcetype' }).click();
  await expect(sidebar.getByRole('region', { name: 'Top values of sourcetype' })).toBeVisible();
  await expect(sidebar.getByTestId('field-numeric')).toHaveCount(0);
});

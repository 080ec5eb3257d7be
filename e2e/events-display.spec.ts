import { expect } from '@playwright/test';
import { fixture, importFiles, openDataManager } from './helpers/app';
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

import { expect } from '@playwright/test';
import { fixture, importFiles, openDataManager } from './helpers/app';
import { test } from './helpers/test';

const CONF = [
  '[ftp]',
  'definition = sourcetype="stream:ftp"',
  '[count_by(1)]',
  'args = field',
  'definition = stats count \\',
  '  by $field$',
].join('\n');

test('macros import from a macros.conf, run in searches, show what they expand to, and an undefined one is named', async ({
  page,
}) => {
  await openDataManager(page);
  await importFiles(page, [fixture('botsv2-sample.csv')], 'sample');
  const section = page.getByRole('region', { name: 'Search macros' });
  await expect(section.getByText('No macros yet.')).toBeVisible();

  const pick = (text: string) =>
    page.getByLabel('Import a macros.conf').setInputFiles({
      name: 'macros.conf',
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
  await pick(CONF);
  await expect(page.getByTestId('macros-import-done')).toHaveText(
    'Imported macros.conf: 2 new, 0 replaced.',
  );
  const row = page.locator('[data-testid="macro-row"][data-macro-key="count_by(1)"]');
  await expect(row).toContainText('stats count \nby $field$');
  await expect(row).toContainText('macros.conf, line 3');

  // A bad file names its line and changes nothing.
  await pick('[ftp]\ndefinition = x\n[broken(2)]\nargs = a\ndefinition = y\n');
  await expect(page.getByTestId('macros-import-error')).toContainText(
    'macros.conf, line 3: macro [broken(2)] takes 2 argument(s)',
  );
  await expect(page.getByTestId('macro-row')).toHaveCount(2);

  const q = encodeURIComponent('`ftp` | `count_by(sourcetype)`');
  await page.goto(`/#/search?s=free&q=${q}&view=table`);
  const panel = page.locator('[data-search-id="free"]');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(panel.locator('tbody tr')).toHaveCount(1);
  await expect(panel.locator('tbody tr')).toContainText('stream:ftp');
  await expect(panel.getByTestId('macro-used')).toHaveText(['`ftp`', '`count_by(1)`']);

  const box = panel.locator('[data-search-input]');
  await box.focus();
  await page.keyboard.press('Control+Shift+E');
  await expect(panel.getByTestId('expanded-search').locator('pre')).toHaveText(
    'sourcetype="stream:ftp" | stats count \nby sourcetype',
  );
  await page.keyboard.press('Control+Shift+E');
  await expect(panel.getByTestId('expanded-search')).toHaveCount(0);

  await box.fill('index=* `sysmon` | stats count');
  await page.keyboard.press('Control+Enter');
  await expect(panel.getByTestId('spl-error-message')).toHaveText('Macro `sysmon` is not defined');
  await expect(panel.getByTestId('spl-error-caret')).toHaveText('        ^~~~~~~~');

  // A sparkline cell is drawn as a small line, not shown as its values.
  await box.fill('* | stats sparkline(count, 1h) as trend count by sourcetype');
  await page.keyboard.press('Control+Enter');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const line = panel.getByTestId('sparkline').first();
  await expect(line).toBeVisible();
  await expect(line).toHaveAttribute('aria-label', /^Sparkline of \d+ points?, from \d+ to \d+$/);
  await expect(panel.locator('tbody')).not.toContainText('##__SPARKLINE__##');
});

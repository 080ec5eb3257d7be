import { expect } from '@playwright/test';
import { fixture, importFiles, openDataManager } from './helpers/app';
import { expectSearchText } from './helpers/editor';
import { test } from './helpers/test';

test('the SPL editor completes commands, functions, fields and values from the data, helps, formats, runs and underlines errors', async ({
  page,
}) => {
  await openDataManager(page);
  await importFiles(page, [fixture('botsv2-sample.csv')], 'sample');
  await page.goto('/#/search?s=free&q=');
  const panel = page.locator('[data-search-id="free"]');
  const box = panel.getByRole('textbox', { name: 'Search', exact: true });
  const list = page.locator('.cm-tooltip-autocomplete');
  const option = (label: string) => list.locator('li', { hasText: label }).first();
  // CodeMirror ignores Enter for 75 ms after a list opens (a fast typist's Enter is a newline).
  const accept = async () => {
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
  };

  await box.click();
  // A value after field=, with its count in the data (stream:ftp: 6 of 30 events).
  await page.keyboard.type('index=botsv2 sourcetype=stream');
  await expect(option('stream:ftp')).toContainText('6');
  // Counted exactly from the chunks' value counts: no lower bound (≥) on a small field.
  await expect(option('stream:ftp')).not.toContainText('≥');
  await accept();
  await expectSearchText(box, 'index=botsv2 sourcetype=stream:ftp');

  // A command after a pipe, with its syntax; the help follows the command under the cursor.
  await page.keyboard.type(' | sta');
  await expect(option('stats')).toContainText('stats <stats-func>');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: test.info().outputPath('editor-1280x720.png') });
  await accept();
  await expect(panel.getByTestId('command-help')).toContainText('Computes statistics');
  // A stats function, then a field with how often it is present.
  await page.keyboard.type(' dc');
  await expect(option('dc')).toBeVisible();
  await accept();
  await page.keyboard.type('src_i');
  await expect(option('src_ip')).toContainText('%');
  await accept();
  await page.keyboard.type(') as n');
  await page.keyboard.press('Escape');
  await expectSearchText(box, 'index=botsv2 sourcetype=stream:ftp | stats dc(src_ip) as n');

  // Ctrl+\ puts one command per line; Ctrl+Enter runs.
  await page.keyboard.press('Control+\\');
  await expectSearchText(box, 'index=botsv2 sourcetype=stream:ftp\n| stats dc(src_ip) as n');
  await page.keyboard.press('Control+Enter');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(panel.locator('tbody tr')).toHaveCount(1);

  // An eval function with its arguments.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('| makeresults | eval x=rou');
  await expect(option('round')).toContainText('round(<number>[, <digits>])');
  await page.keyboard.press('Escape');

  // A parse error is underlined where it is, its message on hover.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('index=botsv2 | frobnicate');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Enter');
  const bad = panel.locator('.cm-lintRange-error');
  await expect(bad).toHaveText('frobnicate');
  await bad.hover();
  await expect(page.locator('.cm-tooltip-lint')).toContainText(/frobnicate/i);
  await expect(panel.getByTestId('command-help')).toContainText(
    'frobnicate is not a command this workbook runs.',
  );
});

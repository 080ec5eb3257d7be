import type { Page } from '@playwright/test';
import { fixture, importFiles, openDataManager } from './helpers/app';
import { expect, test } from './helpers/test';

// An empty app with one small file imported (quicker than the sample).

const LIGHT_PAGE = 'rgb(244, 246, 249)';
const DARK_PAGE = 'rgb(15, 20, 27)';

/** The colour of the time chart's canvas near its top-left corner, outside the plot. */
function chartCorner(page: Page): Promise<string> {
  return page
    .locator('.chart-plot canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const [r, g, b] = canvas.getContext('2d')!.getImageData(2, 2, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    });
}

const body = (page: Page) => page.locator('body');

test('theme: the settings switch makes the page and its charts dark, kept on reload; System follows the system; the projector colours stay light', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'light' });
  // What <html> says when the page's own modules have not run yet: the theme must be set by then.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as { themeBeforeApp?: string }).themeBeforeApp =
          document.documentElement.dataset.theme ?? 'none';
      }
    });
  });
  await openDataManager(page);
  await importFiles(page, [fixture('botsv2-sample.csv')]);
  const params = new URLSearchParams({
    s: 'free',
    q: '* | timechart count by sourcetype',
    view: 'timechart',
  });
  await page.goto(`/#/search?${params.toString()}`);
  await expect(page.locator('.chart-data summary')).toBeVisible({ timeout: 60_000 });
  await expect(body(page)).toHaveCSS('background-color', LIGHT_PAGE);
  await expect.poll(() => chartCorner(page)).toBe('rgb(255, 255, 255)');

  await page.getByTestId('header-settings').click();
  const select = page.getByTestId('theme-select');
  await expect(select).toHaveValue('system');
  await select.selectOption({ label: 'Dark' });
  await expect(body(page)).toHaveCSS('background-color', DARK_PAGE);
  await expect.poll(() => chartCorner(page)).toBe('rgb(24, 32, 42)');

  // Kept, and in place before the app's scripts run (no flash of the light theme).
  await page.reload();
  expect(await page.evaluate(() => (window as { themeBeforeApp?: string }).themeBeforeApp)).toBe(
    'dark',
  );
  await expect(body(page)).toHaveCSS('background-color', DARK_PAGE);
  await expect(page.locator('.chart-data summary')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => chartCorner(page)).toBe('rgb(24, 32, 42)');

  // System follows the system's preference, as it changes.
  await page.getByTestId('header-settings').click();
  await page.getByTestId('theme-select').selectOption('system');
  await expect(body(page)).toHaveCSS('background-color', LIGHT_PAGE);
  await expect.poll(() => chartCorner(page)).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(body(page)).toHaveCSS('background-color', DARK_PAGE);
  await expect.poll(() => chartCorner(page)).toBe('rgb(24, 32, 42)');

  // Presenter mode's projector colours: light and high contrast in a dark app, charts included;
  // leaving presenter mode returns to the app's theme.
  await page.goto('/#/present/ftp-exfiltration/time-series-window');
  await expect(page.locator('.chart-data summary').first()).toBeVisible({ timeout: 30_000 });
  await expect(body(page)).toHaveCSS('background-color', DARK_PAGE);
  await page.getByTestId('presenter-projector').check();
  await expect(body(page)).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(body(page)).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect.poll(() => chartCorner(page)).toBe('rgb(255, 255, 255)');
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await expect(page).toHaveURL(/#\/hunts\/ftp-exfiltration\/time-series-window/);
  await expect(body(page)).toHaveCSS('background-color', DARK_PAGE);
});

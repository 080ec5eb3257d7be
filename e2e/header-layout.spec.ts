import { expect, type Page } from '@playwright/test';
import { ftpHunt as hunt } from './helpers/hunts';
import { fixture, importFiles, openDataManager } from './helpers/app';
import { test } from './helpers/test';

// The header keeps to one line on a 1280 px laptop in both languages, on every screen, with a
// dataset loaded and the offline note showing (its widest usual state).

const SCREENS = [
  '/#/hunts',
  `/#/hunts/${hunt.id}`,
  `/#/hunts/${hunt.id}/time-series-window`,
  '/#/search',
  '/#/data',
];

/** How far the header is taller than one row of its items (0 when on one line). */
function extraHeight(page: Page): Promise<number> {
  return page.locator('.app-header').evaluate((header) => {
    const style = getComputedStyle(header);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const row = Math.max(...[...header.children].map((c) => c.getBoundingClientRect().height));
    return Math.round(header.getBoundingClientRect().height - padding - row);
  });
}

test('the header is one line at 1280x720 on every screen, in English and Japanese', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDataManager(page);
  await importFiles(page, [fixture('botsv2-sample.csv')]);
  await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
  for (const language of ['en', 'ja']) {
    await page.getByTestId('language-select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const url of SCREENS) {
      await page.goto(url);
      await expect(page.locator('main').getByRole('heading').first()).toBeVisible();
      await expect(page.getByTestId('offline-ready')).toBeVisible();
      expect(await extraHeight(page), `${language} ${url}`).toBeLessThanOrEqual(1);
      // Nothing cut short at this width either: the note shows its whole text.
      const cut = await page
        .getByTestId('offline-ready')
        .evaluate((note) => note.scrollWidth > note.clientWidth);
      expect(cut, `${language} ${url}: offline note cut`).toBe(false);
    }
    await page.screenshot({ path: test.info().outputPath(`header-${language}.png`) });
  }
});

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

/**
 * The visible buttons and selects that still wear the browser's own look: the background or
 * border of a button, the border colour or square corners of a select, with no author styles (one
 * in a shadow root, which the page's CSS does not reach).
 */
function browserLookButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.body.appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    const looks = {
      button: (s: CSSStyleDeclaration) => [s.backgroundColor, s.borderTopStyle],
      select: (s: CSSStyleDeclaration) => [s.borderTopColor, s.borderTopLeftRadius],
    };
    const found: string[] = [];
    for (const [tag, look] of Object.entries(looks)) {
      const own = look(getComputedStyle(shadow.appendChild(document.createElement(tag))));
      for (const el of document.querySelectorAll<HTMLElement>(tag)) {
        if (!el.checkVisibility()) continue;
        const mine = look(getComputedStyle(el));
        if (mine.some((v, k) => v === own[k]))
          found.push(`${el.className || `<${tag}>`} "${el.textContent?.trim().slice(0, 20)}"`);
      }
    }
    host.remove();
    return [...new Set(found)];
  });
}

test("theme: the events view's small buttons (pager, fields, layouts, a chart's data) and its page-size choice wear the app's colours, pressed and focused, in both themes", async ({
  page,
}) => {
  await openDataManager(page);
  await importFiles(page, [fixture('botsv2-sample.csv')]);
  await page.goto(`/#/search?${new URLSearchParams({ s: 'free', q: '*', view: 'events' })}`);
  const fieldButton = page.locator('.field-list__field').first();
  await fieldButton.click();
  await page.locator('.events-view__timeline .chart-data summary').click();
  const layouts = page.getByRole('group', { name: 'Event layout' });
  const raw = layouts.getByRole('button', { name: 'Raw' });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(body(page)).toHaveCSS(
      'background-color',
      scheme === 'light' ? LIGHT_PAGE : DARK_PAGE,
    );
    await expect(page.getByRole('button', { name: 'Next page' })).toBeVisible();
    expect(await browserLookButtons(page), scheme).toEqual([]);
    // A toggle that is on looks pressed; one that is off does not.
    const list = layouts.getByRole('button', { name: 'List' });
    await expect(list).toHaveAttribute('aria-pressed', 'true');
    const onBackground = await list.evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(await raw.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(onBackground);
    // Keyboard focus shows the app's focus ring.
    await list.focus();
    await page.keyboard.press('Tab');
    await expect(raw).toBeFocused();
    await expect(raw).toHaveCSS('outline-style', 'solid');
    await expect(raw).toHaveCSS('outline-width', '3px');
  }
});

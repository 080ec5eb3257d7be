// Renders the app icon (public/icons/icon.svg) to the PNG sizes the web app manifest lists, in
// the same Chromium the end-to-end tests use. Run after changing the SVG: npx tsx scripts/render-icons.ts
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';

const ICONS = path.resolve(import.meta.dirname, '../public/icons');
const SIZES = [192, 512];

const browser = findBrowser();
if (!browser) throw new Error(NO_BROWSER_MESSAGE);
const chrome = await chromium.launch({
  executablePath: browser.executablePath,
  args: browser.args,
});
try {
  const svg = readFileSync(path.join(ICONS, 'icon.svg'), 'utf8');
  for (const size of SIZES) {
    const page = await chrome.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: path.join(ICONS, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await chrome.close();
}

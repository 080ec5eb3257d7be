import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { ftpHunt as hunt } from './helpers/hunts';
import { count, datasetRow } from './helpers/app';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';

// WCAG 2.1 A and AA checks (axe-core) on every kind of screen, with results on it: labelled
// controls, contrast that holds on a projector, landmarks, no duplicate ids; each screen in the
// light theme and again in the dark one (the system's preference, which the app follows).

const PAGES = [
  ['data manager', '/#/data'],
  ['search', '/#/search'],
  ['hunt overview', `/#/hunts/${hunt.id}`],
  ['statistics step', `/#/hunts/${hunt.id}/data-firewall`],
  ['time chart step', `/#/hunts/${hunt.id}/time-series-window`],
  ['events step', `/#/hunts/${hunt.id}/cluster-1-overview`],
  ['side-by-side step', `/#/hunts/${hunt.id}/cluster-1-side-by-side`],
  ['table step', `/#/hunts/${hunt.id}/loose-ends-seven-files`],
] as const;

async function waitForSample(page: Page): Promise<void> {
  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 60_000 },
  );
}

/** WCAG A/AA violations, one line each; `colours` runs only the rules a theme can change. */
async function violations(page: Page, name: string, colours = false): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  if (colours) axe.withRules(['color-contrast', 'link-in-text-block']);
  else axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const { violations } = await axe.analyze();
  return violations.map((v) => {
    const where = v.nodes
      .slice(0, 3)
      .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
    return `${name}: ${v.id} (${v.nodes.length}) ${v.help}\n    ${where.join('\n    ')}`;
  });
}

test('accessibility: no WCAG A/AA violations on any screen, light or dark', async ({ page }) => {
  test.setTimeout(180_000);
  await waitForSample(page);
  const found: string[] = [];
  for (const [name, url] of PAGES) {
    await page.goto(url);
    await expect(page.locator('.search-panel[data-status="running"]')).toHaveCount(0, {
      timeout: 30_000,
    });
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ colorScheme: 'light' });
    found.push(...(await violations(page, name)));
    // The same screen, results and all, in the dark theme: only the colours change, so only
    // the rules on colour run again.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 20, 27)');
    found.push(...(await violations(page, `${name} (dark)`, true)));
  }
  expect(found, found.join('\n')).toEqual([]);
});

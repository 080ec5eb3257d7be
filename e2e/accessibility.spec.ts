import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { ftpHunt as hunt } from './helpers/hunts';
import { count, datasetRow } from './helpers/app';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';

// WCAG 2.1 A and AA checks (axe-core) on every kind of screen, with results on it: labelled
// controls, contrast that holds on a projector, landmarks, no duplicate ids.

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

test('accessibility: no WCAG A/AA violations on any screen', async ({ page }) => {
  test.setTimeout(180_000);
  await waitForSample(page);
  const found: string[] = [];
  for (const [name, url] of PAGES) {
    await page.goto(url);
    await expect(page.locator('.search-panel[data-status="running"]')).toHaveCount(0, {
      timeout: 30_000,
    });
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const v of violations) {
      const where = v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
      found.push(`${name}: ${v.id} (${v.nodes.length}) ${v.help}\n    ${where.join('\n    ')}`);
    }
  }
  expect(found, found.join('\n')).toEqual([]);
});

import { expect, type Locator, type Page } from '@playwright/test';
import type { Hunt, HuntStep } from '../../src/hunts/types';
import { count, datasetRow } from './app';
import { test } from './origin-guard';
import { SAMPLE_NAME, sampleFacts } from './sample-facts';

// What the hunt walkthroughs read off the page: search panels, result tables, chart data, the
// zoom range in the address; and a photograph of each step at a laptop's and a projector's size.

export type Table = { fields: string[]; rows: Record<string, string>[] };

const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;

export function panel(page: Page, searchId: string): Locator {
  return page.locator(`.search-panel[data-search-id="${searchId}"]`);
}

export async function waitForSearches(page: Page, step: HuntStep): Promise<void> {
  for (const s of step.searches) {
    await expect(panel(page, s.id)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  }
}

/**
 * A results table as shown: header names and each row's cell texts, without the asset marker
 * and the hidden asset details; a multivalue cell's values joined by newlines.
 */
export async function table(page: Page, searchId: string): Promise<Table> {
  const t = panel(page, searchId).getByRole('table', { name: 'Results table' });
  await expect(t).toBeVisible();
  return t.evaluate((el) => {
    const text = (cell: Element) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('.enriched__marker, [hidden], [aria-hidden="true"]').forEach((n) => {
        n.remove();
      });
      const items = [...copy.querySelectorAll('li')];
      return items.length > 0
        ? items.map((li) => (li.textContent ?? '').trim()).join('\n')
        : (copy.textContent ?? '').trim();
    };
    const fields = [...el.querySelectorAll('thead th')].map(text);
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map(text);
      return Object.fromEntries(fields.map((f, i) => [f, cells[i] ?? '']));
    });
    return { fields, rows };
  });
}

export const column = (t: Table, field: string) => t.rows.map((r) => r[field]);
export const num = (s: string) => Number(s.replace(/,/g, ''));
export const sorted = (xs: string[]) => [...xs].sort();

/** The total of each series in a time chart's data table. */
export async function seriesTotals(page: Page, searchId: string): Promise<Record<string, number>> {
  const data = panel(page, searchId).locator('.chart-data');
  if ((await data.getAttribute('open')) === null) await data.locator('summary').click();
  return data.locator('table').evaluate((el) => {
    const heads = [...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const totals: Record<string, number> = {};
    for (const tr of el.querySelectorAll('tbody tr')) {
      [...tr.querySelectorAll('td')].forEach((td, i) => {
        // The last column holds each bucket's zoom button.
        if (td.querySelector('button')) return;
        const name = heads[i + 1];
        totals[name] = (totals[name] ?? 0) + Number((td.textContent ?? '0').replace(/,/g, ''));
      });
    }
    return totals;
  });
}

/** The time range in the URL, epoch ms. */
export function urlRange(page: Page): { from: number; to: number } {
  const hash = new URL(page.url()).hash;
  const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  return { from: Date.parse(params.get('from') ?? ''), to: Date.parse(params.get('to') ?? '') };
}

/**
 * Drags with the mouse across a category time chart from the middle of bucket `from` to the
 * middle of bucket `to` (the plot's grid is 56 px from the left and 24 px from the right).
 */
export async function dragBuckets(
  page: Page,
  searchId: string,
  from: number,
  to: number,
  n: number,
) {
  const plot = panel(page, searchId).getByTestId('chart-plot');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  const width = (box.width - 56 - 24) / n;
  const x = (i: number) => box.x + 56 + (i + 0.5) * width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(from), y);
  await page.mouse.down();
  await page.mouse.move((x(from) + x(to)) / 2, y, { steps: 4 });
  await page.mouse.move(x(to), y, { steps: 4 });
  await page.mouse.up();
}

/** Each step's page photographed as `<index + 1>-<name>.png`, the name being the step's id. */
export async function photograph(page: Page, name: string, index: number): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Charts follow their container's new width on the next frames.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    // Nothing may stick out sideways: the page itself never scrolls horizontally.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at ${size.name} is wider than the window`).toBeLessThanOrEqual(0);
    // Every search box shows the whole search, wrapped lines included.
    const hidden = await page
      .locator('[data-search-input]')
      .evaluateAll((boxes) =>
        boxes
          .filter((b) => b.scrollHeight > b.clientHeight + 1)
          .map((b) => b.closest('[data-search-id]')?.getAttribute('data-search-id')),
      );
    expect(hidden, `${name} at ${size.name}: search text scrolled out of view`).toEqual([]);
    const file = `${String(index + 1).padStart(2, '0')}-${name}.png`;
    await page.screenshot({
      path: test.info().outputPath('screenshots', size.name, file),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Opens the app in a fresh profile at a laptop's size and waits until the sample has loaded. */
export async function openSample(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 60_000 },
  );
}

/** What a step's searches must show, read off the page, by step id. */
export type Observations = Record<string, (page: Page) => Promise<void>>;

/**
 * Walks a hunt as a learner would, from its overview (already open): Start, then step after
 * step with the Next button, each step's searches awaited and timed, its observation checked
 * and its page photographed, back to the overview at the end. Every step with a search must
 * have an observation. The times are logged and kept as the test's annotation.
 */
export async function walkHunt(page: Page, hunt: Hunt, observe: Observations): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hunt.title);
  await photograph(page, 'overview', -1);
  await page.getByRole('button', { name: 'Start the hunt' }).click();

  const started = Date.now();
  const timings: string[] = [];
  const observed: string[] = [];
  for (const [i, step] of hunt.steps.entries()) {
    const opened = Date.now();
    await expect(page).toHaveURL(new RegExp(`#/hunts/${hunt.id}/${step.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
    await waitForSearches(page, step);
    timings.push(`${step.id}: ${Date.now() - opened} ms`);
    const check = observe[step.id];
    if (check) {
      await check(page);
      observed.push(step.id);
    }
    await photograph(page, step.id, i);
    const next = hunt.steps[i + 1];
    await page
      .getByRole('button', { name: next ? `Next: ${next.title} →` : 'Back to the overview' })
      .click();
  }
  const description = `${timings.join(', ')}; all steps ${Date.now() - started} ms`;
  console.log(`${hunt.id} walkthrough: ${description}`);
  test.info().annotations.push({ type: 'timings', description });
  expect(observed).toEqual(hunt.steps.filter((s) => s.searches.length > 0).map((s) => s.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hunt.title);
}

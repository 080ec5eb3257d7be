import { expect, type Locator, type Page } from '@playwright/test';
import type { HuntStep } from '../../src/hunts/types';
import { test } from './origin-guard';

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

export async function photograph(page: Page, step: HuntStep, index: number): Promise<void> {
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
    expect(overflow, `${step.id} at ${size.name} is wider than the window`).toBeLessThanOrEqual(0);
    // Every search box shows the whole search, wrapped lines included.
    const hidden = await page
      .locator('[data-search-input]')
      .evaluateAll((boxes) =>
        boxes
          .filter((b) => b.scrollHeight > b.clientHeight + 1)
          .map((b) => b.closest('[data-search-id]')?.getAttribute('data-search-id')),
      );
    expect(hidden, `${step.id} at ${size.name}: search text scrolled out of view`).toEqual([]);
    const name = `${String(index + 1).padStart(2, '0')}-${step.id}.png`;
    await page.screenshot({
      path: test.info().outputPath('screenshots', size.name, name),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

import { expect } from '@playwright/test';
import { HUNTS } from './helpers/hunts';
import { test } from './helpers/test';
import { expectSearchText } from './helpers/editor';

// Starts without data: the panel must say so, and editing and resetting need no results.

const hunt = HUNTS[0];
const step = hunt.steps.find((s) => s.searches.length > 0)!;
const search = step.searches[0];
const VIEW_NAMES = {
  events: 'Events',
  table: 'Statistics',
  statistics: 'Statistics',
  timechart: 'Time chart',
  'side-by-side': 'Side by side',
} as const;

test('a step search: no data says so, an edit is a history step, reset returns to the step’s search', async ({
  page,
}) => {
  await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
  const panel = page.locator(`.search-panel[data-search-id="${search.id}"]`);
  await expect(panel.getByText('No data is loaded yet.')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Load data' })).toHaveAttribute('href', '#/data');

  // The hunt's own view comes first and is the one chosen.
  const views = panel.getByRole('group', { name: 'View' }).getByRole('button');
  await expect(views.first()).toHaveText(VIEW_NAMES[search.view]);
  await expect(views.first()).toHaveAttribute('aria-pressed', 'true');

  const box = panel.getByRole('textbox', { name: 'Search', exact: true });
  await expectSearchText(box, search.spl);
  const edited = `${search.spl} | head 3`;
  await box.fill(edited);
  // Typing alone changes nothing in the address.
  expect(new URL(page.url()).hash).not.toContain('q=');
  await box.press('Control+Enter');
  await expect(page).toHaveURL(/[?&]q=/);
  expect(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('q')).toBe(edited);
  expect(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('s')).toBe(search.id);

  await panel.getByRole('button', { name: 'Reset to the step’s search' }).click();
  await expectSearchText(box, search.spl);
  await expect(page).not.toHaveURL(/[?&]q=/);

  // Back returns to the edited search.
  await page.goBack();
  await expectSearchText(box, edited);
});

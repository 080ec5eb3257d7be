import { expect, type Page } from '@playwright/test';
import { HUNTS } from './helpers/hunts';
import { test } from './helpers/test';

// Starts without the sample: layout does not need data, and the empty state is part of it.

const hunt = HUNTS[0];
const step = hunt.steps.find((s) => s.searches.length > 0 && s.questions.length > 1)!;

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}x${size.height} the step list sits left of a readable content column`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
    const nav = page.getByRole('navigation', { name: 'Steps' }).first();
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Steps of the hunt' })).toBeHidden();
    const navBox = (await nav.boundingBox())!;
    const narrative = (await page.locator('.hunt-narrative').boundingBox())!;
    expect(navBox.x + navBox.width).toBeLessThanOrEqual(narrative.x);
    // A comfortable measure: prose lines stay well short of the full width.
    expect(narrative.width).toBeLessThanOrEqual(800);
    const search = (await page.getByTestId('hunt-search').first().boundingBox())!;
    expect(search.width).toBeGreaterThanOrEqual(narrative.width);
    await noHorizontalScroll(page);
    await page.screenshot({ path: test.info().outputPath(`step-${size.width}.png`) });
    await nav.getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hunt.title);
    await noHorizontalScroll(page);
    await page.screenshot({ path: test.info().outputPath(`overview-${size.width}.png`) });
  });
}

test('on a narrow screen the step list folds away and opens from a button', async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 900 });
  await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
  const toggle = page.getByRole('button', { name: 'Steps of the hunt' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const overview = page.getByRole('link', { name: 'Overview' });
  await expect(overview).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(overview).toBeVisible();
  await overview.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hunt.title);
  await expect(overview).toBeHidden();
  await noHorizontalScroll(page);
});

test('with no data the overview says so and links to the data manager; sourcetypes show as missing', async ({
  page,
}) => {
  await page.goto(`/#/hunts/${hunt.id}`);
  await expect(page.getByTestId('hunt-no-data')).toContainText('No dataset is loaded yet');
  const presence = page.getByTestId('hunt-sourcetypes').getByTestId('presence');
  await expect(presence).toHaveCount(hunt.sourcetypes.length);
  for (const p of await presence.all()) await expect(p).toHaveText('✗ missing');
  await page.getByRole('link', { name: 'Open the data manager' }).click();
  await expect(page).toHaveURL(/#\/data$/);
});

test('a question can be answered with the keyboard alone', async ({ page }) => {
  const first = hunt.steps[0];
  const q = first.questions[0];
  await page.goto(`/#/hunts/${hunt.id}/${first.id}`);
  const card = page.locator(`[data-testid="question"][data-question-id="${q.id}"]`);
  await card.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(card.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('question-feedback')).not.toHaveText('');
  const focusOutline = await card.getByRole('button', { name: 'Check' }).evaluate((el) => {
    (el as HTMLElement).focus();
    return getComputedStyle(el).outlineStyle;
  });
  expect(focusOutline).not.toBe('none');
});

import { expect, type Page } from '@playwright/test';
import { axeViolations as axe } from './helpers/axe';
import { test } from './helpers/origin-guard';
import { ftpHunt as hunt } from './helpers/hunts';

// Presenter mode on the workshop sample in a fresh profile (plain `test`: the sample loads by
// itself): the keys reveal a step part by part, and the speaker window follows the room's screen
// both ways. The room never sees the trainer's notes.

const stepIndex = hunt.steps.findIndex((s) => s.id === 'data-sourcetypes');
const step = hunt.steps[stepIndex];
const next = hunt.steps[stepIndex + 1];
const afterNext = hunt.steps[stepIndex + 2];
const [search] = step.searches;
const [question] = step.questions;
// A sentence of each step's notes, as rendered (Markdown's emphasis gone).
const notesLine = (s: typeof step) => s.trainerNotes!.split('\n')[0].replace(/[*`]/g, '');

const title = (page: Page) => page.getByRole('heading', { level: 1 });
const status = (page: Page) => page.getByTestId('presenter-status');

test('presenter keys reveal a step part by part; the speaker window follows both ways', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/#/hunts/${hunt.id}`);
  const ftp = page.getByTestId('hunt-sourcetypes').locator('li[data-name="stream:ftp"]');
  await expect(ftp.getByTestId('presence')).toHaveText('✓ present', { timeout: 60_000 });

  await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
  await expect(title(page)).toHaveText(step.title);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/present/${hunt.id}/${step.id}$`));
  await expect(title(page)).toHaveText(step.title);
  await expect(page.locator('html')).toHaveClass(/presenter-mode/);
  // The header and the step list are not on the room's screen.
  await expect(page.getByRole('navigation', { name: 'Steps' })).toHaveCount(0);

  // The first search runs on the sample; what to notice and every question are hidden.
  const panel = page.locator(`.search-panel[data-search-id="${search.id}"]`);
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(panel.getByRole('table', { name: 'Results table' })).toContainText('pan:traffic');
  await expect(page.getByTestId('presenter-notice')).toHaveCount(0);
  await expect(page.getByTestId('presenter-question')).toHaveCount(0);
  await expect(page.getByTestId('presenter-answer')).toHaveCount(0);
  const parts = 2 * (step.searches.length + step.questions.length);
  await expect(status(page)).toContainText(
    `Step ${stepIndex + 1} of ${hunt.steps.length} · ${parts - 1} parts hidden`,
  );
  // The trainer's notes are never on the room's screen.
  await expect(page.locator('body')).not.toContainText(notesLine(step));

  // Keys typed into the search box belong to the search.
  await panel.locator('[data-search-input]').press('Space');
  await expect(page.getByTestId('presenter-notice')).toHaveCount(0);
  await title(page).focus();

  // Space: what to notice.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('presenter-notice')).toContainText('What you should see');
  await expect(page.getByTestId('presenter-notice')).toContainText('by far the most events');
  await expect(page.getByTestId('presenter-answer')).toHaveCount(0);

  // R: the first question with its answer; the second question stays hidden.
  await page.keyboard.press('r');
  const q1 = page.locator(`[data-testid="presenter-question"][data-question-id="${question.id}"]`);
  await expect(q1.getByTestId('presenter-answer')).toContainText('pan:traffic');
  // The room cannot scroll: what a key reveals comes into view (here below the results).
  await expect(q1.getByTestId('presenter-answer')).toBeInViewport();
  await expect(page.getByTestId('presenter-question')).toHaveCount(1);
  await expect(status(page)).toContainText(`${parts - 4} parts hidden`);
  await page.screenshot({ path: test.info().outputPath('presenter.png'), fullPage: true });
  expect(await axe(page)).toEqual([]);

  // Right and Left move between steps; what was revealed on a step stays revealed.
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText(next.title);
  await expect(page).toHaveURL(new RegExp(`#/present/${hunt.id}/${next.id}$`));
  await expect(page.getByTestId('presenter-notice')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(title(page)).toHaveText(step.title);
  await expect(page.getByTestId('presenter-answer')).toHaveCount(1);

  // The speaker window: the step, its notes, what is hidden, and a running clock.
  const [speaker] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Speaker window' }).click(),
  ]);
  await expect(speaker).toHaveURL(new RegExp(`#/speaker/${hunt.id}/${step.id}$`));
  await expect(speaker.getByTestId('speaker-step')).toHaveText(step.title);
  await expect(speaker.getByTestId('trainer-notes')).toContainText(notesLine(step));
  await expect(speaker.getByTestId('speaker-next')).toHaveText(next.title);
  await expect(speaker.getByTestId('speaker-hidden')).toContainText('Question 2');
  await expect(speaker.getByTestId('speaker-clock')).toHaveText(/^\d+:\d\d$/);
  await expect(page.locator('body')).not.toContainText(notesLine(step));
  await speaker.screenshot({ path: test.info().outputPath('speaker.png'), fullPage: true });
  expect(await axe(speaker)).toEqual([]);

  // Right in the room's window: the speaker window follows.
  await page.bringToFront();
  await title(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText(next.title);
  await expect(speaker.getByTestId('speaker-step')).toHaveText(next.title);
  await expect(speaker.getByTestId('trainer-notes')).toContainText(notesLine(next));

  // Moving and revealing from the speaker window: the room's window follows.
  await speaker.bringToFront();
  await speaker.getByRole('button', { name: 'Next step →' }).click();
  await expect(speaker.getByTestId('speaker-step')).toHaveText(afterNext.title);
  await expect(title(page)).toHaveText(afterNext.title);
  await expect(page).toHaveURL(new RegExp(`#/present/${hunt.id}/${afterNext.id}$`));
  await speaker.keyboard.press('ArrowLeft');
  await expect(title(page)).toHaveText(next.title);
  await speaker.keyboard.press('Space');
  await expect(page.getByTestId('presenter-notice')).toHaveCount(1);

  // A trainer's own notes replace the hunt's, in the speaker window only, and are kept.
  await speaker.getByRole('button', { name: 'Edit notes' }).click();
  await speaker.getByLabel('Trainer notes for this step (Markdown)').fill('Ask **Maria** first.');
  await speaker.getByRole('button', { name: 'Save notes' }).click();
  await expect(speaker.getByTestId('trainer-notes')).toHaveText('Ask Maria first.');
  await speaker.reload();
  await expect(speaker.getByTestId('speaker-step')).toHaveText(next.title);
  await expect(speaker.getByTestId('trainer-notes')).toHaveText('Ask Maria first.');
  await expect(page.locator('body')).not.toContainText('Ask Maria first.');

  // Esc leaves presenter mode for the ordinary step view of the step on screen.
  await page.bringToFront();
  await title(page).focus();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/hunts/${hunt.id}/${next.id}$`));
  await expect(page.getByRole('navigation', { name: 'Steps' }).first()).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/presenter-mode/);
  await expect(page.getByTestId('question').first()).toBeVisible();
});

test('the keys help lists the presenter keys', async ({ page }) => {
  await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
  await expect(title(page)).toHaveText(step.title);
  await page.keyboard.press('?');
  const keys = page.getByTestId('presenter-keys');
  await expect(keys).toContainText('Reveal the next part');
  await expect(keys).toContainText('Reveal the current question’s answer');
  await expect(keys).toContainText('Leave presenter mode');
});

test('leaving full screen leaves presenter mode; the Full screen button goes back in', async ({
  page,
}) => {
  await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/present/${hunt.id}/${step.id}$`));
  const isFull = () => page.evaluate(() => document.fullscreenElement !== null);
  await expect.poll(isFull).toBe(true);
  await expect(page.getByRole('button', { name: 'Full screen' })).toHaveCount(0);
  // As when the browser takes Esc for itself in full screen.
  await page.evaluate(() => document.exitFullscreen());
  await expect(page).toHaveURL(new RegExp(`#/hunts/${hunt.id}/${step.id}$`));

  // Full screen refused or left by other means: presenting goes on in the window.
  await page.goto(`/#/present/${hunt.id}/${step.id}`);
  await expect(title(page)).toHaveText(step.title);
  expect(await isFull()).toBe(false);
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(isFull).toBe(true);
  await expect(page).toHaveURL(new RegExp(`#/present/${hunt.id}/${step.id}$`));
});

import { expect, type Page } from '@playwright/test';
import { axeViolations as axe } from './helpers/axe';
import { test } from './helpers/origin-guard';
import { ftpHunt as hunt } from './helpers/hunts';

// Presenter mode on the findings step: the learner's own findings (changed in the findings
// panel first) come out one section at a time as text, with nothing to edit; a reload of either
// window keeps what the room has seen, for that browser session only.

const step = hunt.steps.find((s) => s.kind === 'findings')!;
const asked = 2 * (step.searches.length + step.questions.length);
const sections = ['verdict', 'learned', 'diamond', 'indicators', 'checklist'];
const total = asked + sections.length;
const HOSTILE_ADVERSARY = 'Eve <img src=x onerror=alert(1)>';

const title = (page: Page) => page.getByRole('heading', { level: 1 });
const status = (page: Page) => page.getByTestId('presenter-status');
const shownSections = (page: Page) => page.getByTestId('presenter-findings');
const section = (page: Page, name: string) =>
  page.locator(`[data-testid="presenter-findings"][data-section="${name}"]`);
const hiddenText = (n: number) => (n === 0 ? 'All shown' : `${n} part${n === 1 ? '' : 's'} hidden`);

test('presenter reveals the learner’s findings one by one; a reload keeps the reveals', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/#/hunts/${hunt.id}`);
  const ftp = page.getByTestId('hunt-sourcetypes').locator('li[data-name="stream:ftp"]');
  await expect(ftp.getByTestId('presence')).toHaveText('✓ present', { timeout: 60_000 });

  // The learner's own findings: another verdict, a corner of their own, a ticked item.
  await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
  await page.getByRole('radio', { name: 'Open', exact: true }).check();
  const adversary = page.getByLabel('Adversary', { exact: true });
  await adversary.fill(HOSTILE_ADVERSARY);
  await adversary.blur();
  await page.locator('[data-item-id="odd-args"] input[type="checkbox"]').check();

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/present/${hunt.id}/${step.id}$`));
  await expect(title(page)).toHaveText(step.title);
  await expect(status(page)).toContainText(hiddenText(total - 1));

  // The searches and the questions come first; the findings only after the last answer.
  for (let i = 1; i < asked; i++) await page.keyboard.press('Space');
  await expect(page.getByTestId('presenter-answer')).toHaveCount(step.questions.length);
  await expect(shownSections(page)).toHaveCount(0);

  // Space: the verdict, as the learner set it, and nothing after it.
  await page.keyboard.press('Space');
  await expect(shownSections(page)).toHaveCount(1);
  await expect(page.getByTestId('presenter-verdict')).toHaveText('Open');
  await expect(section(page, 'verdict')).toContainText(hunt.findings!.reasons[0].slice(0, 40));
  await expect(section(page, 'verdict')).toBeInViewport();
  await expect(page.getByTestId('presenter-indicators')).toHaveCount(0);

  await page.keyboard.press('Space');
  await expect(section(page, 'learned')).toContainText('hildegardsfarm.com');
  await page.keyboard.press('Space');
  // The learner's corner as text: nothing in it becomes markup.
  const corner = section(page, 'diamond').locator('[data-corner="adversary"]');
  await expect(corner).toContainText(HOSTILE_ADVERSARY);
  await expect(section(page, 'diamond').locator('img')).toHaveCount(0);
  await expect(section(page, 'diamond').locator('[data-corner="victim"]')).toContainText(
    hunt.findings!.diamond.victim.slice(0, 20),
  );

  await page.keyboard.press('Space');
  const indicators = page.getByTestId('presenter-indicators');
  await expect(indicators).toContainText('160.153.91.7');
  await expect(indicators).toContainText('admin@hildegardsfarm.com');
  await expect(indicators.locator('tbody tr')).toHaveCount(hunt.findings!.indicators.length);
  await expect(section(page, 'checklist')).toHaveCount(0);
  await expect(status(page)).toContainText(hiddenText(1));

  // A reload in front of the room: the same parts are out, nothing more.
  await page.reload();
  await expect(title(page)).toHaveText(step.title);
  await expect(status(page)).toContainText(hiddenText(1));
  await expect(shownSections(page)).toHaveCount(4);
  await expect(page.getByTestId('presenter-answer')).toHaveCount(step.questions.length);
  await expect(page.getByTestId('presenter-verdict')).toHaveText('Open');
  await expect(section(page, 'checklist')).toHaveCount(0);

  // The speaker window, opened after the reload, lists only what is still hidden.
  const [speaker] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Speaker window' }).click(),
  ]);
  const hidden = speaker.getByTestId('speaker-hidden');
  await expect(hidden).toHaveText('Findings: What to operationalise');
  await speaker.reload();
  await expect(hidden).toHaveText('Findings: What to operationalise');

  // Space in the speaker window: the room's window shows the checklist, the learner's ticks.
  await speaker.keyboard.press('Space');
  await expect(section(page, 'checklist')).toBeVisible();
  await expect(speaker.getByText('Everything on this step is shown.')).toBeVisible();
  const item = (id: string) => section(page, 'checklist').locator(`[data-item-id="${id}"]`);
  await expect(item('odd-args')).toHaveAttribute('data-done', 'true');
  await expect(item('odd-args')).toContainText('ftp.exe with a .dll');
  await expect(item('block')).toHaveAttribute('data-done', 'false');
  await expect(status(page)).toContainText('All shown');

  // Read only: nothing to edit, tick or export.
  await expect(
    shownSections(page).locator('button, input, textarea, select, a, [contenteditable]'),
  ).toHaveCount(0);
  await page.bringToFront();
  await page.screenshot({ path: test.info().outputPath('presenter-findings.png'), fullPage: true });
  expect(await axe(page)).toEqual([]);

  // Reveals belong to this session's windows: another tab presents the step afresh.
  const other = await context.newPage();
  await other.goto(`/#/present/${hunt.id}/${step.id}`);
  await expect(title(other)).toHaveText(step.title);
  await expect(status(other)).toContainText(hiddenText(total - 1));
  await expect(other.getByTestId('presenter-findings')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

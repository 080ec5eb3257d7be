import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { HUNTS } from './helpers/hunts';

// Plain Playwright `test`: a fresh profile, where the workshop sample loads by itself.

const hunt = HUNTS[0];
const [first, second] = hunt.steps;
const deep = hunt.steps[5];
const QUESTIONS = hunt.steps.flatMap((s) => s.questions).length;
const STEPS = hunt.steps.length;
const overviewUrl = `/#/hunts/${hunt.id}`;

function stepHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

function question(page: Page, id: string) {
  return page.locator(`[data-testid="question"][data-question-id="${id}"]`);
}

async function expectStep(page: Page, step: { id: string; title: string }) {
  await expect(page).toHaveURL(new RegExp(`#/hunts/${hunt.id}/${step.id}$`));
  await expect(stepHeading(page)).toHaveText(step.title);
  await expect(
    page.getByRole('navigation', { name: 'Steps' }).first().locator('[aria-current="step"]'),
  ).toContainText(step.title);
}

test('the hunt: overview, steps, deep links, history, questions, progress kept and reset', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(overviewUrl);
  await expect(stepHeading(page)).toHaveText(hunt.title);

  // The first start imports the sample; the overview shows that import's progress.
  await expect(page.getByTestId('import-progress')).toContainText('Importing');
  // The data the hunt needs turns present once the sample's import is through.
  const ftp = page.getByTestId('hunt-sourcetypes').locator('li[data-name="stream:ftp"]');
  await expect(ftp.getByTestId('presence')).toHaveText('✓ present', { timeout: 60_000 });
  // Named with the offset in force over the hunt's August, as charts and tables name it.
  await expect(page.getByTestId('hunt-time-zone')).toHaveText('Pacific Time (UTC-07:00)');
  await expect(page.getByTestId('hunt-progress-questions')).toHaveText(
    `0 of ${QUESTIONS} questions answered right`,
  );
  await expect(page.getByTestId('hunt-progress-steps')).toHaveText(`0 of ${STEPS} steps visited`);
  await expect(page.getByRole('button', { name: 'Reset progress' })).toHaveCount(0);

  // Start, next, previous.
  await page.getByRole('button', { name: 'Start the hunt' }).click();
  await expectStep(page, first);
  await page.getByRole('button', { name: `Next: ${second.title}` }).click();
  await expectStep(page, second);
  await page.getByRole('button', { name: `Previous: ${first.title}` }).click();
  await expectStep(page, first);

  // A deep link, then Back and Forward through the visited steps.
  await page.goto(`/#/hunts/${hunt.id}/${deep.id}`);
  await expectStep(page, deep);
  await page.goBack();
  await expectStep(page, first);
  await page.goBack();
  await expectStep(page, second);
  await page.goForward();
  await expectStep(page, first);
  await page.goForward();
  await expectStep(page, deep);

  // The step list goes to a step as well.
  await page
    .getByRole('navigation', { name: 'Steps' })
    .first()
    .getByRole('link', { name: new RegExp(`^${first.title}`) })
    .click();
  await expectStep(page, first);

  // A choice question: wrong, a hint, then right.
  const choice = first.questions[0];
  if (choice.kind !== 'choice') throw new Error('the first step should ask a choice question');
  const wrongOption = choice.options.find((o) => o.id !== choice.answer)!;
  const q1 = question(page, choice.id);
  await q1.getByRole('radio', { name: wrongOption.label }).check();
  await q1.getByRole('button', { name: 'Check' }).click();
  await expect(q1.getByTestId('question-feedback')).toHaveText(
    'Not quite. Try again, or take a hint.',
  );
  await expect(q1.getByTestId('question-answer')).toHaveCount(0);
  await q1.getByRole('button', { name: 'Show a hint' }).click();
  await expect(q1.getByTestId('question-hints')).toContainText(choice.hints[0].replace(/\*/g, ''));
  await q1
    .getByRole('radio', { name: choice.options.find((o) => o.id === choice.answer)!.label })
    .check();
  await q1.getByRole('button', { name: 'Check' }).click();
  await expect(q1.getByTestId('question-feedback')).toHaveText('Right.');
  await expect(q1.getByTestId('question-answer')).toBeVisible();

  // A set question: partly right with an extra value, then the answer revealed.
  await page.getByRole('button', { name: `Next: ${second.title}` }).click();
  await expectStep(page, second);
  const set = second.questions.find((q) => q.kind === 'set')!;
  if (set.kind !== 'set') throw new Error('unreachable');
  const q2 = question(page, set.id);
  await q2.getByLabel('Your answer').fill(`${set.answer[0]}, ${set.answer[1]}\nnot-a-sourcetype`);
  await q2.getByRole('button', { name: 'Check' }).click();
  await expect(q2.getByTestId('question-feedback')).toHaveText(
    `Not quite. Try again, or take a hint. 2 of ${set.answer.length} found. Not in the answer: not-a-sourcetype`,
  );
  await q2.getByRole('button', { name: 'Show a hint' }).click();
  await q2.getByRole('button', { name: 'Show another hint' }).click();
  await expect(q2.getByTestId('question-hints').locator('li')).toHaveCount(2);
  await expect(q2.getByRole('button', { name: 'Show another hint' })).toHaveCount(0);
  await q2.getByRole('button', { name: 'Reveal answer' }).click();
  await expect(q2.getByTestId('question-answer')).toContainText(set.answer.join(', '));
  await q2.screenshot({ path: test.info().outputPath('set-question.png') });

  // A note, rendered as text: markup in it stays literal.
  await page.getByRole('button', { name: 'Edit notes' }).click();
  await page
    .getByLabel('Notes for this step (Markdown)')
    .fill('**two** sources <img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Save notes' }).click();
  const notes = page.locator('.hunt-notes__text');
  await expect(notes.locator('strong')).toHaveText('two');
  await expect(notes).toContainText('<img src=x onerror=alert(1)>');
  await expect(notes.locator('img')).toHaveCount(0);

  // A reload keeps the step, the answers, hints, the revealed answer and the note.
  await page.reload();
  await expectStep(page, second);
  await expect(q2.getByLabel('Your answer')).toHaveValue(
    `${set.answer[0]}, ${set.answer[1]}\nnot-a-sourcetype`,
  );
  await expect(q2.getByTestId('question-feedback')).toContainText(
    `2 of ${set.answer.length} found`,
  );
  await expect(q2.getByTestId('question-hints').locator('li')).toHaveCount(2);
  await expect(q2.getByTestId('question-answer')).toBeVisible();
  await expect(notes.locator('strong')).toHaveText('two');
  const mark = page.locator(`.step-nav a[href$="/${first.id}"]`);
  await expect(mark).toHaveAttribute('data-mark', 'done');

  // The overview counts it and continues where the user left off.
  await page.goto(overviewUrl);
  await expect(page.getByTestId('hunt-progress-questions')).toHaveText(
    `1 of ${QUESTIONS} questions answered right`,
  );
  await expect(page.getByTestId('hunt-progress-steps')).toHaveText(`3 of ${STEPS} steps visited`);
  await page.getByRole('button', { name: `Continue: ${second.title}` }).click();
  await expectStep(page, second);
  await page.goBack();

  // Reset asks first, then forgets everything, across a reload too.
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(page.getByTestId('hunt-progress-questions')).toHaveText(
    `1 of ${QUESTIONS} questions answered right`,
  );
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.getByTestId('hunt-progress-questions')).toHaveText(
    `0 of ${QUESTIONS} questions answered right`,
  );
  await expect(page.getByRole('button', { name: 'Start the hunt' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('hunt-progress-steps')).toHaveText(`0 of ${STEPS} steps visited`);
  await page.goto(`/#/hunts/${hunt.id}/${first.id}`);
  await expect(question(page, choice.id).getByTestId('question-feedback')).toHaveText('');
  await expect(question(page, choice.id).getByTestId('question-answer')).toHaveCount(0);
});

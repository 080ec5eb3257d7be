import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { HUNTS } from './helpers/hunts';

const hunt = HUNTS[0];
const step = hunt.steps[1];

function question(page: Page, id: string) {
  return page.locator(`[data-testid="question"][data-question-id="${id}"]`);
}

test('two tabs on one step: answers and notes given in one show in the other, typing is kept', async ({
  page,
  context,
}) => {
  // The first tab imports the sample; the second opens once it is in.
  await page.goto(`/#/hunts/${hunt.id}`);
  const ftp = page.getByTestId('hunt-sourcetypes').locator('li[data-name="stream:ftp"]');
  await expect(ftp.getByTestId('presence')).toHaveText('✓ present', { timeout: 60_000 });
  await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
  const other = await context.newPage();
  await other.goto(`/#/hunts/${hunt.id}/${step.id}`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(step.title);

  const set = step.questions.find((q) => q.kind === 'set');
  const value = step.questions.find((q) => q.kind === 'value');
  if (set?.kind !== 'set' || value?.kind !== 'value') throw new Error('the step changed');

  // The first tab answers both questions, one of them wrongly.
  const wrong = question(page, set.id);
  await wrong.getByLabel('Your answer').fill('pan:traffic');
  await wrong.getByRole('button', { name: 'Check' }).click();
  const q = question(page, value.id);
  await q.getByLabel('Your answer').fill(value.answer);
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.getByTestId('question-feedback')).toHaveText('Right.');

  // No reload in the second tab: it reads the stored progress again when told.
  await expect(question(other, value.id).getByTestId('question-feedback')).toHaveText('Right.');
  await expect(question(other, value.id).getByLabel('Your answer')).toHaveValue(value.answer);
  const typing = question(other, set.id).getByLabel('Your answer');
  await expect(typing).toHaveValue('pan:traffic');

  // The second tab goes on with that answer; a note from the first tab does not undo its typing.
  await typing.fill('pan:traffic, still typ');
  await page.getByRole('button', { name: 'Edit notes' }).click();
  await page.getByLabel('Notes for this step (Markdown)').fill('seen from **both** tabs');
  await page.getByRole('button', { name: 'Save notes' }).click();
  await expect(other.locator('.hunt-notes__text strong')).toHaveText('both');
  await expect(typing).toHaveValue('pan:traffic, still typ');

  // And back the other way.
  await other.getByRole('button', { name: 'Edit notes' }).click();
  await other.getByLabel('Notes for this step (Markdown)').fill('changed in the *second* tab');
  await other.getByRole('button', { name: 'Save notes' }).click();
  await expect(page.locator('.hunt-notes__text em')).toHaveText('second');
});

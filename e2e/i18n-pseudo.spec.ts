import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ftpHunt as hunt } from './helpers/hunts';
import { fixture, fileInput } from './helpers/app';
import { px, startIn, untranslatedText } from './helpers/i18n';
import { test } from './helpers/test';

// The pseudo-locale (en-XA) over every screen: each message of the catalogue is accented and
// bracketed, so any English word left outside the brackets is UI text that did not come from
// the catalogue. Log data, SPL, field names and hunt content are exempt by their containers.
// A small Splunk export and an asset list stand in for the workshop sample, to keep it quick.

const HUNTS = path.resolve(import.meta.dirname, '../src/test/fixtures/hunts');
const BROKEN_HUNT = path.join(HUNTS, 'broken-hunt.yaml');
const MINIMAL_HUNT = path.join(HUNTS, 'minimal-hunt.yaml');

const ASSETS = Buffer.from(
  'ip,nt_host,owner,role,priority\n10.0.2.107,wrk-klagerf,Kevin,Desktop,high\n',
);

/** The format fixture (30 BOTS v2-like events) and an asset list, through the real inputs. */
async function importData(page: Page) {
  await page.goto('/#/data');
  await fileInput(page).setInputFiles([fixture('botsv2-sample.csv')]);
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await page
    .locator('input[type="file"][accept=".csv,text/csv"]')
    .setInputFiles({ name: 'assets.csv', mimeType: 'text/csv', buffer: ASSETS });
  await expect(page.getByTestId('lookup-import-done')).toBeVisible();
}

const dataStep = hunt.steps.find((s) => s.id === 'data-sourcetypes')!;
const chartStep = hunt.steps.find((s) => s.id === 'time-series-zoom')!;
const sbsStep = hunt.steps.find((s) => s.id === 'cluster-1-side-by-side')!;
const findingsStep = hunt.steps.find((s) => s.kind === 'findings')!;

/** Collects what is not translated on the page as it is now, under a name for the report. */
function checker(page: Page) {
  const found: string[] = [];
  const check = async (state: string) => {
    for (const p of await untranslatedText(page)) found.push(`${state}: ${p}`);
  };
  return { found, check };
}

async function settled(page: Page) {
  for (const p of await page.locator('.search-panel').all()) {
    await expect(p).not.toHaveAttribute('data-status', 'running', { timeout: 30_000 });
  }
}

async function search(page: Page, query: string) {
  const box = page.getByRole('textbox', { name: px('search.box.label'), exact: true });
  await box.fill(query);
  await box.press('Control+Enter');
  await settled(page);
}

/** Switches the open page to `language` as another window of the app would (settings change). */
async function switchLive(page: Page, language: string) {
  await page.evaluate(
    ({ key, language }) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{"state":{},"version":1}');
      stored.state.language = language;
      localStorage.setItem(key, JSON.stringify(stored));
      window.dispatchEvent(new StorageEvent('storage', { key }));
    },
    { key: 'hunting-workbook.settings', language },
  );
}

test('no English outside the catalogue: data manager, search and its views, dialogs, errors', async ({
  page,
  context,
}) => {
  const { found, check } = checker(page);
  // In English first: a busy search page switched to the pseudo-locale in place must show no
  // text left over from before (no component keeps a translated text of its own).
  await startIn(context, 'en');
  await importData(page);
  await page.goto('/#/search');
  await expect(page.getByTestId('event').first()).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('event').first().getByRole('button').first().click();
  await page.locator('.field-list__field').first().click();
  await page.locator('.time-picker summary').click();
  await switchLive(page, 'en-XA');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await check('switched in place: events, an event open, a field’s values, the time picker');
  await page.keyboard.press('Escape');
  await page.locator('.field-list__field', { hasText: 'dest_port' }).click();
  await expect(page.getByTestId('field-distribution')).toBeVisible();
  await check('a numeric field: its figures and distribution');

  await page.goto('/#/data');
  const sampleRow = page.getByTestId('dataset-row').first();
  await expect(sampleRow.getByTestId('dataset-event-count')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('lookup-list')).toBeVisible();
  await check('data manager');

  // Another tool's log whose times need a format: the time choice, then a second dataset; and a
  // search macro, listed.
  await fileInput(page).setInputFiles([fixture('kibana-discover.csv')]);
  await expect(page.getByTestId('time-preview')).toBeVisible();
  await check('the time choice, times it cannot read');
  await page.getByLabel(px('import.time.format')).fill('%b %d, %Y @ %H:%M:%S.%3N');
  await expect(page.getByTestId('time-preview-parsed').first()).toContainText('2017');
  await check('the time choice, times read with a format');
  await page
    .getByTestId('time-choice')
    .getByRole('button', { name: px('import.time.import') })
    .click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(px('macros.import')).setInputFiles({
    name: 'macros.conf',
    mimeType: 'text/plain',
    buffer: Buffer.from('[ftp]\ndefinition = sourcetype="stream:ftp"\n'),
  });
  await expect(page.getByTestId('macro-row')).toHaveCount(1);
  await check('data manager: two datasets, one with a time rule; a macro');

  // An import that fails, a lookup that is refused, a delete that asks first.
  await fileInput(page).setInputFiles([fixture('broken.csv')]);
  await expect(
    page.getByTestId('import-summary').or(page.getByTestId('import-error')),
  ).toBeVisible();
  await check('import outcome');
  await fileInput(page).setInputFiles([fixture('not-a-log.bin')]);
  await expect(page.getByTestId('import-error')).toBeVisible();
  await check('import failed');
  await page
    .getByLabel(px('assets.lookups.import'))
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(page.getByTestId('lookup-import-error')).toBeVisible();
  await sampleRow.getByRole('button', { name: px('dataset.delete') }).click();
  await check('import error, lookup error, delete question');
  await sampleRow.getByRole('button', { name: px('dataset.confirmDelete.no') }).click();

  // The search page in each view.
  await page.goto('/#/search');
  await settled(page);
  await page.getByTestId('event').first().getByRole('button').first().click();
  await page.locator('.field-list__field').first().click();
  await check('search: events, an event expanded, a field’s values');
  await page.locator('.time-picker summary').click();
  await page.getByLabel(px('search.time.from', { offset: 'UTC-07:00' })).fill('nonsense');
  await page.getByRole('button', { name: px('search.time.apply') }).click();
  await check('time picker, a range it cannot read');
  await page.keyboard.press('Escape');
  await search(page, 'index=* | stats count by sourcetype');
  await page.getByRole('button', { name: px('search.view.table') }).click();
  await check('search: statistics table');
  await page.getByRole('button', { name: px('inspector.open') }).click();
  await expect(page.getByTestId('inspector-chunks')).toBeVisible();
  await check('search: its inspector');
  await page.keyboard.press('Escape');
  await search(page, 'index=* | timechart span=1d count by sourcetype');
  await page.getByRole('button', { name: px('search.view.timechart') }).click();
  await page.locator('.chart-data summary').first().click();
  await check('search: time chart and its data');
  await page.getByRole('button', { name: px('search.view.side-by-side') }).click();
  await check('search: side by side');
  await search(page, 'index=* | stats count by');
  await expect(page.getByTestId('spl-error')).toBeVisible();
  await check('search: an SPL error');
  await search(page, '`ftp` | stats count');
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('expanded-search')).toBeVisible();
  await page.locator('.search-scope__choose summary').click();
  await check('search: a macro expanded, the scope of two datasets and its choice');

  // Keyboard help.
  await page.locator('h1').click();
  await page.keyboard.press('?');
  await expect(page.locator('dialog.keys-dialog')).toBeVisible();
  await check('keyboard help');
  await page.keyboard.press('Escape');

  // No data at all: every dataset deleted.
  await page.goto('/#/data');
  const rows = page.getByTestId('dataset-row');
  for (let n = await rows.count(); n > 0; n--) {
    await rows
      .first()
      .getByRole('button', { name: px('dataset.delete') })
      .click();
    await rows
      .first()
      .getByRole('button', { name: px('dataset.confirmDelete.yes') })
      .click();
    await expect(rows).toHaveCount(n - 1, { timeout: 30_000 });
  }
  await expect(page.getByTestId('datasets-empty')).toBeVisible();
  await check('no datasets');

  expect(found, found.join('\n')).toEqual([]);
});

test('no English outside the catalogue: hunt overview, steps, questions, findings, presenter and speaker', async ({
  page,
  context,
}) => {
  await startIn(context, 'en-XA');
  // As in browsers without the File System Access API: author mode's file input and Reload.
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  await importData(page);
  const { found, check } = checker(page);
  await page.goto('/#/hunts');
  await expect(page.locator('li.library-card').first()).toBeVisible();
  await page.getByTestId('hunt-file-input').setInputFiles(BROKEN_HUNT);
  await expect(page.getByTestId('hunt-problems')).toBeVisible();
  await check('hunt library, a hunt file refused');
  await page.goto('/#/author');
  await page.getByTestId('author-file-input').setInputFiles(BROKEN_HUNT);
  await expect(page.getByTestId('hunt-problems')).toBeVisible();
  await check('author mode, a file with problems');
  await page.getByTestId('author-file-input').setInputFiles(MINIMAL_HUNT);
  await page.getByRole('link', { name: px('author.view') }).click();
  await expect(page.getByTestId('author-bar')).toBeVisible();
  await check('author mode: the draft as a learner sees it');
  await page.goto('/#/author');
  await page.getByRole('button', { name: px('author.close') }).click();

  await page.goto(`/#/hunts/${hunt.id}`);
  await expect(page.getByTestId('hunt-sourcetypes').getByTestId('presence').first()).toBeVisible();
  await check('hunt overview');
  await page.goto(`/#/hunts/${hunt.id}/not-a-step`);
  await check('a step that does not exist');

  await page.goto(`/#/hunts/${hunt.id}/${dataStep.id}`);
  await settled(page);
  const question = page.getByTestId('question').first();
  await question.getByRole('button', { name: px('hunt.q.check') }).click();
  await question.getByRole('textbox').fill('nothing, surely');
  await question.getByRole('button', { name: px('hunt.q.check') }).click();
  await question.getByRole('button', { name: px('hunt.q.showHint') }).click();
  await question.getByRole('button', { name: px('hunt.q.reveal') }).click();
  await page.getByRole('button', { name: px('hunt.notes.edit') }).click();
  await check('a step: a wrong answer, a hint, the answer, the notes editor');
  await page.locator('.hunt-search__notice summary').first().click();
  await page
    .getByRole('button', { name: px('findings.pin') })
    .first()
    .click();
  await check('a step: what to notice, a pin');

  await page.goto(`/#/hunts/${hunt.id}/${chartStep.id}`);
  await settled(page);
  await check('a step with a time chart');
  await page.goto(`/#/hunts/${hunt.id}/${sbsStep.id}`);
  await settled(page);
  await check('a step with a side-by-side view');
  // A step's search has the search page's inspector; this one's subsearch sits under appendcols.
  await page
    .getByRole('button', { name: px('inspector.open') })
    .first()
    .click();
  await expect(
    page.getByTestId('inspector-costs').locator('tr[data-kind="subsearch"]'),
  ).toHaveCount(1);
  await check('a step’s search inspector, with a subsearch');
  await page.keyboard.press('Escape');

  await page.goto(`/#/hunts/${hunt.id}/${findingsStep.id}`);
  await settled(page);
  await expect(page.getByTestId('findings-pin').first()).toBeVisible();
  await check('findings');

  await page.goto(`/#/hunts/${hunt.id}/${dataStep.id}`);
  await page.getByRole('button', { name: px('presenter.start'), exact: true }).click();
  await settled(page);
  await page.locator('h1').focus();
  for (const key of ['Space', 'r']) await page.keyboard.press(key);
  await check('presenter');
  const [speaker] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: px('presenter.speaker') }).click(),
  ]);
  await expect(speaker.getByTestId('speaker-step')).toBeVisible();
  for (const p of await untranslatedText(speaker)) found.push(`speaker window: ${p}`);
  await speaker.close();

  // The overview once started: continue, and the question before progress is reset.
  await page.goto(`/#/hunts/${hunt.id}`);
  await page.getByRole('button', { name: px('hunt.reset') }).click();
  await check('hunt overview with progress, the reset question');

  expect(found, found.join('\n')).toEqual([]);
});

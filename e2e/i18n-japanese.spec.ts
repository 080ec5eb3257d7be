import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bundledHunt } from '../scripts/hunts/bundled';
import { ftpHunt as hunt } from './helpers/hunts';
import { datasetRow, fileInput, fixture } from './helpers/app';
import { text } from './helpers/i18n';
import { test as sampleTest } from './helpers/origin-guard';
import { sampleFacts } from './helpers/sample-facts';
import { test } from './helpers/test';
import { expectSearchText, searchText } from './helpers/editor';

// The app in a Japanese browser (ja-JP): it starts in Japanese by itself, every screen reads in
// Japanese, CJK text in events shows in every view and export, and switching language changes
// nothing else. Screenshots at a laptop's and a projector's size, for review of the layout.

test.use({ locale: 'ja-JP' });

const ja = (key: Parameters<typeof text>[1], params?: Parameters<typeof text>[2]) =>
  text('ja', key, params);
const HWP = '나는_데이비드를_사랑한다.hwp';
const jaHunt = bundledHunt('ftp-exfiltration', 'ja');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A hunt text as the page shows it: Markdown's code marks gone. */
const plain = (markdown: string) => markdown.replaceAll('`', '');
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** The page at both sizes, back at the first; Japanese lines must wrap, not overflow. */
async function shoot(page: Page, name: string) {
  for (const size of [...SIZES].reverse()) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at ${size.width}: horizontal scroll`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`ja-${name}-${size.width}.png`) });
  }
}

async function search(page: Page, query: string) {
  const box = page.getByRole('textbox', { name: ja('search.box.label'), exact: true });
  await box.fill(query);
  await box.press('Control+Enter');
  await expect(page.locator('.search-panel')).toHaveAttribute('data-status', 'done', {
    timeout: 30_000,
  });
}

test('a Japanese browser gets Japanese; CJK events import, show and export; switching language keeps everything else', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0]);
  await page.goto('/#/data');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(
    page.getByRole('heading', { name: ja('datasets.heading'), exact: true }),
  ).toBeVisible();
  await expect(page.getByTestId('datasets-empty')).toContainText(ja('empty.heading'));
  await expect(page.getByTestId('language-select')).toHaveValue('ja');
  await shoot(page, 'data-empty');

  // A Japanese export: JST, KST, CEST and offsets; Korean and Japanese file names; one bad time.
  await fileInput(page).setInputFiles([fixture('cjk-jst.csv')]);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(ja('summary.heading', { name: 'cjk-jst' }));
  await expect(summary).toContainText(ja('summary.events', { count: 6 }));
  await expect(summary).toContainText(ja('summary.skipped', { count: 1 }));
  await expect(summary).toContainText(
    'cjk-jst.csv:6 — _time を時刻として解釈できません：「昨日 12:00」（_time）',
  );
  const row = datasetRow(page, 'cjk-jst');
  await expect(row.getByTestId('dataset-time-range')).toHaveText(
    '2017-08-23 20:36:10 – 2017-08-23 20:39:20 (UTC-07:00)',
  );
  await expect(row).toContainText(ja('dataset.importedAt'));
  await shoot(page, 'data-imported');

  // Events: the CJK file name in the raw text, the field sidebar and the expanded event.
  await page.getByRole('link', { name: ja('nav.search'), exact: true }).click();
  await search(page, `index=ftp_ja filename="${HWP}"`);
  await expect(page.getByTestId('events-count')).toHaveText(
    ja('results.events.count', { count: 2 }),
  );
  await expect(page.getByTestId('event').first()).toContainText(`STOR ${HWP}`);
  await page.getByTestId('event').first().getByRole('button').first().click();
  await expect(page.locator('.event__fields')).toContainText(HWP);
  await page.locator('.field-list__field', { hasText: 'filename' }).click();
  await expect(page.locator('.field-values')).toContainText(HWP);
  await shoot(page, 'search-events');

  // A table and a time chart by file name; the CSV export carries a BOM and the CJK text.
  await search(page, 'index=ftp_ja method=STOR | stats count by filename | sort - count filename');
  await page.getByRole('button', { name: ja('search.view.table') }).click();
  const table = page.getByRole('table', { name: ja('search.table.label') });
  await expect(table.locator('tbody tr').first()).toContainText(HWP);
  await expect(table).toContainText('議事録_2017年8月.docx');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: ja('search.table.export') }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv.startsWith('\uFEFFfilename,count\r\n')).toBe(true);
  expect(csv).toContain(`${HWP},2\r\n`);
  await shoot(page, 'search-table');
  await search(page, 'index=ftp_ja method=STOR | timechart span=1m count by filename');
  await page.getByRole('button', { name: ja('search.view.timechart') }).click();
  await expect(page.getByRole('group', { name: ja('chart.legend') })).toContainText(
    '견적서_최종.hwp',
  );
  await expect(page.getByText(ja('chart.dragHint'))).toBeVisible();
  // The time picker: presets in Japanese; the absolute range typed as the app writes times,
  // in the zone shown, whatever language the browser's own date controls use.
  const label = page.getByTestId('time-range-label');
  await label.click();
  await expect(page.getByRole('button', { name: ja('search.time.last24h') })).toBeVisible();
  const from = page.getByLabel(ja('search.time.from', { offset: 'UTC-07:00' }));
  const to = page.getByLabel(ja('search.time.to', { offset: 'UTC-07:00' }));
  await expect(from).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  await from.fill('2017/08/23 20:37:00');
  await to.fill('2017-02-30 20:39:00');
  await page.getByRole('button', { name: ja('search.time.apply') }).click();
  await expect(page.getByRole('alert')).toHaveText(ja('search.time.invalid'));
  await shoot(page, 'search-timechart-time-picker');
  await to.fill('2017-08-23 20:39:00');
  await page.getByRole('button', { name: ja('search.time.apply') }).click();
  await expect(label).toHaveText('2017-08-23 20:37:00 – 2017-08-23 20:39:00 (UTC-07:00)');
  await expect(page.locator('.search-panel')).toHaveAttribute('data-status', 'done');

  // Switching language: the texts change, the search, its view and the address do not.
  const url = page.url();
  const box = page.getByRole('textbox', { name: ja('search.box.label'), exact: true });
  const query = await searchText(box);
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectSearchText(page.getByRole('textbox', { name: 'Search', exact: true }), query);
  await expect(page.getByRole('button', { name: 'Time chart' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('Drag across the chart to zoom to those times.')).toBeVisible();
  expect(page.url()).toBe(url);
  // The choice is kept: a reload of a Japanese browser stays in English.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Search', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-select').selectOption('ja');
  await expect(page.getByRole('link', { name: ja('nav.search'), exact: true })).toBeVisible();

  // Keyboard help.
  await page.locator('h1').click();
  await page.keyboard.press('?');
  await expect(page.locator('dialog.keys-dialog')).toContainText(ja('search.keys.heading'));
  await shoot(page, 'keyboard-help');
});

test('the FTP hunt in Japanese, step by step: every step’s texts, a right answer kept when the language changes', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0]);
  await page.goto(`/#/hunts/${hunt.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(jaHunt.title);
  await expect(page.locator('.hunt-narrative, .markdown').first()).toContainText(JAPANESE);

  // Every step, by the Next button as a learner goes (no data needed for the texts): its
  // title, narrative and questions are the hunt's Japanese, and the button names the next step.
  await page.getByRole('button', { name: ja('hunt.start') }).click();
  for (const [i, s] of jaHunt.steps.entries()) {
    await expect(page.locator('#hunt-step-title'), s.id).toHaveText(s.title);
    await expect(page.locator('.hunt-narrative').first(), s.id).toContainText(JAPANESE);
    for (const q of await page.getByTestId('question').all()) {
      await expect(q.locator('.question__prompt'), s.id).toContainText(JAPANESE);
    }
    if (s.id === 'hypothesis') {
      // A choice answered right, by its Japanese label.
      const question = page.getByTestId('question').first();
      await question.getByRole('radio', { name: /^T1048 代替プロトコル/ }).check();
      await question.getByRole('button', { name: ja('hunt.q.check') }).click();
      await expect(question.getByTestId('question-feedback')).toContainText(ja('hunt.q.right'));
      await shoot(page, 'hunt-step-hypothesis');
    }
    if (s.id === 'cluster-1-side-by-side') await shoot(page, 'hunt-step-cluster');
    if (s.timeRange) {
      // The exact window follows the hunt's Japanese label in full-width brackets.
      const label = ja('hunt.step.timeRange', { label: s.timeRange.label });
      await expect(page.getByTestId('hunt-step-range'), s.id).toHaveText(
        new RegExp(`^${escapeRegExp(label)}（2017-08-\\d\\d [0-9:]{8} – .+ \\(UTC-07:00\\)）$`),
      );
    }
    const next = jaHunt.steps[i + 1];
    if (next) {
      await page.getByRole('button', { name: ja('hunt.next', { step: next.title }) }).click();
    }
  }
  await shoot(page, 'hunt-step-findings');

  // In English the hunt's texts are English and the answer is still right.
  await page.goto(`/#/hunts/${hunt.id}/hypothesis`);
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.locator('#hunt-step-title')).toHaveText(hunt.steps[0].title);
  await expect(page.getByTestId('question').first().getByTestId('question-feedback')).toContainText(
    text('en', 'hunt.q.right'),
  );
  await expect(
    page.getByTestId('question').first().getByRole('radio', { checked: true }),
  ).toHaveAccessibleName(/^T1048 Exfiltration Over Alternative Protocol/);
});

sampleTest.use({ locale: 'ja-JP' });

sampleTest(
  'the FTP hunt on the workshop sample in Japanese: answers kept across a language switch, findings, exports, presenter',
  async ({ page, context }) => {
    const step = jaHunt.steps.find((s) => s.id === 'data-sourcetypes')!;
    const index = jaHunt.steps.indexOf(step);
    const findingsStep = jaHunt.steps.find((s) => s.kind === 'findings')!;
    await page.setViewportSize(SIZES[0]);
    await page.goto('/#/data');
    const sample = datasetRow(page, ja('sample.datasetName'));
    await expect(sample.getByTestId('dataset-event-count')).toHaveText(
      ja('dataset.events', { count: sampleFacts().events }),
      { timeout: 60_000 },
    );

    await page.goto(`/#/hunts/${hunt.id}`);
    await expect(page.getByRole('heading', { name: ja('hunt.progress') })).toBeVisible();
    await expect(page.getByTestId('hunt-sourcetypes').getByTestId('presence').first()).toHaveText(
      `✓ ${ja('hunt.present')}`,
    );
    await shoot(page, 'hunt-overview');

    await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
    await expect(page.locator('.hunt-step__where')).toHaveText(
      `${ja('hunt.section.data')} · ${ja('hunt.stepOf', { index: index + 1, count: jaHunt.steps.length })}`,
    );
    const panel = page.locator(`.search-panel[data-search-id="${step.searches[0].id}"]`);
    await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(panel.getByTestId('search-result-count')).toContainText('件の結果');
    await expect(
      page.locator(`.hunt-search[data-search-id="${step.searches[0].id}"] .hunt-search__title`),
    ).toHaveText(step.searches[0].title);
    const question = page.getByTestId('question').first();
    await question.getByRole('textbox').fill('pan:traffic');
    await question.getByRole('button', { name: ja('hunt.q.check') }).click();
    await expect(question.getByTestId('question-feedback')).toContainText(ja('hunt.q.wrong'));
    await question.getByRole('button', { name: ja('hunt.q.showHint') }).click();
    await expect(question.getByTestId('question-hints')).toContainText(
      plain(step.questions[0].hints[0]),
    );
    // A value answer is the data's own, in either language.
    const loudest = page.getByTestId('question').nth(1);
    await loudest.getByRole('textbox').fill('pan:traffic');
    await loudest.getByRole('button', { name: ja('hunt.q.check') }).click();
    await expect(loudest.getByTestId('question-feedback')).toContainText(ja('hunt.q.right'));
    await shoot(page, 'hunt-step');

    // Progress survives a change of language: the answers and the hint are still there, the
    // hunt's texts are English now.
    await page.getByTestId('language-select').selectOption('en');
    const enStep = hunt.steps[index];
    await expect(page.locator('#hunt-step-title')).toHaveText(enStep.title);
    await expect(question.getByTestId('question-feedback')).toContainText('Not quite');
    await expect(question.getByRole('textbox')).toHaveValue('pan:traffic');
    await expect(question.getByTestId('question-hints')).toContainText(
      plain(enStep.questions[0].hints[0]),
    );
    await expect(loudest.getByTestId('question-feedback')).toContainText(
      text('en', 'hunt.q.right'),
    );
    await page.getByTestId('language-select').selectOption('ja');

    await panel.getByRole('button', { name: ja('findings.pin') }).click();
    await page.goto(`/#/hunts/${hunt.id}/${findingsStep.id}`);
    await expect(page.getByRole('heading', { name: ja('findings.heading') })).toBeVisible();
    await expect(page.getByTestId('findings-indicators')).toContainText(HWP);
    const reason = jaHunt.findings!.reasons[0];
    let downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: ja('findings.export.markdown'), exact: true }).click();
    const md = readFileSync(await (await downloading).path(), 'utf8');
    expect(md).toContain(`# ${ja('findings.report.title', { hunt: jaHunt.title })}`);
    expect(md).toContain(`## ${ja('findings.indicators')}`);
    expect(md).toContain(reason);
    // Escaped to read as text in any Markdown viewer (`\_` shows as `_`).
    expect(md).toContain(HWP.replaceAll('_', '\\_'));
    downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: ja('findings.export.html'), exact: true }).click();
    const html = readFileSync(await (await downloading).path(), 'utf8');
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain(jaHunt.title);
    expect(html).toContain(reason);
    await shoot(page, 'findings');

    await page.goto(`/#/hunts/${hunt.id}/${step.id}`);
    await page.getByRole('button', { name: ja('presenter.start'), exact: true }).click();
    await expect(page.getByTestId('presenter-status')).toContainText(
      ja('presenter.where', { index: index + 1, count: jaHunt.steps.length }),
    );
    await page.locator('h1').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('presenter-notice')).toContainText(ja('presenter.notice'));
    await shoot(page, 'presenter');
    const [speaker] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: ja('presenter.speaker') }).click(),
    ]);
    await expect(
      speaker.getByRole('heading', { name: ja('presenter.speaker.title') }),
    ).toBeVisible();
    await expect(speaker).toHaveTitle(ja('presenter.speaker.windowTitle', { step: step.title }));
    await expect(speaker.getByTestId('speaker')).toContainText('約 5 分');
    await speaker.screenshot({ path: test.info().outputPath('ja-speaker.png') });
  },
);

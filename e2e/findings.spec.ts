import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { ftpHunt as hunt } from './helpers/hunts';
import { validateStixPattern } from '../src/workbook/indicators';
import { SAMPLE_STATE_KEY, SAMPLE_STATE_VERSION } from '../src/store/sample-keys';
import { count, datasetRow } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';

// The findings of the FTP hunt end to end on the workshop sample: pin a table, a chart and an
// event, change the verdict, the Diamond model and the checklist, write a hostile note, then
// download every export and check the files outside the app (papaparse, JSON.parse, the STIX
// pattern check, the HTML opened offline), and carry the progress to a fresh profile.

const HOSTILE_NOTE = `=cmd|' /C calc'!A0 <script>alert("note")</script> seen -evil.exe and evil-notes.example.com`;
const HOSTILE_ADVERSARY = 'Eve <img src=x onerror=alert(1)>';
const LIST_NOTE = 'Checked next:\n\n- the **firewall** counts\n- the proxy logs';
const FORMULA_START = /^[=+\-@\t\r]/;

function panel(page: Page, searchId: string): Locator {
  return page.locator(`.search-panel[data-search-id="${searchId}"]`);
}

async function openStep(page: Page, stepId: string, searchId: string): Promise<Locator> {
  await page.goto(`/#/hunts/${hunt.id}/${stepId}`);
  const p = panel(page, searchId);
  await expect(p).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  return p;
}

async function downloadOf(
  page: Page,
  button: string,
): Promise<{ name: string; text: string; path: string }> {
  const [dl]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  // Saved under its own name: a browser opens a file by its extension.
  const path = test.info().outputPath(dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

const pins = (page: Page) => page.getByTestId('findings-pin');

/** The dark chart theme's background (chart-theme.ts). */
const DARK_CHART = 'rgb(24, 32, 42)';

/** The colour near the top-left corner of a canvas or an image, outside any plot. */
function cornerOf(picture: Locator): Promise<string> {
  return picture.evaluate((el: HTMLCanvasElement | HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = 8;
    canvas.height = 8;
    const context = canvas.getContext('2d')!;
    context.drawImage(el, 0, 0);
    const [r, g, b] = context.getImageData(2, 2, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  });
}

test('findings: pins, edits and every export, checked outside the app', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 90_000 },
  );

  // A table, a chart and an event, each from its own step.
  const table = await openStep(page, 'data-firewall', 'firewall-to-attacker');
  await table.getByRole('button', { name: /Pin to findings/ }).click();
  await expect(table.getByRole('button', { name: /Pinned/ })).toBeVisible();
  await page.getByRole('button', { name: 'Edit notes' }).click();
  await page.getByLabel('Notes for this step (Markdown)').fill(`${HOSTILE_NOTE}\n\n${LIST_NOTE}`);
  await page.getByRole('button', { name: 'Save notes' }).click();

  // The chart is pinned while the app is dark; the report is light, its picture too.
  const chart = await openStep(page, 'time-series-firewall', 'firewall-timechart');
  await expect(chart.locator('canvas').first()).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => cornerOf(chart.locator('.chart-plot canvas').first())).toBe(DARK_CHART);
  await chart.getByRole('button', { name: /Pin to findings/ }).click();
  await page.emulateMedia({ colorScheme: 'light' });

  const events = await openStep(page, 'cluster-1-overview', 'cluster1-events');
  const firstEvent = events.getByTestId('event').first();
  const eventRaw = (await firstEvent.locator('.event__raw').innerText()).trim();
  await firstEvent.getByRole('button', { name: 'Pin this event to the findings' }).click();

  // The findings step: the panel starts from the hunt's findings.
  await page.goto(`/#/hunts/${hunt.id}`);
  await page.getByRole('button', { name: 'Open the findings' }).click();
  await expect(page).toHaveURL(/#\/hunts\/ftp-exfiltration\/findings$/);
  const findings = page.locator('#findings');
  await expect(findings.getByRole('radio', { name: 'Confirmed' })).toBeChecked();
  await expect(pins(page)).toHaveCount(3);
  await expect(pins(page).nth(0)).toHaveAttribute('data-kind', 'table');
  await expect(pins(page).nth(1)).toHaveAttribute('data-kind', 'chart');
  await expect(pins(page).nth(2)).toHaveAttribute('data-kind', 'event');
  await expect(pins(page).nth(1).locator('img')).toHaveJSProperty('complete', true);
  expect(
    await pins(page)
      .nth(1)
      .locator('img')
      .evaluate((i: HTMLImageElement) => i.naturalWidth),
  ).toBeGreaterThan(0);
  await expect(pins(page).nth(2).locator('.findings-pin__raw')).toHaveText(eventRaw);
  // The note is text, not markup, in the panel too.
  await expect(findings.locator('.findings-note')).toContainText('<script>alert("note")</script>');

  const indicators = page.getByTestId('findings-indicators');
  await expect(indicators).toContainText('160.153.91.7');
  await expect(indicators).toContainText('evil-notes.example.com');
  await page.getByLabel(/Defang/).check();
  await expect(indicators).toContainText('hildegardsfarm[.]com');
  await page.getByLabel(/Defang/).uncheck();

  // Edits: verdict and reasons, the Diamond model, the checklist, an answer.
  await findings.getByRole('radio', { name: 'Refuted' }).check();
  await findings.getByRole('button', { name: 'Edit', exact: true }).click();
  await page
    .getByLabel('Reasons, one per line')
    .fill('The uploads were a backup test.\nSecond reason');
  await findings.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('textbox', { name: 'Adversary', exact: true }).fill(HOSTILE_ADVERSARY);
  await page.getByRole('textbox', { name: 'Victim', exact: true }).fill('Frothly, edited');
  await page.getByRole('textbox', { name: 'Victim', exact: true }).blur();
  await page.getByRole('button', { name: 'Reset to the hunt’s' }).click();
  await expect(page.getByRole('textbox', { name: 'Victim', exact: true })).toHaveValue(
    hunt.findings!.diamond.victim,
  );
  await page.getByRole('textbox', { name: 'Adversary', exact: true }).fill(HOSTILE_ADVERSARY);
  await page.getByRole('textbox', { name: 'Adversary', exact: true }).blur();
  const checklist = findings.locator('.findings-checklist');
  await checklist.locator('[data-item-id="block"]').getByRole('checkbox').check();
  await findings.getByRole('button', { name: /^Remove “Baseline/ }).click();
  await page.getByLabel('New item').fill('Alert on ftp.exe -s:*.dll');
  await findings.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(checklist.locator('li')).toHaveCount(hunt.findings!.operationalise.length);
  await expect(checklist).toContainText('Alert on ftp.exe -s:*.dll');
  const question = page.getByTestId('question').first();
  await question.getByRole('radio', { name: 'Yes: data left Frothly over FTP' }).check();
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question.getByTestId('question-feedback')).toHaveText('Right.');

  // A Diamond corner typed into and never left is saved once typing pauses: a reload (as a
  // closed tab) keeps it.
  const capability = page.getByRole('textbox', { name: 'Capability', exact: true });
  await capability.fill('Empire, typed and left as is');
  await page.waitForTimeout(1500);
  await page.reload();
  await expect(capability).toHaveValue('Empire, typed and left as is');

  // A learned item leads to its step and search.
  await findings
    .getByRole('link', {
      name: 'What does the firewall see? › pan:traffic: who connects to 160.153.91.7',
    })
    .click();
  await expect(page).toHaveURL(/#\/hunts\/ftp-exfiltration\/data-firewall/);
  await expect(panel(page, 'firewall-to-attacker')).toBeInViewport();

  // A reload keeps pins and edits.
  await page.goto(`/#/hunts/${hunt.id}/findings`);
  await page.reload();
  await expect(pins(page)).toHaveCount(3);
  await expect(findings.getByRole('radio', { name: 'Refuted' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Adversary', exact: true })).toHaveValue(
    HOSTILE_ADVERSARY,
  );
  await expect(checklist.locator('[data-item-id="block"]').getByRole('checkbox')).toBeChecked();
  await expect(checklist).toContainText('Alert on ftp.exe -s:*.dll');
  await expect(checklist).not.toContainText('Baseline');

  // The panel with its pins passes the same WCAG checks as the rest of the app.
  await expect(page.locator('.search-panel[data-status="running"]')).toHaveCount(0, {
    timeout: 30_000,
  });
  expect(await axeViolations(page, '#findings')).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await findings.screenshot({ path: test.info().outputPath('findings-panel.png') });

  // Markdown.
  const md = await downloadOf(page, 'Report (Markdown)');
  expect(md.name).toBe('findings-ftp-exfiltration.md');
  expect(md.text).toContain('**Refuted**');
  expect(md.text).toContain('- The uploads were a backup test.');
  expect(md.text).toContain('### pan:traffic: who connects to 160.153.91.7 (Table)');
  expect(md.text).toContain('### pan:traffic FTP by source and destination, per day (Chart)');
  expect(md.text).toContain('### The FTP events of Aug 23 (Event)');
  expect(md.text).toMatch(/!\[Chart: [^\]]+\]\(data:image\/png;base64,/);
  expect(md.text).toContain('- [x] Block the address');
  // The note's Markdown stays, its HTML and table pipes escaped: a viewer shows them as text.
  expect(md.text).toContain(
    `=cmd\\|' /C calc'!A0 \\<script\\>alert("note")\\</script\\> seen -evil.exe and evil-notes.example.com`,
  );

  // HTML: opened from the file with every request refused; the chart decodes, nothing runs.
  const html = await downloadOf(page, 'Report (HTML)');
  expect(html.name).toBe('findings-ftp-exfiltration.html');
  const offline = await browser.newContext();
  const requested: string[] = [];
  await offline.route('**', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    requested.push(route.request().url());
    return route.abort();
  });
  const report = await offline.newPage();
  const reportDialogs: string[] = [];
  report.on('dialog', (d) => {
    reportDialogs.push(d.message());
    void d.dismiss();
  });
  report.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requested.push(r.url());
  });
  await report.goto(pathToFileURL(html.path).href);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(
    'Findings: Data exfiltration over FTP',
  );
  const img = report.locator('section[data-kind="chart"] img');
  await expect(img).toHaveCount(1);
  await expect
    .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
    .toBeGreaterThan(0);
  expect(await cornerOf(img)).toBe('rgb(255, 255, 255)');
  await expect(report.locator('script')).toHaveCount(0);
  await expect(report.getByText(HOSTILE_ADVERSARY)).toBeVisible();
  await expect(report.getByText(HOSTILE_NOTE)).toBeVisible();
  // The note's Markdown is rendered: its list is a list.
  await expect(report.locator('.note ul > li')).toHaveText([
    'the firewall counts',
    'the proxy logs',
  ]);
  await expect(report.locator('.note li strong')).toHaveText('firewall');
  await expect(report.locator('section[data-kind="event"] pre').last()).toHaveText(eventRaw);
  expect(requested).toEqual([]);
  expect(reportDialogs).toEqual([]);
  await offline.close();

  // CSV: no cell a spreadsheet would read as a formula, hostile values included.
  const csv = await downloadOf(page, 'Indicators (CSV)');
  const rows = Papa.parse<string[]>(csv.text, { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(['kind', 'value', 'seen']);
  for (const cell of rows.flat()) expect(cell).not.toMatch(FORMULA_START);
  expect(rows.some((r) => r[1].includes('-evil.exe'))).toBe(true);
  expect(rows.some((r) => r[1] === '160.153.91.7')).toBe(true);

  // STIX 2.1: a bundle of indicators whose patterns parse.
  const stix = await downloadOf(page, 'Indicators (STIX 2.1)');
  const bundle = JSON.parse(stix.text) as {
    type: string;
    objects: { type: string; pattern?: string; spec_version: string }[];
  };
  expect(bundle.type).toBe('bundle');
  const sdos = bundle.objects.filter((o) => o.type === 'indicator');
  expect(sdos.length).toBe(rows.length - 1);
  for (const o of sdos) {
    expect(o.spec_version).toBe('2.1');
    expect(validateStixPattern(o.pattern ?? ''), o.pattern).toBeNull();
  }
  const patterns = sdos.map((o) => o.pattern).join('\n');
  expect(patterns).toContain("'160.153.91.7'");
  expect(patterns).toContain("'hildegardsfarm.com'");

  // Progress: into a fresh profile, after a bad file that changes nothing.
  const progress = await downloadOf(page, 'All progress (JSON)');
  expect(JSON.parse(progress.text).format).toBe('hunting-workbook-progress');
  expect(dialogs).toEqual([]);

  const fresh = await browser.newContext({ baseURL: page.url().replace(/\/#.*$/, '') });
  await fresh.addInitScript(
    ({ key, value }) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    {
      key: SAMPLE_STATE_KEY,
      value: JSON.stringify({
        state: { offered: true, datasetIds: [] },
        version: SAMPLE_STATE_VERSION,
      }),
    },
  );
  const other = await fresh.newPage();
  await other.goto(`/#/hunts/${hunt.id}/findings`);
  await expect(other.locator('#findings')).toBeVisible();
  await expect(other.getByTestId('findings-pin')).toHaveCount(0);
  const input = other.getByTestId('findings-import');
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"hunting-workbook-progress","version":1,"exportedAt":"2026-11-29T00:00:00.000Z","hunts":[{"huntId":3}]}',
    ),
  });
  // The message says which file and which field.
  await expect(other.getByTestId('findings-import-status')).toContainText(
    'Nothing was imported from bad.json: hunts[0].huntId',
  );
  await expect(other.getByRole('radio', { name: 'Confirmed' })).toBeChecked();
  await input.setInputFiles(progress.path);
  await expect(other.getByTestId('findings-import-status')).toHaveText(
    'Imported the progress of 1 hunt.',
  );
  await expect(other.getByTestId('findings-pin')).toHaveCount(3);
  await expect(other.getByRole('radio', { name: 'Refuted' })).toBeChecked();
  await expect(other.getByRole('textbox', { name: 'Adversary', exact: true })).toHaveValue(
    HOSTILE_ADVERSARY,
  );
  await expect(other.locator('.findings-note')).toContainText('<script>alert("note")</script>');
  await other.reload();
  await expect(other.getByTestId('question').first().getByTestId('question-feedback')).toHaveText(
    'Right.',
  );
  await expect(other.getByTestId('findings-pin')).toHaveCount(3);
  await fresh.close();
});

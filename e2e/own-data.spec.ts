import { statSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers/test';
import { count, datasetRow, fileInput, fixture, importFiles, openDataManager } from './helpers/app';

// One's own data beside the workshop: other tools' logs through the real file input, the index
// and time chosen at import, and the Search page over them. SCREENSHOT_DIR, when set, is where
// the Search page is photographed at 1280x720 (for a person to look at; nothing compares them).

/** Files that import by themselves, with the events each holds (their README has the rest). */
const TOOLS = [
  ['zeek-conn-dns.log', 'zeek-tsv', 9],
  ['conn.json', 'json-lines', 4],
  ['events.jsonl', 'json-lines', 10],
  ['elastic-ecs.ndjson', 'json-lines', 4],
  ['winlogbeat.ndjson', 'json-lines', 3],
  ['timesketch.jsonl', 'json-lines', 4],
  ['evtx_dump.jsonl', 'json-lines', 3],
  ['evtxecmd.json', 'json-lines', 2],
] as const;
const TOOL_EVENTS = TOOLS.reduce((n, [, , e]) => n + e, 0);

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

function searchPanel(page: Page): Locator {
  return page.locator('.search-panel').first();
}

async function runQuery(page: Page, query: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Search', exact: true });
  await box.fill(query);
  await box.press('Control+Enter');
  await expect(searchPanel(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
}

const resultCount = (page: Page) => page.getByTestId('search-result-count');

async function importAgainOffersTheChoice(page: Page): Promise<void> {
  await page.getByLabel('Dataset name').fill('kibana-discover');
  await fileInput(page).setInputFiles(fixture('kibana-discover.csv'));
  const file = page.getByTestId('time-choice').locator('[data-file="kibana-discover.csv"]');
  await expect(file.getByLabel('Format (strptime)')).toHaveValue('%b %d, %Y @ %H:%M:%S.%3N');
  await expect(file.getByLabel('Time zone of times without one')).toHaveValue(
    'America/Los_Angeles',
  );
  await page.getByTestId('time-choice').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('time-choice')).toHaveCount(0);
}

test('other tools’ logs: index and time chosen at import, then searched as in Splunk', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  // Records the app's requests for persistent storage, and still makes them.
  await page.addInitScript(() => {
    const storage = navigator.storage as StorageManager & { persistCalls?: number };
    const persist = storage.persist.bind(storage);
    storage.persistCalls = 0;
    storage.persist = () => {
      storage.persistCalls! += 1;
      return persist();
    };
  });
  await openDataManager(page);
  const persistCalls = () =>
    page.evaluate(() => (navigator.storage as { persistCalls?: number }).persistCalls);
  expect(await persistCalls()).toBe(0);

  // The index is checked by Splunk's rules before anything is read.
  const index = page.getByLabel('Index', { exact: true });
  await expect(index).toHaveValue('main');
  await index.fill('Lab');
  await expect(page.getByRole('alert')).toHaveText(
    'An index name may hold only lower-case letters, digits, underscores and hyphens.',
  );
  await expect(page.getByRole('button', { name: 'Choose files' })).toBeDisabled();
  await index.fill('lab');

  const started = Date.now();
  const summary = await importFiles(
    page,
    TOOLS.map(([file]) => fixture(file)),
    'other-tools',
  );
  const bytes = TOOLS.reduce((n, [file]) => n + statSync(fixture(file)).size, 0);
  console.log(`8 tools' files, ${bytes} bytes, imported in ${Date.now() - started} ms`);
  await expect(summary).toContainText(`${count(TOOL_EVENTS)} events imported`);
  const tools = datasetRow(page, 'other-tools');
  await expect(tools.getByTestId('dataset-indexes')).toHaveText('lab');
  await expect(tools).toContainText('zeek:conn (9)');
  await expect(tools).toContainText('zeek:dns (4)');
  for (const [file, format, events] of TOOLS) {
    const row = tools.locator('tbody tr', { hasText: file });
    await expect(row.locator('td').nth(1)).toHaveText(format);
    await expect(row.locator('td').nth(2)).toHaveText('found by itself');
    await expect(row.locator('td').nth(3)).toHaveText(String(events));
  }

  // After one's own import the browser is asked to keep the data; the page says what it answered.
  expect(await persistCalls()).toBe(1);
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(page.getByTestId('storage-persisted')).toHaveText(
    persisted ? /^Your data is protected/ : /^The browser may delete this data/,
  );
  await expect(page.getByTestId('storage-left')).toHaveText(/left for more data\.$/);

  // A Kibana export's times and a proxy log without a known time field: nothing is stored until
  // the user says where the time is, with a preview of what that reads.
  await index.fill('main');
  await fileInput(page).setInputFiles([
    fixture('kibana-discover.csv'),
    fixture('proxy-no-time-field.jsonl'),
  ]);
  const choice = page.getByTestId('time-choice');
  await expect(choice).toBeVisible();
  const kibana = choice.locator('[data-file="kibana-discover.csv"]');
  const proxy = choice.locator('[data-file="proxy-no-time-field.jsonl"]');
  await expect(kibana).toContainText('The importer cannot read the times in @timestamp.');
  await expect(proxy).toContainText('No known time field');
  await expect(kibana.getByLabel('Time field')).toHaveValue('@timestamp');
  await expect(kibana.getByTestId('time-preview-parsed').first()).toHaveText('cannot be read');
  await kibana.getByLabel('Format (strptime)').fill('%b %d, %Y @ %H:%M:%S.%3N');
  await kibana.getByLabel('Time zone of times without one').selectOption('America/Los_Angeles');
  await expect(kibana.getByTestId('time-preview-parsed').first()).toHaveText(
    '2017-08-23 20:36:14.415 UTC-07:00',
  );
  await expect(proxy.getByLabel('Time field')).toHaveValue('EventTime');
  await proxy.getByLabel('Format (strptime)').fill('%d/%m/%Y %H:%M:%S');
  await expect(proxy.getByTestId('time-preview-parsed').first()).toHaveText(
    '2017-08-23 20:45:02.000 UTC-07:00',
  );
  await shot(page, 'data-time-choice');
  expect(await page.getByTestId('dataset-row').count()).toBe(1);
  await choice.getByRole('button', { name: 'Import with these times' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('9 events imported');
  const own = datasetRow(page, 'kibana-discover');
  await expect(own.getByTestId('dataset-indexes')).toHaveText('main');
  await expect(own.getByTestId('dataset-time-range')).toHaveText(
    '2017-08-23 20:36:14 – 2017-08-23 20:47:51 (UTC-07:00)',
  );
  await expect(own.getByTestId('dataset-file-time').first()).toHaveText(
    '@timestamp (%b %d, %Y @ %H:%M:%S.%3N, America/Los_Angeles)',
  );

  // The choice is remembered: the same file imported again under the same name is offered it.
  await importAgainOffersTheChoice(page);

  // The Search page covers every dataset, and says which and their indexes.
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(searchPanel(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('search-scope-summary')).toHaveText(
    'Searching: all 2 datasets · indexes lab, main',
  );
  await expect(resultCount(page)).toHaveText(`${TOOL_EVENTS + 9} results`);
  await shot(page, 'search-default');

  // An index no dataset has is said, not shown as an empty result.
  await runQuery(page, 'index=botsv1 ftp');
  await expect(page.getByTestId('index-notice')).toHaveText(
    'No dataset has index=botsv1. Indexes: lab, main',
  );

  // A transforming search opens in Statistics, a timechart in the time chart.
  await runQuery(page, 'index=* | stats count by sourcetype');
  const views = searchPanel(page).getByRole('group', { name: 'View' });
  await expect(views.getByRole('button', { name: 'Statistics' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const table = page.getByRole('table', { name: 'Results table' });
  await expect(table.locator('tbody tr', { hasText: 'zeek:conn' })).toContainText('9');
  await expect(page.getByRole('button', { name: 'Show context' })).toHaveCount(0);
  await shot(page, 'search-stats');
  await runQuery(page, 'index=lab | timechart span=1m count');
  await expect(views.getByRole('button', { name: 'Time chart' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Backslashes as Splunk reads them: quoted, unquoted and with a wildcard.
  for (const query of [
    'Event.EventData.Image="C:\\\\Windows\\\\System32\\\\cmd.exe"',
    'Event.EventData.Image=C:\\\\Windows\\\\System32\\\\cmd.exe',
    'Event.EventData.Image=*\\\\cmd.exe',
  ]) {
    await runQuery(page, query);
    await expect(resultCount(page)).toHaveText('1 result');
  }

  // An event whose file had no _raw: its text shows the values as stored, and says what it is.
  await runQuery(page, 'user.name="FROTHLY\\\\kevin.lagerfield" destination.port=21');
  await expect(resultCount(page)).toHaveText('1 result');
  const event = page.getByTestId('event').first();
  await expect(event.locator('.event__raw')).toContainText('user.name="FROTHLY\\kevin.lagerfield"');
  await event.getByRole('button', { name: /^Show the fields of the event/ }).click();
  await expect(event.locator('.event__raw-heading')).toHaveText(
    'No raw event in the file: its fields as text, as stored',
  );
  await expect(event.locator('.event__pretty')).toHaveText(/^@timestamp +=/);
  await event.locator('.event__raw-heading').scrollIntoViewIfNeeded();
  await shot(page, 'search-event-expanded');

  // Narrowed to one dataset: in the address, and the index of the other is then said to be there.
  await page.getByText('Choose datasets', { exact: true }).click();
  await page.getByRole('checkbox', { name: /^other-tools/ }).uncheck();
  await expect(page).toHaveURL(/[?&]ds=/);
  await expect(page.getByTestId('search-scope-summary')).toHaveText(
    'Searching: “kibana-discover” · index main',
  );
  await runQuery(page, 'index=lab');
  await expect(page.getByTestId('index-notice')).toHaveText(
    'No dataset this search covers has index=lab; “other-tools” has it. Choose it to search it.',
  );
});

test('a hunt step searches one copy of the hunt’s data and names the other', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDataManager(page);
  await importFiles(page, [fixture('botsv2-sample.csv')], 'bots-csv');
  await importFiles(page, [fixture('botsv2-sample.json')], 'bots-json');
  await page.goto('/#/hunts/ftp-exfiltration/data-sourcetypes');
  const panel = page.locator('.search-panel[data-search-id="ftp-by-sourcetype"]');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(panel.getByTestId('search-scope-summary')).toHaveText(
    'Searching: the dataset holding this hunt’s data: “bots-json” · index botsv2',
  );
  await expect(panel.getByTestId('search-scope-left-out')).toContainText('“bots-csv”');
  const ftpRow = panel.getByRole('table', { name: 'Results table' }).locator('tbody tr', {
    hasText: 'stream:ftp',
  });
  await expect(ftpRow).toContainText('6');
  await panel.scrollIntoViewIfNeeded();
  await shot(page, 'hunt-step-scope');
  await panel.getByText('Choose datasets', { exact: true }).click();
  await panel.getByRole('checkbox', { name: /^bots-csv/ }).check();
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(ftpRow).toContainText('12');
  await expect(panel.getByTestId('search-scope-left-out')).toHaveCount(0);
});

import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { fixture, importFiles, openDataManager } from './helpers/app';
import { test } from './helpers/test';

// Inputs written by an attacker (log events, a link, a progress file), each of which blanked,
// froze or crashed the page before. Each is imported through the real file input or opened as a
// link; the page must stay up and responsive and say what happened.

/** The longest main-thread task a hostile input may cause. */
const LONG_TASK_MS = 200;

const NESTED_XML = '<a>'.repeat(10_715) + '</a>'.repeat(10_715); // 75 KB, 10,715 deep
const LONG_WORD = 'user=alice src=10.0.0.1 action=login ' + 'x'.repeat(100_000);
const WIDE_KEY =
  'k'.repeat(20_000) + '=1 ' + Array.from({ length: 6_000 }, (_, i) => `f${i}=v`).join(' ');
const RUNAWAY_REX = `index=* | head 1 | eval x="${'a'.repeat(48)}!" | rex field=x "(?<y>(a+)+$)"`;

/** Events as JSON lines, newest first in the list: the order below. */
function hostileEvents(path: string): string {
  const events = [
    { host: 'xml-host', raw: NESTED_XML },
    { host: 'word-host', raw: LONG_WORD },
    { host: 'key-host', raw: WIDE_KEY },
    { host: 'trap-host', raw: 'BOOMTRAP an ordinary event that a renderer fails on' },
    { host: 'plain-host', raw: `${'a'.repeat(60_000)}b plain text` },
  ];
  const lines = events.map((e, i) =>
    JSON.stringify({
      _time: `2017-08-23T20:0${5 - i}:00.000-07:00`,
      host: e.host,
      index: 'hostile',
      sourcetype: 'hostile',
      _raw: e.raw,
    }),
  );
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** Records the longest main-thread task from now on (PerformanceObserver, `longtask`). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; observer?: PerformanceObserver };
    w.longest = 0;
    w.observer?.disconnect();
    w.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    });
    w.observer.observe({ type: 'longtask' });
  });
}

async function longestTask(page: Page): Promise<number> {
  // Tasks are reported once they end: let the next frame come first.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))),
  );
  return page.evaluate(() => (window as unknown as { longest: number }).longest);
}

/**
 * The longest task `action` causes, the least of a few tries: the tests share a small machine
 * with other builds, whose bursts lengthen one try; work that is really too slow is slow in all.
 */
async function longestTaskOf(
  page: Page,
  action: () => Promise<void>,
  undo: () => Promise<void>,
): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < 3 && least >= LONG_TASK_MS; i++) {
    if (i > 0) await undo();
    await watchLongTasks(page);
    await action();
    least = Math.min(least, await longestTask(page));
  }
  return least;
}

async function importHostileEvents(page: Page): Promise<void> {
  await openDataManager(page);
  await importFiles(page, [hostileEvents(test.info().outputPath('hostile-events.jsonl'))]);
}

function eventByHost(page: Page, host: string) {
  return page.getByTestId('event').filter({ has: page.locator('.event__host', { hasText: host }) });
}

test('hostile events are laid out in bounded time, and one that fails stays one failed event', async ({
  page,
}) => {
  await importHostileEvents(page);
  await page.goto('/#/search?q=index%3D*');
  await expect(page.getByTestId('events-count')).toHaveText('5 events', { timeout: 30_000 });

  // Each event opened (and closed and opened again when a try was slow), its layout checked.
  const expand = async (host: string, format: string, text: string) => {
    const event = eventByHost(page, host);
    const toggle = event.getByRole('button', { name: /^Show the fields/ });
    const pretty = event.locator(`.event__pretty[data-format="${format}"]`).first();
    const ms = await longestTaskOf(
      page,
      async () => {
        await toggle.click();
        await expect(pretty).toContainText(text);
      },
      async () => {
        await toggle.click();
        await expect(pretty).toHaveCount(0);
      },
    );
    expect(ms, `longest task opening the ${host} event`).toBeLessThan(LONG_TASK_MS);
    return event;
  };
  // 75 KB of nested tags: the whole app went blank (a string past V8's maximum length).
  const xml = await expand('xml-host', 'xml', '<a>');
  await expect(xml.getByTestId('pretty-cut')).toHaveText(
    'This event is too long to lay out whole: the rest of it is shown below as it was written.',
  );
  await xml.screenshot({ path: test.info().outputPath('nested-xml.png') });
  // 100 KB with a long word: the key=value layout took 21 s.
  await expand('word-host', 'kv', 'action = login');
  // One very long key: every line was padded to its width.
  await expand('key-host', 'kv', 'f0    = v');
  await expect(page.locator('[data-failed]')).toHaveCount(0);

  // An event whose rendering throws (as a string past V8's limit did) stays one failed item: a
  // platform function made to fail on its text alone stands in for any such failure.
  await page.evaluate(() => {
    const lower = String.prototype.toLowerCase;
    String.prototype.toLowerCase = function (this: string) {
      if (this.includes('BOOMTRAP')) throw new RangeError('Invalid string length');
      return lower.call(this);
    };
  });
  await page
    .getByRole('textbox', { name: 'Search', exact: true })
    .fill('index=* (ordinary OR plain)');
  await page.getByRole('button', { name: 'Run' }).click();
  const failed = page.locator('li[data-failed="event"]');
  await expect(failed).toHaveCount(1, { timeout: 30_000 });
  await expect(failed).toContainText('This event could not be shown.');
  await expect(failed).toContainText('What failed: Invalid string length');
  await expect(page.getByTestId('event')).toHaveCount(1);
  await expect(eventByHost(page, 'plain-host')).toBeVisible();
  await page
    .locator('.events-view')
    .screenshot({ path: test.info().outputPath('failed-event.png') });
  // The rest of the app goes on working.
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Datasets', exact: true })).toBeVisible();
});

test('a link with a malformed % escape shows the start page and says so; a good link recovers', async ({
  page,
}) => {
  // The app stayed blank, and editing the address did not bring it back.
  await page.goto('/#/hunts/%E0%A4%A');
  await expect(page.getByTestId('link-error')).toContainText(
    'This link could not be read: “#/hunts/%E0%A4%A” has a malformed “%” escape. The start page is shown instead.',
  );
  // The start page: with the two bundled hunts, the library.
  await expect(page.getByRole('heading', { level: 1, name: 'Hunts' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('bad-link.png') });
  await page.evaluate(() => (location.hash = '#/search'));
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByTestId('link-error')).toHaveCount(0);
  await page.evaluate(() => (location.hash = '#/present/%zz/x'));
  await expect(page.getByTestId('link-error')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Hunts' })).toBeVisible();
});

test('a runaway search stops at the time limit with Run anyway; linear wildcards; makeresults capped', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await importHostileEvents(page);
  // The setting sits folded behind the header's settings button, so the header keeps one line.
  await page.setViewportSize({ width: 1280, height: 800 });
  const header = page.locator('.app-header');
  const oneLine = (await header.evaluate((h) => h.getBoundingClientRect().height)) < 70;
  expect(oneLine, 'the header keeps to one line at 1280 px').toBe(true);
  await page.getByTestId('header-settings').click();
  await page.getByTestId('search-time-limit').fill('2');
  await page.screenshot({ path: test.info().outputPath('header-settings.png') });
  await page.getByTestId('header-settings').click();
  await page.goto(`/#/search?s=free&q=${encodeURIComponent(RUNAWAY_REX)}`);
  const panel = page.locator('.search-panel');
  await expect(panel).toHaveAttribute('data-status', 'running');
  // One `exec` that never ends: the worker is ended once the limit and the grace second pass.
  await expect(page.getByTestId('search-timed-out')).toContainText(
    'The search stopped after 2 s, the time limit for a search',
    { timeout: 10_000 },
  );
  await page.screenshot({ path: test.info().outputPath('timed-out.png') });
  await watchLongTasks(page);
  await page.getByRole('button', { name: 'Run anyway' }).click();
  await expect(panel).toHaveAttribute('data-status', 'running');
  await page.waitForTimeout(2_500);
  await expect(panel).toHaveAttribute('data-status', 'running');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('search-cancelled')).toBeVisible({ timeout: 5_000 });
  expect(await longestTask(page)).toBeLessThan(LONG_TASK_MS);

  // Six stars over a 60 KB event backtracked for ever as a regular expression.
  const box = page.getByRole('textbox', { name: 'Search', exact: true });
  await box.fill('_raw="*a*a*a*a*a*a*b*" | stats count');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 10_000 });
  // The view follows the search: a stats search shows its table.
  await expect(page.getByRole('table', { name: 'Results table' }).locator('tbody td')).toHaveText(
    '1',
  );

  // A hundred million results had filled 4.7 GB and taken the tab down.
  await box.fill('| makeresults count=100000000');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByTestId('spl-error-message')).toHaveText(
    'makeresults makes at most 50,000 results, not 100000000',
  );
});

/** A progress file as another machine might give it: a pinned event and a note, both hostile. */
function hostileProgress(path: string): string {
  const pin = {
    id: 'hostile-pin',
    stepId: 'data-firewall',
    searchId: 'firewall-to-attacker',
    kind: 'event',
    title: '<script>alert(1)</script> [click](http://evil.example/phish)',
    spl: 'index=botsv2',
    pinnedAt: 1,
    snapshot: {
      time: '2017-08-23 20:36:14.000',
      // Trimming this URL re-counted its brackets for every `)`: 7 s when the findings opened.
      raw: `see http://evil-cdn.com/a${')'.repeat(30_000)} <img src=http://evil.example/x.png>`,
      fields: [['url', '![t](http://evil.example/track.png)']],
      image: 'http://evil.example/chart.png',
    },
  };
  const progress = {
    huntId: 'ftp-exfiltration',
    answers: {},
    revealed: [],
    hints: {},
    notes: { 'data-firewall': '![t](http://evil.example/note.png) <iframe src=//evil.example>' },
    visited: [],
    updatedAt: 1,
    pins: [pin],
  };
  const doc = {
    format: 'hunting-workbook-progress',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    hunts: [progress],
  };
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

test('a hostile progress file: indicators gathered without holding up the page, Markdown export safe', async ({
  page,
}) => {
  await page.goto('/#/hunts/ftp-exfiltration/findings');
  const indicators = page.getByTestId('findings-indicators');
  await expect(indicators).toBeVisible({ timeout: 30_000 });
  await watchLongTasks(page);
  await page
    .getByTestId('findings-import')
    .setInputFiles(hostileProgress(test.info().outputPath('hostile-progress.json')));
  await expect(page.getByTestId('findings-import-status')).toContainText('Imported');
  await expect(indicators).toContainText('http://evil-cdn.com/a', { timeout: 30_000 });
  expect(await longestTask(page)).toBeLessThan(LONG_TASK_MS);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Report (Markdown)' }).click(),
  ]);
  const md = readFileSync((await download.path()) ?? '', 'utf8');
  // HTML, links and images from the file read as text; the remote chart is left out.
  expect(md).toContain(
    '### \\<script\\>alert(1)\\</script\\> \\[click\\](http://evil.example/phish)',
  );
  expect(md).toContain('\\<iframe src=//evil.example\\>');
  expect(md).toContain('t \\[`http://evil.example/note.png`\\]');
  // Outside code fences (the pinned raw event is in one, where a viewer shows it as text).
  const prose = md.replace(/^(`{3,}).*$[^]*?^\1$/gm, '');
  expect(prose).toContain('## Pinned results and events');
  expect(prose).not.toMatch(/(^|[^\\])<(script|img|iframe)/m);
  expect(md).not.toContain('evil.example/chart.png');
});

test('the service worker answers the app’s own page only, not other pages of the origin', async ({
  page,
}) => {
  await page.goto('/#/data');
  await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
  const app = await page.goto('/?from=home#/data');
  expect(app?.fromServiceWorker()).toBe(true);
  // Before, every navigation on the origin got the app's page from the cache.
  const other = await page.goto('/elsewhere/');
  expect(other?.fromServiceWorker()).toBe(false);
});

test.describe('the content policy', () => {
  // The service worker would serve the worker scripts from its cache, past the route below.
  test.use({ serviceWorkers: 'block' });

  test('the app, its workers and their WebAssembly run under the content policy, and a refusal is caught', async ({
    page,
    policyViolations,
  }) => {
    // Workers take their policy from their own script's response: `vite preview` sends the page's.
    const workerPolicies = new Map<string, string | undefined>();
    page.on('response', (r) => {
      if (/\.worker-[\w-]+\.js$/.test(r.url())) {
        workerPolicies.set(r.url(), r.headers()['content-security-policy']);
      }
    });
    await importHostileEvents(page);
    await page.goto('/#/search?q=index%3D*');
    await expect(page.getByTestId('events-count')).toHaveText('5 events', { timeout: 30_000 });
    expect(
      [...workerPolicies.keys()].map((u) => u.replace(/.*\/|-[\w-]+\.js$/g, '')).sort(),
    ).toEqual(expect.arrayContaining(['block.worker', 'import.worker', 'search.worker']));
    for (const policy of workerPolicies.values()) {
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    }
    // The import above ran its WebAssembly under that policy (a refusal would be in the list).
    expect(policyViolations).toEqual([]);
    const search = page.workers().find((w) => w.url().includes('search.worker'));
    const compile = () => {
      try {
        new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
        return 'compiled';
      } catch (err) {
        return String(err);
      }
    };
    expect(await search?.evaluate(compile)).toBe('compiled');

    // The page runs no inline script.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran"';
      document.body.append(script);
    });
    // Reported once per copy of the policy: the page has it from its <meta> and from the header.
    await expect.poll(() => policyViolations.length).toBeGreaterThan(0);
    for (const v of policyViolations) expect(v).toMatch(/^script-src-elem refused inline/);
    expect(await page.evaluate(() => document.body.dataset.inline)).toBeUndefined();
    policyViolations.length = 0;
  });

  test('control: workers served without the WebAssembly allowance fall back to JS, and that is caught', async ({
    page,
    policyViolations,
  }) => {
    // Routed before any page exists: turning interception on while workers run now and then
    // never returned (a CI run timed out on it).
    await page.context().route(/\.worker-[\w-]+\.js$/, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), 'content-security-policy': "script-src 'self'" };
      await route.fulfill({ response, headers });
    });
    await openDataManager(page);
    // A Splunk CSV: the import worker finds its rows in WebAssembly (nested block workers' own
    // scripts are not routed here).
    await importFiles(page, [fixture('botsv2-sample.csv')]);
    await expect
      .poll(() => policyViolations.filter((v) => v.includes('WebAssembly refused')).length)
      .toBeGreaterThan(0);
    policyViolations.length = 0;
  });
});

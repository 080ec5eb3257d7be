import { expect, type Page } from '@playwright/test';
import { test } from './helpers/origin-guard';
import { count, datasetRow } from './helpers/app';
import { SAMPLE_NAME, sampleFacts } from './helpers/sample-facts';

// Plain Playwright `test`: a fresh profile, where the workshop sample loads by itself.

const QUERY = 'index=botsv2 sourcetype=stream:ftp | timechart span=10m count by src';
const SPAN_MS = 10 * 60_000;
// The evening of Aug 23, 2017 in Los Angeles (16:00 to 24:00 PDT).
const FROM = Date.parse('2017-08-23T16:00:00-07:00');
const TO = Date.parse('2017-08-24T00:00:00-07:00');

async function waitForSample(page: Page): Promise<void> {
  await page.goto('/#/data');
  await expect(datasetRow(page, SAMPLE_NAME).getByTestId('dataset-event-count')).toHaveText(
    `${count(sampleFacts().events)} events`,
    { timeout: 60_000 },
  );
}

/** The time range in the URL, epoch ms. */
async function urlRange(page: Page): Promise<{ from: number; to: number }> {
  const hash = new URL(page.url()).hash;
  const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  return { from: Date.parse(params.get('from') ?? ''), to: Date.parse(params.get('to') ?? '') };
}

const bucketSummary = (page: Page) => page.locator('.chart-data summary');

type CanvasWindow = typeof window & { drawnText: Set<string> };

/**
 * Keeps every text the page's canvases draw: the chart's axis name is canvas text, with no DOM
 * node to read. Must run before the page loads.
 */
async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn = new Set<string>();
    (window as CanvasWindow).drawnText = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      drawn.add(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
}

const drawnText = (page: Page) => page.evaluate(() => [...(window as CanvasWindow).drawnText]);

/** Opens the table under the chart (it may already be open). */
async function openData(page: Page): Promise<void> {
  if ((await page.locator('.chart-data').getAttribute('open')) === null) {
    await bucketSummary(page).click();
  }
}

test('time chart: drag to zoom snaps to buckets and reruns; Zoom out and Back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await recordCanvasText(page);
  await waitForSample(page);
  const params = new URLSearchParams({
    s: 'free',
    q: QUERY,
    view: 'timechart',
    from: new Date(FROM).toISOString(),
    to: new Date(TO).toISOString(),
  });
  await page.goto(`/#/search?${params.toString()}`);

  // The evening in 10-minute buckets, one series per FTP client, times in Los Angeles time.
  await expect(bucketSummary(page)).toHaveText('Show the data (48 buckets)', { timeout: 30_000 });
  const legend = page.getByRole('group', { name: 'Series shown' });
  await expect(legend.getByRole('checkbox')).toHaveCount(2);
  await expect(legend.getByRole('checkbox', { name: '10.0.2.107' })).toBeChecked();
  await openData(page);
  // Hiding a series from the legend takes it out of the chart's table too.
  const heads = page.locator('.chart-data thead th');
  await expect(heads.filter({ hasText: '10.0.2.107' })).toHaveCount(1);
  await legend.getByRole('checkbox', { name: '10.0.2.107' }).uncheck();
  await expect(heads.filter({ hasText: '10.0.2.107' })).toHaveCount(0);
  await legend.getByRole('checkbox', { name: '10.0.2.107' }).check();
  // The chart's axis, its table and the time picker name the zone's offset alike.
  await expect(page.locator('.chart-data tbody th').first()).toHaveText(
    'Aug 23 2017 16:00:00 UTC-07:00',
  );
  await expect.poll(() => drawnText(page)).toContain('Time (UTC-07:00)');
  expect((await drawnText(page)).filter((text) => text.includes('GMT'))).toEqual([]);
  await expect(page.getByTestId('time-range-label')).toHaveText(
    '2017-08-23 16:00:00 – 2017-08-24 00:00:00 (UTC-07:00)',
  );

  // A real mouse drag across the middle of the plot, with a band following the mouse.
  const plot = page.getByTestId('chart-plot');
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.45, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.65, y, { steps: 5 });
  await expect(page.getByTestId('chart-selection')).toBeVisible();
  await page.mouse.up();
  await expect(page.getByTestId('chart-selection')).toHaveCount(0);

  await expect.poll(async () => (await urlRange(page)).from).not.toBe(FROM);
  const zoomed = await urlRange(page);
  // Snapped outward to whole buckets, inside the old range and narrower than it.
  expect((zoomed.from - FROM) % SPAN_MS).toBe(0);
  expect((zoomed.to - FROM) % SPAN_MS).toBe(0);
  expect(zoomed.from).toBeGreaterThan(FROM);
  expect(zoomed.to).toBeLessThan(TO);
  const buckets = (zoomed.to - zoomed.from) / SPAN_MS;
  expect(buckets).toBeGreaterThanOrEqual(4);
  expect(buckets).toBeLessThan(48);
  // The search ran again over the new range: the chart now has exactly those buckets.
  await expect(bucketSummary(page)).toHaveText(`Show the data (${buckets} buckets)`, {
    timeout: 30_000,
  });

  // Zoom out doubles the range around its middle.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect
    .poll(async () => (await urlRange(page)).from)
    .toBe(zoomed.from - (zoomed.to - zoomed.from) / 2);
  expect((await urlRange(page)).to).toBe(zoomed.to + (zoomed.to - zoomed.from) / 2);
  // The wider range need not fall on bucket edges: timechart covers it with whole buckets.
  const out = await urlRange(page);
  const outBuckets = Math.ceil(out.to / SPAN_MS) - Math.floor(out.from / SPAN_MS);
  expect(outBuckets).toBeGreaterThanOrEqual(buckets * 2);
  await expect(bucketSummary(page)).toHaveText(`Show the data (${outBuckets} buckets)`, {
    timeout: 30_000,
  });

  // Back returns to the dragged range, Back again to the evening.
  await page.goBack();
  await expect.poll(async () => (await urlRange(page)).from).toBe(zoomed.from);
  await expect(bucketSummary(page)).toHaveText(`Show the data (${buckets} buckets)`, {
    timeout: 30_000,
  });
  await page.goBack();
  await expect.poll(async () => (await urlRange(page)).from).toBe(FROM);
  await expect(bucketSummary(page)).toHaveText('Show the data (48 buckets)', { timeout: 30_000 });

  // The keyboard way: a bucket's zoom button narrows to that one bucket.
  await openData(page);
  await page.getByRole('button', { name: 'Zoom to Aug 23 20:30' }).press('Enter');
  await expect
    .poll(async () => (await urlRange(page)).from)
    .toBe(Date.parse('2017-08-23T20:30:00-07:00'));
  expect((await urlRange(page)).to).toBe(Date.parse('2017-08-23T20:40:00-07:00'));
});

test('time chart: a result without _time suggests the table view', async ({ page }) => {
  test.setTimeout(90_000);
  await waitForSample(page);
  const params = new URLSearchParams({
    s: 'free',
    q: 'index=botsv2 sourcetype=stream:ftp | stats count by src',
    view: 'timechart',
  });
  await page.goto(`/#/search?${params.toString()}`);
  await expect(page.getByText(/has no _time column.*Try the table view/)).toBeVisible({
    timeout: 30_000,
  });
});

test('time chart: series past the palette are striped in the legend', async ({ page }) => {
  test.setTimeout(90_000);
  await waitForSample(page);
  // Twelve series: more than the palette's eight colours.
  const params = new URLSearchParams({
    s: 'free',
    q: 'index=botsv2 | eval k="k".(floor(_time/3600) % 12) | timechart span=1d limit=0 count by k',
    view: 'timechart',
  });
  await page.goto(`/#/search?${params.toString()}`);
  const legend = page.getByRole('group', { name: 'Series shown' });
  await expect(legend.getByRole('checkbox')).toHaveCount(12, { timeout: 30_000 });
  const swatches = legend.locator('.chart-swatch');
  const patterns = await swatches.evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-pattern'), getComputedStyle(el).backgroundImage]),
  );
  expect(patterns.slice(0, 8).every(([p, image]) => p === 'solid' && image === 'none')).toBe(true);
  for (const [p, image] of patterns.slice(8)) {
    expect(p).toBe('stripes');
    expect(image).toContain('repeating-linear-gradient');
  }
  // The ninth swatch has the first one's colour, and its stripes tell it apart.
  const colours = await swatches.evaluateAll((els) =>
    els.map(
      (el) =>
        getComputedStyle(el).backgroundImage.match(/rgb\([^)]*\)/)?.[0] ??
        getComputedStyle(el).backgroundColor,
    ),
  );
  expect(colours[8]).toBe(colours[0]);
});

// Step benchmark: how long each step of each hunt takes to show all its search results on the
// workshop sample, in headless Chromium with a fresh on-disk profile (the sample loads by itself,
// as on a first start). Issue 5's bar: each step's results within 500 ms of opening it.
//
//   npm run bench:steps                  build, serve, open every step once
//   npm run bench:steps -- --skip-build  reuse bench-results/dist-steps
//   npm run bench:steps -- --overview-ms 0   open the first step the moment the sample is in
//
// A step counts as shown when every search panel on it has finished (done or error); the time
// is measured in the page from the hash change that opens the step. The last line is JSON.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { RESULTS, run, startPreview } from './bench/serve.mjs';
import { bundledHunts } from './hunts/bundled';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';
import { messageOf } from '../src/engine';

const HUNTS = bundledHunts();

const BAR_MS = 500;
const OVERVIEW_MS = 1500;
// The app alone (no bench page), apart from the other benches' build.
const DIST = join(RESULTS, 'dist-steps');
const log = (s: string) => console.error(`[bench:steps] ${s}`);

const { values: opts } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'overview-ms': { type: 'string' },
  },
});

interface StepTiming {
  hunt: string;
  step: string;
  searches: number;
  ms: number;
  errors: number;
  /** When each search of the step was done, ms from opening the step (they run one after another). */
  finished: Record<string, number>;
  /** Each search's own time in the search worker (the rest is waiting and rendering). */
  workerMs: Record<string, number>;
}

async function main(): Promise<void> {
  const browser = findBrowser();
  if (!browser) throw new Error(NO_BROWSER_MESSAGE);
  if (!opts['skip-build']) {
    log('building');
    await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir']);
  }
  const cleanups: Array<() => Promise<void> | void> = [];
  const profile = await mkdtemp(join(tmpdir(), 'bench-steps-'));
  try {
    const origin = (await startPreview(cleanups, { dist: DIST })).replace(/\/$/, '');
    const context = await chromium.launchPersistentContext(profile, {
      headless: true,
      executablePath: browser.executablePath,
      args: browser.args,
      viewport: { width: 1280, height: 720 },
      // As in the import bench: the steps' times, not the offline cache filling beside them.
      serviceWorkers: 'block',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    // tsx keeps function names with a helper that the page does not have.
    await page.addInitScript('globalThis.__name = (f) => f');
    log('loading the workshop sample (first start)');
    const t0 = Date.now();
    await page.goto(`${origin}/#/data`);
    await page
      .getByTestId('dataset-event-count')
      .first()
      .waitFor({ state: 'visible', timeout: 120_000 });
    const sampleMs = Date.now() - t0;
    log(`sample loaded in ${sampleMs} ms`);
    const overviewMs = Number(opts['overview-ms'] ?? OVERVIEW_MS);
    // A learner opens the hunt's overview and reads it before the first step; meanwhile the
    // search worker reads the sample into its cache (warm.ts). OVERVIEW_MS is that pause.
    await page.evaluate((hash) => (location.hash = hash), `#/hunts/${HUNTS[0].id}`);
    await page.waitForTimeout(
      opts['overview-ms'] === undefined ? OVERVIEW_MS : Number(opts['overview-ms']),
    );

    const timings: StepTiming[] = [];
    for (const hunt of HUNTS) {
      for (const step of hunt.steps) {
        const expected = step.searches.length;
        const hash = `#/hunts/${hunt.id}/${step.id}`;
        const { ms, errors, finished, workerMs } = await page.evaluate(
          ({ hash, expected }) =>
            new Promise<{
              ms: number;
              errors: number;
              finished: Record<string, number>;
              workerMs: Record<string, number>;
            }>((done, fail) => {
              const start = performance.now();
              const finished: Record<string, number> = {};
              const workerMs: Record<string, number> = {};
              location.hash = hash;
              const check = () => {
                const panels = [...document.querySelectorAll('.search-panel[data-status]')];
                for (const p of panels) {
                  const id = p.getAttribute('data-search-id') ?? '?';
                  if (finished[id] === undefined && p.getAttribute('data-status') === 'done') {
                    const worker = p
                      .querySelector('[data-worker-ms]')
                      ?.getAttribute('data-worker-ms');
                    finished[id] = Math.round(performance.now() - start);
                    workerMs[id] = Number(worker ?? NaN);
                  }
                }
                const settled = panels.filter((p) =>
                  ['done', 'error'].includes(p.getAttribute('data-status') ?? ''),
                );
                const ready = document
                  .querySelector('[data-step-id]')
                  ?.getAttribute('data-step-id');
                if (
                  ready === hash.split('/').pop() &&
                  settled.length === expected &&
                  panels.length === expected
                ) {
                  const errors = panels.filter((p) => p.getAttribute('data-status') === 'error');
                  done({
                    ms: performance.now() - start,
                    errors: errors.length,
                    finished,
                    workerMs,
                  });
                } else if (performance.now() - start > 60_000) {
                  fail(new Error(`${hash}: ${settled.length} of ${expected} searches finished`));
                } else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            }),
          { hash, expected },
        );
        timings.push({
          hunt: hunt.id,
          step: step.id,
          searches: expected,
          ms,
          errors,
          finished,
          workerMs,
        });
        log(
          `${step.id}: ${expected} searches, ${ms.toFixed(0)} ms${errors ? `, ${errors} errors` : ''} done at ${JSON.stringify(finished)} worker ${JSON.stringify(workerMs)}`,
        );
      }
    }
    await context.close();
    const withSearches = timings.filter((t) => t.searches > 0);
    const sorted = withSearches.map((t) => t.ms).sort((a, b) => a - b);
    const max = sorted.at(-1) ?? 0;
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const slow = withSearches.filter((t) => t.ms > BAR_MS).map((t) => t.step);
    console.log(
      JSON.stringify({
        steps: timings.length,
        stepMedianMs: Math.round(median),
        stepMaxMs: Math.round(max),
        barMs: BAR_MS,
        sampleMs,
        overviewMs,
        slowSteps: slow,
        errors: timings.reduce((n, t) => n + t.errors, 0),
        timings: timings.map((t) => ({ ...t, ms: Math.round(t.ms) })),
      }),
    );
  } finally {
    for (const stop of cleanups) await stop();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:steps: ${messageOf(err)}`);
  process.exit(1);
});

// The completion bench alone (the same measurement `npm run bench` ends with), for work on
// completion without timing a whole import each run:
//
//   npm run bench:completion                       imports 1,000,000 events into a new browser
//                                                  profile, keeps it, and times completion
//   npm run bench:completion -- --profile DIR      reuses that profile (no import)
//   npm run bench:completion -- --only destPort,flowId --skip-build
//
// Options: --events N (1000000), --seed S, --dataset NAME (default: the newest dataset), --only
// KEYS (see COMPLETIONS in completion-bench.mjs). The last line of output is one JSON object.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findBrowser, NO_BROWSER_MESSAGE } from '../find-browser.mjs';
import { completionTableRows, runCompletionBench } from './completion-bench.mjs';
import { DEFAULT_SEED } from './generate-csv.mjs';
import { printColumns } from './import-table.mjs';
import { nameDataset, settle, waitForOutcome } from './import-ui.mjs';
import {
  buildBench,
  DIST,
  ensureCsv,
  eventsLabel,
  keepPort,
  keptPort,
  rel,
  RESULTS,
  sleep,
  startPreview,
} from './serve.mjs';

const { values: opts } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    profile: { type: 'string' },
    dataset: { type: 'string' },
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const log = (/** @type {string} */ s) => console.error(`[bench:completion] ${s}`);
/** @type {Array<() => Promise<void> | void>} */
const cleanups = [];

async function main() {
  const browser = findBrowser();
  if (!browser) throw new Error(NO_BROWSER_MESSAGE);
  await mkdir(RESULTS, { recursive: true });
  const events = Number(opts.events);
  const reuse = opts.profile !== undefined && existsSync(opts.profile);
  if (!opts['skip-build']) {
    log('building the app (vite build) ...');
    await buildBench();
  } else if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`--skip-build given but ${rel(DIST)} has no build`);
  }
  const profileDir = reuse
    ? /** @type {string} */ (opts.profile)
    : await mkdtemp(join(RESULTS, 'profile-completion-'));
  const url = await startPreview(cleanups, {
    port: reuse ? keptPort(profileDir) : undefined,
  });
  if (!reuse) keepPort(profileDir, url);
  const context = await chromium.launchPersistentContext(profileDir, {
    headless: true,
    executablePath: browser.executablePath,
    args: browser.args,
    serviceWorkers: 'block',
  });
  cleanups.unshift(() => Promise.race([context.close(), sleep(15_000)]).then(() => undefined));
  const page = context.pages()[0] ?? (await context.newPage());
  let datasetName = opts.dataset ?? null;
  if (!reuse) {
    const csv = await ensureCsv({ events, seed: Number(opts.seed), log });
    await page.goto(`${url}#/data`);
    const fileInput = page.locator('input[data-testid="import-files"]');
    await fileInput.waitFor({ state: 'attached', timeout: 60_000 });
    await settle(page, log);
    datasetName = `bench-${eventsLabel(events)}-${Date.now()}`;
    if (!(await nameDataset(page, datasetName))) datasetName = null;
    log(`importing ${rel(csv.path)} ...`);
    const t0 = performance.now();
    await fileInput.setInputFiles(csv.path);
    const outcome = await waitForOutcome(page, datasetName);
    if (outcome.kind !== 'summary') throw new Error(`import failed: ${outcome.text}`);
    log(
      `imported in ${((performance.now() - t0) / 1000).toFixed(1)} s; profile kept in ${rel(profileDir)}`,
    );
  }
  const loadBefore = loadavg()[0];
  const only = opts.only?.split(',');
  const completion = await runCompletionBench({ page, url, datasetName, log, only });
  const result = {
    profile: rel(profileDir),
    loadAverage: [loadBefore, loadavg()[0]].map((n) => Math.round(n * 100) / 100),
    completion,
  };
  console.log(`\nCompletion benchmark (load average ${result.loadAverage.join(' -> ')})`);
  printColumns(completionTableRows(completion));
  console.log(JSON.stringify(result));
}

async function cleanUp() {
  for (const fn of cleanups) {
    try {
      await fn();
    } catch (err) {
      log(`clean-up: ${err instanceof Error ? err.message : err}`);
    }
  }
}

main()
  .then(cleanUp)
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(`bench:completion: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
    await cleanUp();
    process.exit(1);
  });

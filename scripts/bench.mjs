// Import benchmark: generates a Splunk CSV export and imports it through the app's real import
// path in headless Chromium with an on-disk profile, then reports throughput, main-thread long
// tasks, peak JS heap and the size in IndexedDB. The last line of output is one JSON object.
//
//   npm run bench                          1,000,000 events
//   npm run bench -- --events 100000       a quicker run
//   npm run bench -- --cpu-profile         also profile the import worker and print its hot spots
//   npm run bench -- --search-profile      also profile the search worker over each search's runs
//   npm run bench -- --keep-profile        keep the browser profile under bench-results/
//   BENCH_TRACE=trace.json npm run bench   also record a Chrome trace of the import (every thread)
//     (BENCH_TRACE_CATEGORIES=disabled-by-default-v8.cpu_profiler,toplevel: per-function CPU of
//     every worker, the block workers included, which --cpu-profile cannot reach)
//   BENCH_CHROME_ARGS='--js-flags=--trace-deopt' DEBUG=pw:browser npm run bench
//                                          extra browser flags, for experiments
//
// Missing a bar is a result, not an error: the exit code is non-zero only when the run itself
// fails (build, server, browser, import error, wrong event count).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';
import { attachWorkers, startTrace } from './bench/cdp.mjs';
import { runCompletionBench } from './bench/completion-bench.mjs';
import { BARS, printProfile, printTable } from './bench/import-table.mjs';
import { DEFAULT_SEED } from './bench/generate-csv.mjs';
import { nameDataset, readEventCount, settle, waitForOutcome } from './bench/import-ui.mjs';
import { startMemorySampler, watchSearchMemory } from './bench/memory-sampler.mjs';
import { collectProfiles, duBytes, initScript, storageUsage } from './bench/page-probe.mjs';
import { cpuTicks, workerThreadTicks } from './bench/proc.mjs';
import { runSearchBench } from './bench/search-bench.mjs';
import {
  buildBench,
  DIST,
  ensureCsv,
  eventsLabel,
  keepPort,
  mb,
  rel,
  RESULTS,
  sleep,
  startPreview,
} from './bench/serve.mjs';
import { printSummary, saveResult } from './bench/summary.mjs';

const { values: opts } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'keep-profile': { type: 'boolean', default: false },
    'cpu-profile': { type: 'boolean', default: false },
    'search-profile': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(
    'usage: npm run bench -- [--events N] [--seed S] [--keep-profile] [--cpu-profile] [--search-profile] [--skip-build]',
  );
  process.exit(0);
}
const EVENTS = Number(opts.events);
const SEED = Number(opts.seed);
if (!Number.isInteger(EVENTS) || EVENTS < 1) fail(`--events must be a positive integer`);
if (!Number.isInteger(SEED)) fail(`--seed must be an integer`);

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

const log = (/** @type {string} */ s) => console.error(`[bench] ${s}`);

// --- clean-up that also runs on Ctrl-C ---------------------------------------------------------

/** @type {Array<() => Promise<void> | void>} */
const cleanups = [];
/** @type {Promise<void> | null} */
let cleaning = null;
let interrupted = false;
/** Runs once; later callers (the error path racing a Ctrl-C) wait for the same run. */
function cleanUp() {
  cleaning ??= (async () => {
    // In the order registered: the server first (a signal, cannot hang), then the browser, then
    // its profile directory, which can only go once the browser has let go of it.
    for (const fn of cleanups) {
      try {
        await fn();
      } catch (err) {
        log(`clean-up: ${err instanceof Error ? err.message : err}`);
      }
    }
  })();
  return cleaning;
}
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(sig, () => {
    interrupted = true;
    log(`${sig}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

// --- the run -----------------------------------------------------------------------------------

async function main() {
  const browser = findBrowser();
  if (!browser) fail(NO_BROWSER_MESSAGE);
  await mkdir(RESULTS, { recursive: true });

  const csv = await ensureCsv({ events: EVENTS, seed: SEED, log });

  if (!opts['skip-build']) {
    log('building the app (vite build) ...');
    // The app plus the search bench's page (scripts/bench/vite.bench.config.ts).
    await buildBench();
  } else if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`--skip-build given but ${rel(DIST)} has no build`);
  }
  const url = await startPreview(cleanups);
  const origin = url.replace(/\/$/, '');
  log(`serving ${rel(DIST)} at ${url}`);

  const profileDir = await mkdtemp(join(RESULTS, 'profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    headless: true,
    executablePath: browser.executablePath,
    // BENCH_CHROME_ARGS: extra flags for an experiment, e.g. --js-flags=--trace-gc (with
    // DEBUG=pw:browser to see what the browser prints).
    args: [...browser.args, ...(process.env.BENCH_CHROME_ARGS?.split(' ').filter(Boolean) ?? [])],
    // The offline service worker would download and store the 7.6 MB sample during the timed
    // import; the figures are of the import alone.
    serviceWorkers: 'block',
    // Playwright's own handlers would exit the process before our clean-up has run.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  let contextClosed = false;
  cleanups.push(async () => {
    if (!contextClosed) await Promise.race([context.close(), sleep(15_000)]);
  });
  if (!opts['keep-profile']) cleanups.push(() => rm(profileDir, { recursive: true, force: true }));
  else keepPort(profileDir, url);
  await context.addInitScript(initScript, { deferTerminate: Boolean(opts['cpu-profile']) });
  const page = context.pages()[0] ?? (await context.newPage());
  // The import reports where its time went ("[import] …"); show it with the figures.
  page.on('console', (msg) => {
    if (msg.text().startsWith('[import]')) log(msg.text());
  });
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  const cdp = await context.newCDPSession(page);
  /** @type {Map<string, any>} */
  const profiles = new Map();
  // Only the measured import's workers get profiled: those it starts, and the import workers the
  // sample's import left for the next one (client.ts keeps them).
  let measuring = false;
  let importWorkerStarted = false;
  const profile = async (/** @type {{ sessionId: string, url: string }} */ w) => {
    if (!opts['cpu-profile'] || profiles.has(w.sessionId)) return;
    profiles.set(w.sessionId, null);
    await send(w.sessionId, 'Profiler.enable');
    await send(w.sessionId, 'Profiler.setSamplingInterval', { interval: 500 });
    await send(w.sessionId, 'Profiler.start');
    log(`profiling worker ${w.url.replace(origin, '')}`);
  };
  const { workers, send } = await attachWorkers(cdp, {
    log,
    pauseNewWorkers: Boolean(opts['cpu-profile']),
    onWorker: async (w) => {
      if (!measuring) return;
      if (/import\.worker/.test(w.url)) importWorkerStarted = true;
      await profile(w);
    },
  });

  // The import picker lives on the data page since routes came in.
  await page.goto(`${url}#/data`);
  const fileInput = page.locator('input[data-testid="import-files"]');
  await fileInput.waitFor({ state: 'attached', timeout: 60_000 });
  await settle(page, log);

  const estimateBefore = await storageUsage(page);
  const diskBefore = await duBytes(join(profileDir, 'Default', 'IndexedDB'));
  const datasetName = `bench-${eventsLabel(EVENTS)}-${Date.now()}`;
  const named = await nameDataset(page, datasetName);
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-testid="import-summary"]'))
      /** @type {any} */ (el).__benchOld = true;
  });

  // Sampling: main-thread heap via the page session, worker heaps via their sessions, RSS via /proc.
  const memory = startMemorySampler({
    cdp,
    workers,
    send,
    profileDir,
    log,
    interrupted: () => interrupted,
  });
  const { peaks, workerPeaks } = memory;

  log(`importing ${rel(csv.path)} as "${datasetName}" ...`);
  const progressTimer = setInterval(() => {
    const s = (performance.now() - t0) / 1000;
    log(`  ${s.toFixed(0)} s, worker heap peak ${mb(peaks.worker)} MB`);
  }, 15_000);
  measuring = true;
  for (const w of workers.values())
    if (w.alive && /(import|block)\.worker/.test(w.url)) await profile(w);
  const tracing = process.env.BENCH_TRACE ? await startTrace(cdp, log) : null;
  const pageT0 = await page.evaluate(() => performance.now());
  memory.watchRenderers();
  const loadAtStart = loadavg()[0];
  const cpu0 = cpuTicks(profileDir);
  const workerTicks0 = workerThreadTicks();
  const t0 = performance.now();
  await fileInput.setInputFiles(csv.path);
  const outcome = await waitForOutcome(page, named ? datasetName : null);
  const seconds = (performance.now() - t0) / 1000;
  memory.stopRenderers();
  const cpu1 = cpuTicks(profileDir);
  const workerTicks1 = workerThreadTicks();
  const loadAtImportEnd = loadavg()[0];
  if (tracing) await tracing.stop(String(process.env.BENCH_TRACE));
  const pageT1 = await page.evaluate(() => performance.now());
  measuring = false;
  clearInterval(progressTimer);
  await memory.stop();
  if (outcome.kind !== 'summary') throw new Error(`import failed: ${outcome.text}`);
  log(`import done in ${seconds.toFixed(1)} s`);

  /** @type {ReturnType<typeof summarizeProfile> | null} */
  let profileSummary = null;
  if (opts['cpu-profile'])
    profileSummary = await collectProfiles({
      page,
      send,
      profiles,
      label: eventsLabel(EVENTS),
      log,
    });

  const storedCount = await readEventCount(page, named ? datasetName : null);
  if (storedCount.ui !== EVENTS || (storedCount.db !== null && storedCount.db !== EVENTS)) {
    throw new Error(
      `event count mismatch: generated ${EVENTS}, the app shows ${storedCount.ui} ` +
        `("${storedCount.uiText}"), IndexedDB says ${storedCount.db}`,
    );
  }

  const longTasks = await page.evaluate(
    ({ from, to }) => {
      const w = /** @type {any} */ (window);
      return {
        error: w.__benchLongTaskError ?? null,
        during: w.__benchLongTasks
          .filter((/** @type {any} */ t) => t.start + t.duration >= from && t.start <= to)
          .map((/** @type {any} */ t) => t.duration),
        // When the worst ones happened, relative to the start of the import.
        worst: w.__benchLongTasks
          .filter((/** @type {any} */ t) => t.start + t.duration >= from && t.start <= to)
          .sort((/** @type {any} */ a, /** @type {any} */ b) => b.duration - a.duration)
          .slice(0, 5)
          .map((/** @type {any} */ t) => ({
            atSec: (t.start - from) / 1000,
            ms: t.duration,
          })),
      };
    },
    { from: pageT0, to: pageT1 },
  );
  if (longTasks.error) throw new Error(`long-task observer unavailable: ${longTasks.error}`);

  const estimateAfter = await storageUsage(page);

  log('searching the stored data through the search worker ...');
  const searchMemory = watchSearchMemory(profileDir);
  const loadBeforeSearch = loadavg()[0];
  const search = await runSearchBench({
    page,
    url,
    datasetName: named ? datasetName : null,
    workers,
    send,
    log,
    profile: opts['search-profile'] ? { distDir: DIST } : undefined,
    cpuMs: () => cpuTicks(profileDir).ours * 10,
  });
  const searchPeak = searchMemory.stop();
  search.peakRendererRssBytes = searchPeak.rss;
  search.peakRendererPssBytes = searchPeak.pss;
  search.loadAverage = [round(loadBeforeSearch, 2), round(loadavg()[0], 2)];
  log('timing completion in the search editor ...');
  const completion = await runCompletionBench({
    page,
    url,
    datasetName: named ? datasetName : null,
    log,
  });

  contextClosed = true;
  await context.close();
  const diskAfter = await duBytes(join(profileDir, 'Default', 'IndexedDB'));

  const longestTaskMs = longTasks.during.length ? Math.max(...longTasks.during) : 0;
  const longTasksOver100ms = longTasks.during.filter((d) => d > BARS.longTaskMs).length;
  const idbBytesDisk = diskAfter - diskBefore;
  const idbBytesEstimate =
    estimateBefore !== null && estimateAfter !== null ? estimateAfter - estimateBefore : null;
  const sizeBasis = idbBytesDisk > 0 ? idbBytesDisk : (idbBytesEstimate ?? 0);
  const sizeRatio = sizeBasis / csv.bytes;
  const eventsPerSec = EVENTS / seconds;
  // In cores, averaged over the import (this machine has availableParallelism() of them).
  const wallTicks = (cpu1.total - cpu0.total) / availableParallelism();
  const ourCpuCores = wallTicks > 0 ? (cpu1.ours - cpu0.ours) / wallTicks : 0;
  const otherCpuCores =
    wallTicks > 0 ? Math.max(0, cpu1.busy - cpu0.busy - (cpu1.ours - cpu0.ours)) / wallTicks : 0;
  const pass = {
    eventsPerSec: eventsPerSec >= BARS.eventsPerSec,
    longTasks: longestTaskMs <= BARS.longTaskMs,
    size: sizeRatio <= BARS.sizeRatio,
  };

  const result = {
    events: EVENTS,
    // The 1-minute load average before the import, after it, and after the searches.
    loadAverage: [round(loadAtStart, 2), round(loadAtImportEnd, 2), round(loadavg()[0], 2)],
    csvBytes: csv.bytes,
    seconds: round(seconds, 2),
    eventsPerSec: Math.round(eventsPerSec),
    // Whether the import ran in workers the sample's import left (warm) or in new ones.
    importWorkers: importWorkerStarted ? 'new' : 'kept',
    mbPerSec: round(csv.bytes / 1e6 / seconds, 1),
    longestTaskMs: round(longestTaskMs, 0),
    longTasksOver100ms,
    longTasks: longTasks.during.length,
    peakHeapMainBytes: peaks.main,
    peakHeapWorkerBytes: peaks.worker,
    peakHeapSumBytes: peaks.sum,
    peakRendererRssBytes: peaks.rendererRss,
    peakRendererPssBytes: peaks.rendererPss,
    rendererProcesses: peaks.renderers,
    peakBrowserRssBytes: peaks.browserRss,
    idbBytesDisk,
    idbBytesEstimate,
    sizeRatio: round(sizeRatio, 3),
    browserCpuCores: round(ourCpuCores, 2),
    otherCpuCores: round(otherCpuCores, 2),
    // CPU time per event by Chromium process type (renderer: the app's workers; browser: where
    // IndexedDB writes happen): steadier than wall time on a shared machine.
    cpuUsPerEvent: Object.fromEntries(
      Object.keys(cpu1.byType).map((type) => [
        type,
        round(((cpu1.byType[type] - (cpu0.byType[type] ?? 0)) * 1e4) / EVENTS, 2),
      ]),
    ),
    // Each worker thread's share, largest first: the block workers, then the import worker that
    // reads and cuts the file (/proc does not say which worker a thread runs).
    cpuUsPerWorkerThread: [...workerTicks1]
      .map(([id, ticks]) => round(((ticks - (workerTicks0.get(id) ?? 0)) * 1e4) / EVENTS, 2))
      .filter((us) => us >= 0.05)
      .sort((a, b) => b - a),
    pass,
    search,
    completion,
  };

  printTable(result, csv, workerPeaks, origin, longTasks.worst);
  if (otherCpuCores > 0.2) {
    log(
      `warning: other processes used ${otherCpuCores.toFixed(2)} of ${availableParallelism()} cores ` +
        'during the import; the timing is pessimistic. Run again on a quiet machine.',
    );
  }
  if (pageErrors.length) log(`page errors during the run:\n  ${pageErrors.join('\n  ')}`);
  if (profileSummary) printProfile(profileSummary);
  if (opts['cpu-profile'])
    log('note: this run was profiled; its timings include profiler overhead');
  if (opts['keep-profile']) log(`browser profile kept in ${rel(profileDir)}`);
  const saved = saveResult(RESULTS, eventsLabel(EVENTS), result);
  printSummary(result, { results: RESULTS, saved: rel(saved) });
  console.log(JSON.stringify(result));
}

const round = (/** @type {number} */ n, /** @type {number} */ d) => Number(n.toFixed(d));

main()
  .then(() => cleanUp())
  .then(() => process.exit(0))
  .catch(async (err) => {
    if (interrupted) {
      await cleanUp();
      process.exit(130);
    }
    // Playwright appends the whole browser log to its errors; it says nothing about our failure.
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    console.error(`bench: ${text.split('\nBrowser logs:')[0]}`);
    await cleanUp();
    process.exit(1);
  });

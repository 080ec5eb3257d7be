// The search part of `npm run bench`: with the imported data set stored, times searches through
// the real search worker on the bench page (search.html) and reads that worker's heap over CDP.

import { summarizeProfile } from './cpu-profile.mjs';

export const SEARCH_BARS = { countMs: 150, timechartMs: 300, firstMs: 2000, heapBytes: 200e6 };
/** DuckDB-wasm's hourly timechart at 1M events on this machine (issue 22), UTC only. */
export const DUCKDB_TIMECHART_MS = 63.6;
const RUNS = 5;
const LA = 'America/Los_Angeles';

export const SEARCHES = [
  {
    key: 'ftpBySourcetype',
    label: 'keyword',
    query: 'ftp | stats count by sourcetype',
    bar: SEARCH_BARS.countMs,
  },
  {
    key: 'ftpDestBySrc',
    label: 'field filter',
    query: 'sourcetype=stream:ftp dest=160.153.91.7 | stats count by src',
    bar: SEARCH_BARS.countMs,
  },
  {
    key: 'timechart',
    label: 'hourly timechart, UTC',
    query: '* | timechart span=1h count by sourcetype',
    bar: SEARCH_BARS.timechartMs,
  },
  {
    key: 'timechartLA',
    label: 'hourly timechart, Los Angeles',
    query: '* | timechart span=1h count by sourcetype',
    tz: LA,
    bar: SEARCH_BARS.timechartMs,
  },
  {
    key: 'tstats',
    label: 'tstats by sourcetype',
    query: '| tstats count where index=* by sourcetype',
    bar: SEARCH_BARS.countMs,
  },
];

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * @param {{ page: import('@playwright/test').Page, url: string, datasetName: string | null,
 *   workers: Map<string, { sessionId: string, url: string, alive: boolean }>,
 *   send: (sessionId: string, method: string, params?: object) => Promise<any>,
 *   log: (s: string) => void, profile?: { distDir: string },
 *   cpuMs?: () => number }} ctx
 *   profile: profile the search worker over each search's runs and log where the time went.
 *   cpuMs: the browser's CPU time so far (all its processes), for CPU per search.
 */
export async function runSearchBench({
  page,
  url,
  datasetName,
  workers,
  send,
  log,
  profile,
  cpuMs,
}) {
  // A fresh page load: a new search worker with an empty cache, so the first search reads
  // what it needs from IndexedDB.
  await page.goto(`${url}scripts/bench/search.html`);
  await page.waitForFunction(() => '__benchSearch' in window, null, { timeout: 60_000 });
  const id = await page.evaluate((name) => window.__benchSearch.datasetId(name), datasetName);
  const search = (/** @type {string} */ query, tz = 'UTC') =>
    page.evaluate(({ q, ids, zone }) => window.__benchSearch.search(q, ids, zone), {
      q: query,
      ids: [id],
      zone: tz,
    });

  const first = await search(SEARCHES[0].query);
  log(`first search after reload: ${first.ms.toFixed(0)} ms (${first.rows} rows)`);
  /** @type {Record<string, any>} */
  const results = {};
  const searchWorker = () =>
    [...workers.values()].find((w) => w.alive && w.url.includes('search.worker'));
  for (const s of SEARCHES) {
    const runs = [];
    // The first run may read IndexedDB; the profile covers the runs after it.
    runs.push(await search(s.query, s.tz));
    const profiled = profile ? searchWorker() : undefined;
    if (profiled) {
      await send(profiled.sessionId, 'Profiler.enable');
      await send(profiled.sessionId, 'Profiler.setSamplingInterval', { interval: 200 });
      await send(profiled.sessionId, 'Profiler.start');
    }
    const cpu0 = cpuMs?.() ?? NaN;
    for (let i = 1; i < RUNS; i++) runs.push(await search(s.query, s.tz));
    const cpuPerRun = ((cpuMs?.() ?? NaN) - cpu0) / (RUNS - 1);
    if (profiled) {
      const { profile: p } = await send(profiled.sessionId, 'Profiler.stop');
      const sum = summarizeProfile(p, { distDir: profile.distDir, top: 25 });
      log(
        `profile of ${s.query} (runs 2-${RUNS} of ${runs.map((r) => r.ms.toFixed(0)).join(' ')} ms): ` +
          `${sum.totalMs.toFixed(0)} ms sampled, idle ${sum.idleMs.toFixed(0)}, GC ${sum.gcMs.toFixed(0)}`,
      );
      for (const r of sum.rows) {
        log(
          `  ${r.selfMs.toFixed(1).padStart(7)} ms ${r.percent.toFixed(1).padStart(5)}%  ${r.where}  ${r.label}`,
        );
      }
    }
    const last = runs[runs.length - 1];
    if (last.rows === 0) throw new Error(`search returned no rows: ${s.query}`);
    const ms = median(runs.map((r) => r.ms));
    results[s.key] = {
      query: s.query,
      tz: s.tz ?? 'UTC',
      medianMs: Math.round(ms * 10) / 10,
      workerMedianMs: Math.round(median(runs.map((r) => r.workerMs)) * 10) / 10,
      firstRunMs: Math.round(runs[0].ms * 10) / 10,
      cpuMsPerRun: Number.isFinite(cpuPerRun) ? Math.round(cpuPerRun) : null,
      rows: last.rows,
      matched: last.matched,
      fast: last.fast,
      summary: last.summaryChunks ?? null,
      pass: ms <= s.bar,
    };
    log(
      `${s.query}${s.tz ? ` (${s.tz})` : ''}: median ${ms.toFixed(1)} ms over ${RUNS} runs ` +
        `(${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms)` +
        (Number.isFinite(cpuPerRun) ? `, browser CPU ${cpuPerRun.toFixed(0)} ms per run` : ''),
    );
  }
  const cache = await page.evaluate(() => window.__benchSearch.cacheStats?.() ?? null);
  if (cache) log(`search worker cache: ${JSON.stringify(cache)}`);

  // Collect garbage first so the figure is what stays, not what a search left behind.
  let heapBytes = null;
  const worker = searchWorker();
  if (worker) {
    await send(worker.sessionId, 'HeapProfiler.collectGarbage').catch(() => {});
    const usage = await send(worker.sessionId, 'Runtime.getHeapUsage');
    // Typed arrays read from IndexedDB keep their bytes outside the V8 heap (backing stores);
    // the columns are mostly typed arrays, so both count.
    heapBytes = usage.usedSize + (usage.backingStorageSize ?? 0);
    log(
      `search worker heap: ${(usage.usedSize / 1e6).toFixed(1)} MB used, ` +
        `${((usage.backingStorageSize ?? 0) / 1e6).toFixed(1)} MB array buffers` +
        (usage.backingStorageSize === undefined ? ' (not reported by this browser)' : ''),
    );
  } else {
    log('warning: the search worker was not attached; no heap figure');
  }
  return {
    ...results,
    firstMs: Math.round(first.ms),
    firstPass: first.ms <= SEARCH_BARS.firstMs,
    workerHeapBytes: heapBytes,
    heapPass: heapBytes !== null && heapBytes <= SEARCH_BARS.heapBytes,
    cache,
  };
}

/** Rows for the bench's table. @param {any} r */
export function searchTableRows(r) {
  const ok = (/** @type {boolean} */ b) => (b ? 'PASS' : 'FAIL');
  const rows = SEARCHES.map((s) => {
    const x = r[s.key];
    return [
      `${x.query}${s.tz ? ` (${s.tz})` : ''}`,
      `${x.medianMs.toFixed(1)} ms`,
      `${ok(x.pass)} (bar <= ${s.bar} ms; first run ${x.firstRunMs} ms; ${x.rows} rows, ` +
        `${x.matched.toLocaleString('en-US')} events${x.fast ? ', column path' : ''}` +
        `${x.summary ? `, ${x.summary} chunks from summaries` : ''}` +
        `${x.cpuMsPerRun !== null ? `; browser CPU ${x.cpuMsPerRun} ms per run` : ''})`,
    ];
  });
  rows.push([
    'first search after reload',
    `${r.firstMs} ms`,
    `${ok(r.firstPass)} (bar <= ${SEARCH_BARS.firstMs} ms)`,
  ]);
  rows.push([
    'search worker heap + array buffers',
    r.workerHeapBytes === null ? 'n/a' : `${(r.workerHeapBytes / 1e6).toFixed(1)} MB`,
    `${ok(r.heapPass)} (bar <= ${SEARCH_BARS.heapBytes / 1e6} MB)`,
  ]);
  if (r.cache) {
    rows.push([
      'search worker cache',
      `${(r.cache.heldBytes / 1e6).toFixed(1)} MB`,
      `of ${(r.cache.budgetBytes / 1e6).toFixed(0)} MB (${r.cache.basis}); ${r.cache.entries} parts` +
        (r.cache.read
          ? `; read ${(r.cache.read.bytes / 1e6).toFixed(1)} MB in ${r.cache.read.slices} reads`
          : ''),
    ]);
  }
  return rows;
}

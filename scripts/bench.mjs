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
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';
import { summarizeProfile } from './bench/cpu-profile.mjs';
import { DEFAULT_SEED, GENERATOR_VERSION, generateCsv } from './bench/generate-csv.mjs';
import { runSearchBench, searchTableRows } from './bench/search-bench.mjs';
import { printSummary, saveResult } from './bench/summary.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench-results');
// A build of its own, so that a concurrent `vite build` (e2e tests) cannot swap files under us.
const DIST = join(RESULTS, 'dist');

const BARS = { eventsPerSec: 100_000, longTaskMs: 100, sizeRatio: 1 };
const IMPORT_TIMEOUT_MS = 20 * 60_000;
const SAMPLE_EVERY_MS = 250;

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

// --- helpers -----------------------------------------------------------------------------------

/** @param {number} n */
function eventsLabel(n) {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1000 === 0) return `${n / 1000}k`;
  return String(n);
}

/** Reuses an earlier file when it was generated from the same inputs and has not been touched. */
async function ensureCsv() {
  const path = join(
    RESULTS,
    `bench-${eventsLabel(EVENTS)}${SEED === DEFAULT_SEED ? '' : `-s${SEED}`}.csv`,
  );
  const metaPath = `${path}.json`;
  const want = { events: EVENTS, seed: SEED, generator: GENERATOR_VERSION };
  if (existsSync(path) && existsSync(metaPath)) {
    try {
      const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
      const { size } = await stat(path);
      if (
        meta.events === want.events &&
        meta.seed === want.seed &&
        meta.generator === want.generator &&
        meta.bytes === size
      ) {
        log(`reusing ${rel(path)} (${mb(size)} MB)`);
        return { path, bytes: size, rawBytes: meta.rawBytes ?? null };
      }
    } catch {
      // Unreadable meta: regenerate.
    }
  }
  log(`generating ${EVENTS.toLocaleString('en-US')} events into ${rel(path)} ...`);
  const t0 = performance.now();
  const r = await generateCsv(path, { events: EVENTS, seed: SEED });
  writeFileSync(metaPath, JSON.stringify({ ...want, bytes: r.bytes, rawBytes: r.rawBytes }) + '\n');
  log(
    `generated ${mb(r.bytes)} MB, _raw avg ${(r.rawBytes / EVENTS).toFixed(0)} B, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return { path, bytes: r.bytes, rawBytes: r.rawBytes };
}

/** @param {string} p */
const rel = (p) => p.replace(ROOT + '/', '');
/** @param {number} b */
const mb = (b) => (b / 1e6).toFixed(1);

/**
 * Runs a command to completion, keeping its output for the error message.
 * @param {string} cmd @param {string[]} args
 */
function run(cmd, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Plain text, since the output is only shown when it explains a failure.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise(out)
        : reject(
            new Error(
              `${cmd} ${args.join(' ')} exited with ${code}:\n${stripAnsi(out).slice(-4000)}`,
            ),
          ),
    );
  });
}

/** Some tools colour their output whatever NO_COLOR says. @param {string} s */
// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolvePromise(port));
    });
  });
}

/** Starts `vite preview` in its own process group, so that clean-up can stop npx and vite together. */
async function startPreview() {
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      DIST,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  cleanups.push(() => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited:\n${out}`);
    try {
      const res = await fetch(url);
      if (res.ok) return url;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`vite preview did not answer on ${url} within 60 s:\n${out}`);
}

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** Recursive size of a directory in bytes (apparent sizes of regular files). */
async function duBytes(dir) {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += await duBytes(p);
    else if (e.isFile()) total += (await lstat(p)).size;
  }
  return total;
}

// --- /proc sampling (cross-check of the CDP heap figures) --------------------------------------

/** Processes of the browser that uses `profileDir`, with their RSS. Linux only. */
function browserProcesses(profileDir) {
  /** @type {Map<number, { ppid: number, type: string, cmd: string, ticks: number }>} */
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      // utime + stime + cutime + cstime, in clock ticks.
      const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
      procs.set(Number(name), { ppid, type, cmd, ticks });
    } catch {
      // Exited while we looked.
    }
  }
  const root = [...procs].find(
    ([, p]) => p.type === 'browser' && p.cmd.includes(`--user-data-dir=${profileDir}`),
  )?.[0];
  if (root === undefined) return [];
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!tree.has(pid) && tree.has(p.ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree].map((pid) => {
    const p = /** @type {{ type: string, ticks: number }} */ (procs.get(pid));
    return { pid, type: p.type, ticks: p.ticks, rss: rssOf(pid) };
  });
}

/** A process's resident memory in bytes (0 once it has exited). */
function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * CPU time so far, in clock ticks: the whole machine's busy time, and ours (the browser and this
 * script). Their difference over the import tells how much other processes took from the run.
 */
function cpuTicks(profileDir) {
  const f = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = f;
  const busy = user + nice + system + irq + softirq + steal;
  const own = process.cpuUsage();
  // process.cpuUsage() is in microseconds; /proc counts USER_HZ ticks, 100 per second on Linux.
  const procs = browserProcesses(profileDir);
  const ours = procs.reduce((a, p) => a + p.ticks, 0) + (own.user + own.system) / 1e4;
  /** @type {Record<string, number>} */
  const byType = {};
  for (const p of procs) {
    if (p.type !== 'renderer') {
      byType[p.type] = (byType[p.type] ?? 0) + p.ticks;
      continue;
    }
    // The renderer by thread kind: its workers (the app's code), V8's and Blink's thread pool
    // (garbage collection, compilation, IndexedDB value wrapping) and the page's main thread.
    for (const [kind, ticks] of Object.entries(threadTicks(p.pid))) {
      byType[`renderer ${kind}`] = (byType[`renderer ${kind}`] ?? 0) + ticks;
    }
  }
  return { busy, total: busy + idle + iowait, ours, byType };
}

/**
 * Last seen CPU ticks of every renderer thread by "pid/tid", kept after the thread ends: the
 * block workers end with the import, before its final reading, and would drop out of a sum of
 * the live threads. The sampler refreshes it while the import runs.
 * @type {Map<string, { pid: number, kind: string, ticks: number }>}
 */
const threadsSeen = new Map();

/** Reads the CPU ticks of a process's threads into threadsSeen. */
function noteThreads(pid) {
  /** @type {string[]} */
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const kind = comm.startsWith('DedicatedWorker')
        ? 'workers'
        : comm.startsWith('ThreadPool')
          ? 'thread pool'
          : Number(tid) === pid
            ? 'main'
            : 'other';
      threadsSeen.set(`${pid}/${tid}`, { pid, kind, ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // Ended while we looked.
    }
  }
}

/**
 * BENCH_TRACE=<file>: records a Chrome trace of the import (what each thread's tasks were, the
 * thread pool's included), for chrome://tracing or https://ui.perfetto.dev, opened offline.
 */
async function startTrace(cdp) {
  const categories = (
    process.env.BENCH_TRACE_CATEGORIES ?? 'toplevel,blink,v8,IndexedDB,disabled-by-default-v8.gc'
  ).split(',');
  await cdp.send('Tracing.start', {
    categories: categories.join(','),
    transferMode: 'ReturnAsStream',
  });
  return {
    async stop(/** @type {string} */ file) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = /** @type {{ stream: string }} */ (await done);
      const parts = [];
      for (;;) {
        const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream });
        parts.push(base64Encoded ? Buffer.from(data, 'base64').toString() : data);
        if (eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      writeFileSync(file, parts.join(''));
      log(`trace written to ${file}`);
    },
  };
}

/** CPU ticks of every worker thread seen so far, by "pid/tid". */
function workerThreadTicks() {
  return new Map(
    [...threadsSeen].filter(([, t]) => t.kind === 'workers').map(([id, t]) => [id, t.ticks]),
  );
}

/** A process's CPU ticks by thread kind (workers, thread pool, main, other), ended ones included. */
function threadTicks(pid) {
  noteThreads(pid);
  /** @type {Record<string, number>} */
  const out = {};
  for (const t of threadsSeen.values()) {
    if (t.pid === pid) out[t.kind] = (out[t.kind] ?? 0) + t.ticks;
  }
  return out;
}

// --- CDP access to workers ---------------------------------------------------------------------

/**
 * Playwright's CDPSession cannot address a child session, so workers are attached in the
 * non-flattened mode and spoken to through Target.sendMessageToTarget. Workers started by a
 * worker (the import's block workers) are attached the same way one level down: each attached
 * worker is asked to auto-attach its own workers, and messages to them travel wrapped through
 * their parent.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {{ pauseNewWorkers: boolean, onWorker?: (w: { sessionId: string, url: string }) => Promise<void> }} options
 */
async function attachWorkers(cdp, { pauseNewWorkers, onWorker }) {
  /**
   * @typedef {{ sessionId: string, url: string, alive: boolean,
   *   post: (method: string, params: object) => Promise<any>,
   *   listeners: Map<string, (params: any) => void> }} WorkerSession
   */
  /** @type {Map<string, WorkerSession>} */
  const workers = new Map();
  /** @type {Map<number, { sessionId: string, resolve: (v: any) => void, reject: (e: Error) => void }>} */
  const pending = new Map();
  let nextId = 1;

  /**
   * Sends a command to a worker session through its parent (the page, or another worker).
   * @param {(method: string, params: object) => Promise<any>} parentSend
   * @param {string} sessionId @param {string} method @param {object} [params]
   * @returns {Promise<any>}
   */
  const sendVia = (parentSend, sessionId, method, params = {}) =>
    new Promise((resolvePromise, reject) => {
      const id = nextId++;
      // A worker that ends mid-request never answers; the sampler must not wait for it forever.
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer from worker`));
      }, 10_000);
      const settle = (/** @type {() => void} */ fn) => {
        clearTimeout(timer);
        fn();
      };
      pending.set(id, {
        sessionId,
        resolve: (v) => settle(() => resolvePromise(v)),
        reject: (e) => settle(() => reject(e)),
      });
      parentSend('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      }).catch((err) => {
        pending.get(id)?.reject(err);
        pending.delete(id);
      });
    });

  /** @param {string} sessionId @param {string} method @param {object} [params] */
  const send = (sessionId, method, params = {}) => {
    const w = workers.get(sessionId);
    return w ? w.post(method, params) : Promise.reject(new Error('unknown worker session'));
  };

  /**
   * Routes the Target events of one level (the page's, or a worker's) to the workers below it.
   * @param {(event: string, handler: (params: any) => void) => void} on
   * @param {(method: string, params: object) => Promise<any>} parentSend
   */
  const listen = (on, parentSend) => {
    on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message);
      if (msg.id !== undefined) {
        const p = pending.get(msg.id);
        if (!p) return;
        pending.delete(msg.id);
        if (msg.error) p.reject(new Error(msg.error.message));
        else p.resolve(msg.result);
        return;
      }
      workers.get(e.sessionId)?.listeners.get(msg.method)?.(msg.params);
    });
    on('Target.attachedToTarget', (e) => {
      if (!e.targetInfo.type.includes('worker')) return;
      /** @type {WorkerSession} */
      const w = {
        sessionId: e.sessionId,
        url: e.targetInfo.url,
        alive: true,
        post: (method, params) => sendVia(parentSend, e.sessionId, method, params),
        listeners: new Map(),
      };
      workers.set(e.sessionId, w);
      listen((event, handler) => w.listeners.set(event, handler), w.post);
      void (async () => {
        try {
          await w.post('Target.setAutoAttach', {
            autoAttach: true,
            waitForDebuggerOnStart: pauseNewWorkers,
            flatten: false,
          });
        } catch (err) {
          log(`worker ${w.url}: no nested attach (${err instanceof Error ? err.message : err})`);
        }
        try {
          await onWorker?.(w);
        } catch (err) {
          log(`worker ${w.url}: ${err instanceof Error ? err.message : err}`);
        }
        if (e.waitingForDebugger)
          await w.post('Runtime.runIfWaitingForDebugger', {}).catch(() => {});
      })();
    });
    on('Target.detachedFromTarget', (e) => {
      const w = workers.get(e.sessionId);
      if (w) w.alive = false;
      for (const [id, p] of pending) {
        if (p.sessionId !== e.sessionId) continue;
        pending.delete(id);
        p.reject(new Error('worker detached'));
      }
    });
  };

  listen(
    (event, handler) => cdp.on(/** @type {any} */ (event), handler),
    (method, params) => cdp.send(/** @type {any} */ (method), params),
  );
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: pauseNewWorkers,
    flatten: false,
  });
  return { workers, send };
}

// --- in-page instrumentation -------------------------------------------------------------------

/** Runs before any page script: long tasks, and (for profiling) deferred worker termination. */
function initScript(/** @type {{ deferTerminate: boolean }} */ { deferTerminate }) {
  const w = /** @type {any} */ (window);
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (err) {
    w.__benchLongTaskError = String(err);
  }
  if (deferTerminate) {
    // The app ends its import worker as soon as it reports done, which would take the
    // worker's CPU profile with it; the runner stops the profiler first, then really ends it.
    const terminate = Worker.prototype.terminate;
    w.__benchDeferred = [];
    Worker.prototype.terminate = function () {
      w.__benchDeferred.push(this);
    };
    w.__benchTerminateDeferred = () => {
      for (const worker of w.__benchDeferred.splice(0)) terminate.call(worker);
    };
  }
}

// --- the run -----------------------------------------------------------------------------------

async function main() {
  const browser = findBrowser();
  if (!browser) fail(NO_BROWSER_MESSAGE);
  await mkdir(RESULTS, { recursive: true });

  const csv = await ensureCsv();

  if (!opts['skip-build']) {
    log('building the app (vite build) ...');
    // The app plus the search bench's page (scripts/bench/vite.bench.config.ts).
    await run('npx', [
      'vite',
      'build',
      '--config',
      'scripts/bench/vite.bench.config.ts',
      '--outDir',
      DIST,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
  } else if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`--skip-build given but ${rel(DIST)} has no build`);
  }
  const url = await startPreview();
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
  // Only workers started by the measured import get profiled.
  let measuring = false;
  const { workers, send } = await attachWorkers(cdp, {
    pauseNewWorkers: Boolean(opts['cpu-profile']),
    onWorker: async (w) => {
      if (!opts['cpu-profile'] || !measuring) return;
      await send(w.sessionId, 'Profiler.enable');
      await send(w.sessionId, 'Profiler.setSamplingInterval', { interval: 500 });
      await send(w.sessionId, 'Profiler.start');
      profiles.set(w.sessionId, null);
      log(`profiling worker ${w.url.replace(origin, '')}`);
    },
  });

  // The import picker lives on the data page since routes came in.
  await page.goto(`${url}#/data`);
  const fileInput = page.locator('input[data-testid="import-files"]');
  await fileInput.waitFor({ state: 'attached', timeout: 60_000 });
  await settle(page);

  const estimateBefore = await storageUsage(page);
  const diskBefore = await duBytes(join(profileDir, 'Default', 'IndexedDB'));
  const datasetName = `bench-${eventsLabel(EVENTS)}-${Date.now()}`;
  const named = await nameDataset(page, datasetName);
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-testid="import-summary"]'))
      /** @type {any} */ (el).__benchOld = true;
  });

  // Sampling: main-thread heap via the page session, worker heaps via their sessions, RSS via /proc.
  const peaks = { main: 0, worker: 0, sum: 0, rendererRss: 0, browserRss: 0 };
  /** @type {Map<string, number>} */
  const workerPeaks = new Map();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const started = Date.now();
      try {
        const main = (await cdp.send('Runtime.getHeapUsage')).usedSize;
        let workerSum = 0;
        for (const w of workers.values()) {
          if (!w.alive) continue;
          const used = await send(w.sessionId, 'Runtime.getHeapUsage')
            .then((r) => r.usedSize)
            .catch(() => 0);
          workerSum += used;
          workerPeaks.set(w.url, Math.max(workerPeaks.get(w.url) ?? 0, used));
        }
        peaks.main = Math.max(peaks.main, main);
        peaks.worker = Math.max(peaks.worker, workerSum);
        peaks.sum = Math.max(peaks.sum, main + workerSum);
        const procs = browserProcesses(profileDir);
        for (const p of procs) if (p.type === 'renderer') noteThreads(p.pid);
        const renderer = procs.filter((p) => p.type === 'renderer').reduce((a, p) => a + p.rss, 0);
        peaks.rendererRss = Math.max(peaks.rendererRss, renderer);
        peaks.browserRss = Math.max(
          peaks.browserRss,
          procs.reduce((a, p) => a + p.rss, 0),
        );
      } catch (err) {
        if (sampling && !interrupted) log(`sampling: ${err instanceof Error ? err.message : err}`);
      }
      await sleep(Math.max(0, SAMPLE_EVERY_MS - (Date.now() - started)));
    }
  })();

  log(`importing ${rel(csv.path)} as "${datasetName}" ...`);
  const progressTimer = setInterval(() => {
    const s = (performance.now() - t0) / 1000;
    log(`  ${s.toFixed(0)} s, worker heap peak ${mb(peaks.worker)} MB`);
  }, 15_000);
  measuring = true;
  const tracing = process.env.BENCH_TRACE ? await startTrace(cdp) : null;
  const pageT0 = await page.evaluate(() => performance.now());
  // The renderer's threads and memory, noted apart from the sampler above: its CDP calls can wait
  // on busy workers for the whole import, and a block worker that ends unseen drops out of the
  // figures.
  const renderers = browserProcesses(profileDir).filter((p) => p.type === 'renderer');
  const threadTimer = setInterval(() => {
    let rss = 0;
    for (const p of renderers) {
      noteThreads(p.pid);
      rss += rssOf(p.pid);
    }
    peaks.rendererRss = Math.max(peaks.rendererRss, rss);
  }, 250);
  const loadAtStart = loadavg()[0];
  const cpu0 = cpuTicks(profileDir);
  const workerTicks0 = workerThreadTicks();
  const t0 = performance.now();
  await fileInput.setInputFiles(csv.path);
  const outcome = await waitForOutcome(page, named ? datasetName : null);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(threadTimer);
  const cpu1 = cpuTicks(profileDir);
  const workerTicks1 = workerThreadTicks();
  const loadAtImportEnd = loadavg()[0];
  if (tracing) await tracing.stop(String(process.env.BENCH_TRACE));
  const pageT1 = await page.evaluate(() => performance.now());
  measuring = false;
  clearInterval(progressTimer);
  sampling = false;
  await sampler;
  if (outcome.kind !== 'summary') throw new Error(`import failed: ${outcome.text}`);
  log(`import done in ${seconds.toFixed(1)} s`);

  /** @type {ReturnType<typeof summarizeProfile> | null} */
  let profileSummary = null;
  if (opts['cpu-profile']) profileSummary = await collectProfiles(page, send, profiles);

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
  // The renderer's memory while searching: the page load may start a new renderer, so the
  // processes are looked up on every tick.
  let searchRss = 0;
  const searchRssTimer = setInterval(() => {
    const procs = browserProcesses(profileDir).filter((p) => p.type === 'renderer');
    searchRss = Math.max(
      searchRss,
      procs.reduce((a, p) => a + p.rss, 0),
    );
  }, 250);
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
  clearInterval(searchRssTimer);
  search.peakRendererRssBytes = searchRss;
  search.loadAverage = [round(loadBeforeSearch, 2), round(loadavg()[0], 2)];

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
    mbPerSec: round(csv.bytes / 1e6 / seconds, 1),
    longestTaskMs: round(longestTaskMs, 0),
    longTasksOver100ms,
    longTasks: longTasks.during.length,
    peakHeapMainBytes: peaks.main,
    peakHeapWorkerBytes: peaks.worker,
    peakHeapSumBytes: peaks.sum,
    peakRendererRssBytes: peaks.rendererRss,
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

/** Waits out anything the app does on its own at first start (e.g. loading a bundled sample). */
async function settle(page) {
  const progress = page.locator('[data-testid="import-progress"]');
  // An automatic import may start only after the app has looked at its database.
  for (let quiet = 0; quiet < 3000; quiet += 250) {
    await sleep(250);
    if (!(await progress.count())) continue;
    log('the app is importing something on its own; waiting for it to finish (excluded) ...');
    await progress.first().waitFor({ state: 'detached', timeout: IMPORT_TIMEOUT_MS });
    quiet = 0;
  }
  const rows = await page.locator('[data-testid="dataset-row"]').count();
  if (rows) log(`${rows} dataset(s) present before the run; sizes are measured as differences`);
}

/** Types the dataset name, so that the run's summary and row can be told from any others. */
async function nameDataset(page, name) {
  // The dataset's name is the picker's first text field (the index follows it).
  const field = page
    .locator('section:has(input[data-testid="import-files"]) input[type="text"]:not([disabled])')
    .first();
  if ((await field.count()) !== 1) return false;
  await field.fill(name);
  return true;
}

/**
 * Resolves when a summary that was not there before appears (or an error does). A mutation
 * observer rather than polling, so the wait adds nothing to the main thread between renders.
 * @returns {Promise<{ kind: 'summary' | 'error', text: string }>}
 */
async function waitForOutcome(page, name) {
  const outcome = page.evaluate((wanted) => {
    return new Promise((resolvePromise) => {
      const check = () => {
        for (const el of document.querySelectorAll('[data-testid="import-summary"]')) {
          if (/** @type {any} */ (el).__benchOld) continue;
          if (wanted && !el.textContent?.includes(wanted)) continue;
          return { kind: 'summary', text: el.textContent ?? '' };
        }
        for (const id of ['import-error', 'import-cancelled']) {
          const el = document.querySelector(`[data-testid="${id}"]`);
          if (el) return { kind: 'error', text: `${id}: ${el.textContent}` };
        }
        return null;
      };
      const found = check();
      if (found) return resolvePromise(found);
      const mo = new MutationObserver(() => {
        const r = check();
        if (r) {
          mo.disconnect();
          resolvePromise(r);
        }
      });
      mo.observe(document.body, { childList: true, subtree: true });
    });
  }, name);
  const timeout = sleep(IMPORT_TIMEOUT_MS).then(() => {
    throw new Error(`no import summary within ${IMPORT_TIMEOUT_MS / 60_000} min`);
  });
  return /** @type {Promise<{ kind: 'summary' | 'error', text: string }>} */ (
    Promise.race([outcome, timeout])
  );
}

/** The event count as the UI shows it and as the dataset record in IndexedDB holds it. */
async function readEventCount(page, name) {
  const row = name
    ? page.locator(`[data-testid="dataset-row"][data-dataset-name="${name}"]`)
    : page.locator('[data-testid="dataset-row"]').last();
  await row.first().waitFor({ timeout: 30_000 });
  const countEl = row.locator('[data-testid="dataset-event-count"]');
  const target = (await countEl.count()) ? countEl.first() : row.first();
  const text = (await target.textContent()) ?? '';
  // Thousands separators of any locale between digit groups.
  const digits = /\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+|\d+/.exec(text)?.[0];
  const ui = digits ? Number(digits.replace(/\D/g, '')) : NaN;
  const db = await page.evaluate(async (wanted) => {
    const dbs = (await indexedDB.databases?.()) ?? [];
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise((res, rej) => {
        const req = indexedDB.open(/** @type {string} */ (info.name));
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      try {
        if (!db.objectStoreNames.contains('datasets')) continue;
        const all = await new Promise((res, rej) => {
          const req = db.transaction('datasets').objectStore('datasets').getAll();
          req.onsuccess = () => res(req.result);
          req.onerror = () => rej(req.error);
        });
        const hit = wanted
          ? all.find((/** @type {any} */ d) => d.name === wanted)
          : all.sort(
              (/** @type {any} */ a, /** @type {any} */ b) => b.importedAt - a.importedAt,
            )[0];
        if (hit) return typeof hit.eventCount === 'number' ? hit.eventCount : null;
      } finally {
        db.close();
      }
    }
    return null;
  }, name);
  return { ui, uiText: text, db };
}

async function storageUsage(page) {
  return page.evaluate(async () => {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.usage === 'number' ? e.usage : null;
  });
}

/**
 * Stops each profiled worker's profiler, lets the app's deferred terminate go through, writes
 * the profiles next to the results and summarises the largest one.
 */
async function collectProfiles(page, send, profiles) {
  let best = null;
  let i = 0;
  for (const sessionId of profiles.keys()) {
    try {
      const { profile } = await send(sessionId, 'Profiler.stop');
      const file = join(RESULTS, `worker-${eventsLabel(EVENTS)}${i++ ? `-${i}` : ''}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      log(`worker CPU profile written to ${rel(file)} (open it in Chrome DevTools > Performance)`);
      if (!best || profile.samples.length > best.samples.length) best = profile;
    } catch (err) {
      log(`could not stop the profiler: ${err instanceof Error ? err.message : err}`);
    }
  }
  await page.evaluate(() => /** @type {any} */ (window).__benchTerminateDeferred?.());
  return best ? summarizeProfile(best, { distDir: DIST, top: 15 }) : null;
}

// --- output ------------------------------------------------------------------------------------

const round = (/** @type {number} */ n, /** @type {number} */ d) => Number(n.toFixed(d));
const ok = (/** @type {boolean} */ b) => (b ? 'PASS' : 'FAIL');

function printTable(r, csv, workerPeaks, origin, worst) {
  const rows = [
    ['events', r.events.toLocaleString('en-US'), ''],
    [
      'CSV size',
      `${mb(r.csvBytes)} MB`,
      csv.rawBytes ? `_raw avg ${(csv.rawBytes / r.events).toFixed(0)} B` : '',
    ],
    ['import time (end to end)', `${r.seconds.toFixed(2)} s`, ''],
    [
      'throughput',
      `${r.eventsPerSec.toLocaleString('en-US')} events/s`,
      `${ok(r.pass.eventsPerSec)} (bar >= ${BARS.eventsPerSec.toLocaleString('en-US')})`,
    ],
    ['', `${r.mbPerSec} MB/s`, ''],
    [
      'longest main-thread task',
      // The long-task API reports only tasks over 50 ms.
      r.longTasks ? `${r.longestTaskMs} ms` : '< 50 ms',
      `${ok(r.pass.longTasks)} (bar <= ${BARS.longTaskMs} ms)`,
    ],
    [
      'main-thread tasks > 100 ms',
      String(r.longTasksOver100ms),
      `of ${r.longTasks} long tasks (> 50 ms)` +
        (worst.length
          ? `; worst: ${worst.map((t) => `${t.ms.toFixed(0)} ms at +${t.atSec.toFixed(1)} s`).join(', ')}`
          : ''),
    ],
    ['peak JS heap, main thread', `${mb(r.peakHeapMainBytes)} MB`, ''],
    [
      'peak JS heap, worker(s)',
      `${mb(r.peakHeapWorkerBytes)} MB`,
      [...workerPeaks].map(([u, b]) => `${u.replace(origin, '')} ${mb(b)} MB`).join(', '),
    ],
    ['peak JS heap, main + worker', `${mb(r.peakHeapSumBytes)} MB`, 'same sample'],
    [
      'peak RSS, renderer(s)',
      `${mb(r.peakRendererRssBytes)} MB`,
      `whole browser ${mb(r.peakBrowserRssBytes)} MB`,
    ],
    [
      'CPU during import (cores)',
      `browser ${r.browserCpuCores.toFixed(2)}`,
      `other processes ${r.otherCpuCores.toFixed(2)} (of ${availableParallelism()})`,
    ],
    [
      'CPU per event, by process',
      `${Object.values(r.cpuUsPerEvent)
        .reduce((a, b) => a + b, 0)
        .toFixed(1)} us`,
      Object.entries(r.cpuUsPerEvent)
        .filter(([, us]) => us >= 0.05)
        .map(([type, us]) => `${type} ${us.toFixed(1)}`)
        .join(', '),
    ],
    [
      'CPU per event, by worker thread',
      r.cpuUsPerWorkerThread.map((us) => `${us.toFixed(1)} us`).join(', '),
      'the block workers, then the import worker',
    ],
    [
      'IndexedDB on disk',
      `${mb(r.idbBytesDisk)} MB`,
      `${ok(r.pass.size)} (ratio to CSV ${r.sizeRatio}, bar <= ${BARS.sizeRatio})`,
    ],
    [
      'IndexedDB, storage.estimate()',
      r.idbBytesEstimate === null ? 'n/a' : `${mb(r.idbBytesEstimate)} MB`,
      r.idbBytesEstimate === null ? '' : `ratio ${(r.idbBytesEstimate / r.csvBytes).toFixed(3)}`,
    ],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  console.log('');
  console.log(`Import benchmark (${new Date().toISOString()})`);
  for (const [a, b, c] of rows) console.log(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  console.log('');
  const searchRows = searchTableRows(r.search);
  const s0 = Math.max(...searchRows.map((x) => x[0].length));
  const s1 = Math.max(...searchRows.map((x) => x[1].length));
  console.log('Search benchmark (search worker, median of 5 runs after a first one)');
  for (const [a, b, c] of searchRows) console.log(`  ${a.padEnd(s0)}  ${b.padStart(s1)}  ${c}`);
  console.log('');
}

function printProfile(p) {
  const pct = (/** @type {number} */ ms) => ((100 * ms) / p.totalMs).toFixed(1);
  console.log(
    `Worker CPU profile: ${(p.totalMs / 1000).toFixed(1)} s sampled, idle ${pct(p.idleMs)}%, ` +
      `GC ${pct(p.gcMs)}%, program ${pct(p.programMs)}%`,
  );
  console.log('Top self time:');
  p.rows.forEach((row, i) => {
    console.log(
      `  ${String(i + 1).padStart(2)}. ${row.selfMs.toFixed(0).padStart(6)} ms ${row.percent.toFixed(1).padStart(5)}%  ${row.where}  ${row.label}`,
    );
  });
  console.log('Self time by file:');
  for (const row of p.files.slice(0, 10)) {
    console.log(
      `      ${row.selfMs.toFixed(0).padStart(6)} ms ${row.percent.toFixed(1).padStart(5)}%  ${row.where}`,
    );
  }
  console.log('');
}

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

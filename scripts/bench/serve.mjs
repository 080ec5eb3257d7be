// What the browser benches share: the paths, the build of the app with the bench page, a preview
// server for it, and the bench's CSV (generated once per size and seed, then reused).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, GENERATOR_VERSION, generateCsv } from './generate-csv.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS = join(ROOT, 'bench-results');
// A build of its own, so that a concurrent `vite build` (e2e tests) cannot swap files under us.
export const DIST = join(RESULTS, 'dist');

/** @param {string} p */
export const rel = (p) => p.replace(ROOT + '/', '');
/** @param {number} b */
export const mb = (b) => (b / 1e6).toFixed(1);
export const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @param {number} n */
export function eventsLabel(n) {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1000 === 0) return `${n / 1000}k`;
  return String(n);
}

/** Builds the app plus the search bench's page (vite.bench.config.ts) into DIST. */
export function buildBench() {
  return run('npx', [
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
}

/** Reuses an earlier file when it was generated from the same inputs and has not been touched. */
/**
 * @param {{ events: number, seed: number, log: (s: string) => void }} opts
 * @returns {Promise<{ path: string, bytes: number, rawBytes: number | null }>}
 */
export async function ensureCsv({ events: EVENTS, seed: SEED, log }) {
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

/**
 * Runs a command to completion, keeping its output for the error message.
 * @param {string} cmd @param {string[]} args
 */
export function run(cmd, args) {
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

/**
 * Starts `vite preview` of a build (DIST unless `dist` names another) in its own process group,
 * so that clean-up can stop npx and vite together; its stop goes into `cleanups`. Resolves with
 * its address. `port`: the one a kept browser profile's data was stored under (IndexedDB is per
 * origin), else a free one.
 * @param {Array<() => Promise<void> | void>} cleanups
 * @param {{ port?: number, dist?: string }} [where]
 */
export async function startPreview(cleanups, { port, dist = DIST } = {}) {
  port ??= await freePort();
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      dist,
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

/** Where a kept profile notes the port its data was stored under (IndexedDB is per origin). */
export const profilePortFile = (/** @type {string} */ profileDir) => join(profileDir, 'bench-port');

/** Notes the preview's port in a profile that will be kept, for `bench:completion --profile`. */
export function keepPort(/** @type {string} */ profileDir, /** @type {string} */ url) {
  writeFileSync(profilePortFile(profileDir), new URL(url).port + '\n');
}

/** The port a kept profile's data was stored under, if it says. */
export function keptPort(/** @type {string} */ profileDir) {
  const file = profilePortFile(profileDir);
  return existsSync(file) ? Number(readFileSync(file, 'utf8')) : undefined;
}

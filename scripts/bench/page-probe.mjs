// What the bench does inside the page and around it: the script every page runs first (long
// tasks, deferred worker ends for profiling), the storage estimate, the IndexedDB folder's size,
// and the workers' CPU profiles.
import { writeFileSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { summarizeProfile } from './cpu-profile.mjs';
import { DIST, rel, RESULTS } from './serve.mjs';

export /** Recursive size of a directory in bytes (apparent sizes of regular files). */
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

export /** Runs before any page script: long tasks, and (for profiling) deferred worker termination. */
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

/** The origin's storage use as the browser estimates it, or null. */
export async function storageUsage(page) {
  return page.evaluate(async () => {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.usage === 'number' ? e.usage : null;
  });
}

/**
 * Stops each profiled worker's profiler, lets the app's deferred terminate go through, writes
 * the profiles next to the results and summarises the largest one. `label`: the run's size.
 */
export async function collectProfiles({ page, send, profiles, label, log }) {
  let best = null;
  let i = 0;
  for (const sessionId of profiles.keys()) {
    try {
      const { profile } = await send(sessionId, 'Profiler.stop');
      const file = join(RESULTS, `worker-${label}${i++ ? `-${i}` : ''}.cpuprofile`);
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

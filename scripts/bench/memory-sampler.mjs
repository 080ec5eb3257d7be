// The bench's memory figures while the app imports and searches: JS heaps through the DevTools
// protocol (the page and each worker), resident memory of the browser's processes through /proc
// (RSS, and PSS, which counts pages the renderers share once).
import { browserProcesses, noteThreads, pssOf, rssOf } from './proc.mjs';
import { sleep } from './serve.mjs';

const SAMPLE_EVERY_MS = 250;
/**
 * PSS is read less often: /proc/PID/smaps_rollup walks the process's page tables (about 8 ms of
 * CPU for a 1 GB process, three renderers a tick), CPU the measured import would lose every 250 ms.
 */
const PSS_EVERY_MS = 2000;

/** Sums the processes' PSS at most every PSS_EVERY_MS; null between reads. */
function pssReader() {
  let next = 0;
  return (/** @type {{ pid: number }[]} */ procs) => {
    const now = Date.now();
    if (now < next) return null;
    next = now + PSS_EVERY_MS;
    return procs.reduce((a, p) => a + pssOf(p.pid), 0);
  };
}

/**
 * Samples heaps and resident memory every 250 ms until `stop()`; `peaks` holds the largest seen.
 * `watchRenderers()` also notes the renderers' threads and memory on a timer of its own: the CDP
 * calls can wait on busy workers for a whole import, and a block worker that ends unseen would
 * drop out of the figures.
 */
export function startMemorySampler({ cdp, workers, send, profileDir, log, interrupted }) {
  const peaks = {
    main: 0,
    worker: 0,
    sum: 0,
    rendererRss: 0,
    rendererPss: 0,
    renderers: 0,
    browserRss: 0,
  };
  /** @type {Map<string, number>} */
  const workerPeaks = new Map();
  let sampling = true;
  const loop = (async () => {
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
        if (sampling && !interrupted())
          log(`sampling: ${err instanceof Error ? err.message : err}`);
      }
      await sleep(Math.max(0, SAMPLE_EVERY_MS - (Date.now() - started)));
    }
  })();
  /** @type {ReturnType<typeof setInterval> | null} */
  let threadTimer = null;
  const readPss = pssReader();
  return {
    peaks,
    workerPeaks,
    watchRenderers() {
      const renderers = browserProcesses(profileDir).filter((p) => p.type === 'renderer');
      threadTimer = setInterval(() => {
        let rss = 0;
        for (const p of renderers) {
          noteThreads(p.pid);
          rss += rssOf(p.pid);
        }
        peaks.rendererRss = Math.max(peaks.rendererRss, rss);
        peaks.rendererPss = Math.max(peaks.rendererPss, readPss(renderers) ?? 0);
        peaks.renderers = Math.max(peaks.renderers, renderers.length);
      }, SAMPLE_EVERY_MS);
    },
    /** Stops the renderers' timer (the end of the import); the heap loop goes on. */
    stopRenderers() {
      if (threadTimer) clearInterval(threadTimer);
    },
    async stop() {
      this.stopRenderers();
      sampling = false;
      await loop;
    },
  };
}

/**
 * The renderers' peak RSS and PSS while searching, until `stop()`: the page load may start a new
 * renderer, so the processes are looked up on every tick.
 */
export function watchSearchMemory(profileDir) {
  const peak = { rss: 0, pss: 0 };
  const readPss = pssReader();
  const timer = setInterval(() => {
    const procs = browserProcesses(profileDir).filter((p) => p.type === 'renderer');
    peak.rss = Math.max(
      peak.rss,
      procs.reduce((a, p) => a + p.rss, 0),
    );
    peak.pss = Math.max(peak.pss, readPss(procs) ?? 0);
  }, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

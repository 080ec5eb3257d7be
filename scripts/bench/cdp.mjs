// The bench's Chrome DevTools Protocol helpers: sessions with the page's workers (and theirs),
// and a trace of every thread.
import { writeFileSync } from 'node:fs';

/**
 * Playwright's CDPSession cannot address a child session, so workers are attached in the
 * non-flattened mode and spoken to through Target.sendMessageToTarget. Workers started by a
 * worker (the import's block workers) are attached the same way one level down: each attached
 * worker is asked to auto-attach its own workers, and messages to them travel wrapped through
 * their parent.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {{ pauseNewWorkers: boolean, onWorker?: (w: { sessionId: string, url: string }) => Promise<void>,
 *   log: (s: string) => void }} options
 */
export async function attachWorkers(cdp, { pauseNewWorkers, onWorker, log }) {
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

/**
 * BENCH_TRACE=<file>: records a Chrome trace of the import (what each thread's tasks were, the
 * thread pool's included), for chrome://tracing or https://ui.perfetto.dev, opened offline.
 */
export async function startTrace(cdp, log) {
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

/// <reference lib="webworker" />
import { getDb } from '../db/db';
import { importLockName } from '../db/datasets';
import { LocalBlockPool, WorkerBlockPool, type BlockPool } from './blocks/pool';
import { runImport } from './pipeline';
import type { FromImportWorker, ToImportWorker } from './protocol';
import { ImportFailureError } from './types';
import { getLocale, setLocale } from '../../i18n/messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const abort = new AbortController();

function send(msg: FromImportWorker): void {
  scope.postMessage(msg);
}

/**
 * One block worker per core: this worker only reads and cuts the files, which leaves the cores to
 * the parsing and encoding. Falls back to this thread where workers cannot start workers.
 */
function makePool(): BlockPool {
  if (typeof Worker === 'undefined') return new LocalBlockPool();
  const size = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  return new WorkerBlockPool(
    size,
    // The worker's name carries the language, so its messages are in the interface's.
    () =>
      new Worker(new URL('./blocks/block.worker.ts', import.meta.url), {
        type: 'module',
        name: getLocale(),
      }),
  );
}

async function start(msg: Extract<ToImportWorker, { type: 'start' }>): Promise<void> {
  setLocale(msg.language);
  const pool = makePool();
  const run = () =>
    runImport(msg.files, {
      db: getDb(),
      name: msg.name,
      datasetId: msg.datasetId,
      index: msg.index,
      timeRules: msg.timeRules,
      signal: abort.signal,
      pool,
      onProgress: (progress) => send({ type: 'progress', progress }),
    }).finally(() => pool.close());
  try {
    // The lock tells other tabs' clean-up that this import is alive; it ends with the worker.
    const dataset = navigator.locks
      ? await navigator.locks.request(importLockName(msg.datasetId), run)
      : await run();
    send({ type: 'done', dataset });
  } catch (err) {
    const failure =
      err instanceof ImportFailureError
        ? err.failure
        : { kind: 'error' as const, message: String(err), issues: [] };
    send({ type: 'failed', failure });
  }
}

scope.onmessage = (event: MessageEvent<ToImportWorker>) => {
  const msg = event.data;
  if (msg.type === 'start') void start(msg);
  else if (msg.type === 'cancel') abort.abort();
};

/// <reference lib="webworker" />
import { getDb } from '../db/db';
import { importLockName } from '../db/datasets';
import { LocalBlockPool, WorkerBlockPool, type BlockPool } from './blocks/pool';
import { runImport } from './pipeline';
import type { FromImportWorker, ToImportWorker } from './protocol';
import { ImportFailureError } from './types';
import { setLocale } from '../../i18n/messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function send(msg: FromImportWorker): void {
  scope.postMessage(msg);
}

/**
 * One block worker per core: this worker only reads and cuts the files, which leaves the cores to
 * the parsing and encoding. Falls back to this thread where workers cannot start workers.
 */
function makePool(language: string): BlockPool {
  if (typeof Worker === 'undefined') return new LocalBlockPool();
  const size = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  return new WorkerBlockPool(
    size,
    // The worker's name carries the language, so its messages are in the interface's.
    () =>
      new Worker(new URL('./blocks/block.worker.ts', import.meta.url), {
        type: 'module',
        name: language,
      }),
  );
}

/**
 * The block workers, kept from one import to the next with this worker (client.ts says why); made
 * again when the interface's language changed, since they write problems in it.
 */
let kept: { pool: BlockPool; language: string } | null = null;

function poolFor(language: string): BlockPool {
  if (kept !== null && kept.language !== language) {
    kept.pool.close();
    kept = null;
  }
  kept ??= { pool: makePool(language), language };
  return kept.pool;
}

/** The import under way: its dataset and how to stop it. */
let running: { datasetId: string; abort: AbortController } | null = null;

async function start(msg: Extract<ToImportWorker, { type: 'start' }>): Promise<void> {
  setLocale(msg.language);
  const abort = new AbortController();
  running = { datasetId: msg.datasetId, abort };
  const pool = poolFor(msg.language);
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
    });
  try {
    // The lock tells other tabs' clean-up that this import is alive; it ends with the import.
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
    // A block worker may have failed with it: the next import starts new ones.
    if (kept?.pool === pool) kept = null;
    pool.close();
  } finally {
    running = null;
    // Idle until the next import: the block workers give their buffers back.
    if (kept?.pool === pool) pool.release();
  }
}

scope.onmessage = (event: MessageEvent<ToImportWorker>) => {
  const msg = event.data;
  if (msg.type === 'start') void start(msg);
  else if (msg.type === 'cancel' && running?.datasetId === msg.datasetId) running.abort.abort();
};

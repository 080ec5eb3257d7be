import { adoptDatasetMaps, type DatasetRecord } from '../db/schema-types';
import type { FromImportWorker, ToImportWorker } from './protocol';
import { DEFAULT_INDEX } from '../index-name';
import { ImportFailureError, type ImportHandle, type ImportOptions } from './types';
import { getLocale, t } from '../../i18n/messages';

/**
 * How long an import worker (and its block workers) is kept after an import, for the next one.
 * A kept worker has its code compiled and optimised already: in the bench, an import right after
 * the sample's ran ~5% faster, most of it the compiles it did not repeat (docs/benchmarks.md).
 * Between imports the workers free their buffers; after this long idle they are stopped.
 */
export const KEEP_IMPORT_WORKER_MS = 5 * 60_000;

/** The idle import worker kept for the next import, and the timer that stops it. */
let idle: { worker: Worker; timer: ReturnType<typeof setTimeout> } | null = null;

function takeWorker(): Worker {
  if (idle !== null) {
    const { worker, timer } = idle;
    clearTimeout(timer);
    idle = null;
    return worker;
  }
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/** Keeps a worker that finished an import for the next one (one at most; others are stopped). */
function keepWorker(worker: Worker): void {
  if (idle !== null) {
    worker.terminate();
    return;
  }
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    worker.terminate();
  }, KEEP_IMPORT_WORKER_MS);
  idle = { worker, timer };
}

/**
 * Imports files into a new dataset in a dedicated worker, so the page stays responsive.
 * Cancel stops the worker's reading; it then removes what it wrote before it answers.
 */
export function startImport(files: File[], opts: ImportOptions): ImportHandle {
  const worker = takeWorker();
  const post = (msg: ToImportWorker) => worker.postMessage(msg);
  const datasetId = crypto.randomUUID();
  const done = new Promise<DatasetRecord>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        opts.onProgress?.(msg.progress);
        return;
      }
      worker.onmessage = null;
      worker.onerror = null;
      keepWorker(worker);
      if (msg.type === 'done') resolve(adoptDatasetMaps(msg.dataset));
      else reject(new ImportFailureError(msg.failure));
    };
    worker.onerror = (event) => {
      // A worker that failed this way is not trusted with another import.
      worker.terminate();
      const message = t('import.fail.stopped', {
        message: event.message || t('import.fail.workerError'),
      });
      reject(new ImportFailureError({ kind: 'error', message, issues: [] }));
    };
  });
  post({
    type: 'start',
    files,
    name: opts.name,
    datasetId,
    index: opts.index ?? DEFAULT_INDEX,
    timeRules: opts.timeRules ?? [],
    language: getLocale(),
  });
  return { done, cancel: () => post({ type: 'cancel', datasetId }) };
}

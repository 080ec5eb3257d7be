import { adoptDatasetMaps, type DatasetRecord } from '../db/schema-types';
import type { FromImportWorker, ToImportWorker } from './protocol';
import { ImportFailureError, type ImportHandle, type ImportOptions } from './types';

/**
 * Imports files into a new dataset in a dedicated worker, so the page stays responsive.
 * Cancel stops the worker's reading; it then removes what it wrote before it answers.
 */
export function startImport(files: File[], opts: ImportOptions): ImportHandle {
  // Ask once that imported data be kept under storage pressure; the browser may say no.
  void navigator.storage?.persist?.().catch(() => false);
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const post = (msg: ToImportWorker) => worker.postMessage(msg);
  const done = new Promise<DatasetRecord>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        opts.onProgress?.(msg.progress);
        return;
      }
      worker.terminate();
      if (msg.type === 'done') resolve(adoptDatasetMaps(msg.dataset));
      else reject(new ImportFailureError(msg.failure));
    };
    worker.onerror = (event) => {
      worker.terminate();
      const message = `The import stopped unexpectedly: ${event.message || 'worker error'}`;
      reject(new ImportFailureError({ kind: 'error', message, issues: [] }));
    };
  });
  post({ type: 'start', files, name: opts.name, datasetId: crypto.randomUUID() });
  return { done, cancel: () => post({ type: 'cancel' }) };
}

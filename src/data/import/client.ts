import { adoptDatasetMaps, type DatasetRecord } from '../db/schema-types';
import type { FromImportWorker, ToImportWorker } from './protocol';
import { DEFAULT_INDEX } from '../index-name';
import { ImportFailureError, type ImportHandle, type ImportOptions } from './types';
import { getLocale, t } from '../../i18n/messages';

/**
 * Imports files into a new dataset in a dedicated worker, so the page stays responsive.
 * Cancel stops the worker's reading; it then removes what it wrote before it answers.
 */
export function startImport(files: File[], opts: ImportOptions): ImportHandle {
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
    datasetId: crypto.randomUUID(),
    index: opts.index ?? DEFAULT_INDEX,
    timeRules: opts.timeRules ?? [],
    language: getLocale(),
  });
  return { done, cancel: () => post({ type: 'cancel' }) };
}

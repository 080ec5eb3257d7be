import { getDb } from '../db/db';
import { importLookupFile, type LookupImportResult } from './lookup-store';

export type FromLookupWorker =
  { type: 'done'; result: LookupImportResult } | { type: 'failed'; message: string };

/**
 * Imports a lookup file in a worker of its own, so the page stays responsive while a large file is
 * read, parsed and stored; in this thread where there are no workers. Rejects with an Error
 * whose message says what is wrong (file, line, problem).
 */
export function importLookup(file: File): Promise<LookupImportResult> {
  if (typeof Worker === 'undefined') return importLookupFile(getDb(), file);
  const worker = new Worker(new URL('./lookup.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<LookupImportResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromLookupWorker>) => {
      worker.terminate();
      const msg = event.data;
      if (msg.type === 'done') resolve(msg.result);
      else reject(new Error(msg.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the lookup import stopped unexpectedly'));
    };
    worker.postMessage(file);
  });
}

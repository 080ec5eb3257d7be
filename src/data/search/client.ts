import type { RunCounts } from '../../engine/commands/command';
import { SearchAbortedError, SplError } from '../../engine/errors';
import type { Row } from '../../engine/values';
import type { FromSearchWorker, SearchFailure, StoredResult, ToSearchWorker } from './protocol';

export type { StoredResult } from './protocol';

export interface StartSearchOptions {
  datasetIds: string[];
  /** The time range picker's bounds, epoch ms; latest exclusive. */
  earliest?: number;
  latest?: number;
  tz: string;
  /** The search's "now"; defaults to the moment it starts. */
  now?: number;
  onProgress?(counts: RunCounts): void;
  /** Matching events as they are found (a base search alone), with the counts so far. */
  onEvents?(rows: Row[], counts: RunCounts): void;
}

export interface SearchHandle {
  /** The results; rejects with SplError (bad query), AbortError (cancelled) or Error. */
  done: Promise<StoredResult>;
  cancel(): void;
}

/** How long a cancelled search may take to stop before its worker is ended. */
export const CANCEL_GRACE_MS = 1000;

interface Pending {
  resolve(r: StoredResult): void;
  reject(e: Error): void;
  opts: StartSearchOptions;
  cancelTimer?: ReturnType<typeof setTimeout>;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function errorOf(f: SearchFailure): Error {
  if (f.name === 'SplError' && f.position !== undefined) {
    return new SplError(f.message, f.position, { end: f.end, expected: f.expected });
  }
  const err = new Error(f.message);
  err.name = f.name;
  return err;
}

function settle(id: number): Pending | undefined {
  const p = pending.get(id);
  if (!p) return undefined;
  pending.delete(id);
  clearTimeout(p.cancelTimer);
  return p;
}

function onMessage(event: MessageEvent<FromSearchWorker>): void {
  const msg = event.data;
  const p = pending.get(msg.id);
  if (!p) return;
  switch (msg.type) {
    case 'progress':
      p.opts.onProgress?.(msg.counts);
      return;
    case 'events':
      p.opts.onEvents?.(msg.rows, msg.counts);
      return;
    case 'done':
      settle(msg.id)?.resolve(msg.result);
      return;
    case 'failed':
      settle(msg.id)?.reject(errorOf(msg.failure));
      return;
    case 'cancelled':
      settle(msg.id)?.reject(new SearchAbortedError());
      return;
  }
}

/** The search worker; one per page, so its cache of decoded chunks serves every search. */
function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = onMessage;
  w.onerror = (event) => {
    const message = `The search stopped unexpectedly: ${event.message || 'worker error'}`;
    restart(new Error(message));
  };
  worker = w;
  return w;
}

/**
 * Ends the worker and fails every search it was running. The next search starts a new worker,
 * which reads the columns from IndexedDB again (its cache starts empty).
 */
function restart(reason: Error): void {
  worker?.terminate();
  worker = null;
  for (const id of [...pending.keys()]) settle(id)?.reject(reason);
}

/**
 * Runs a query over stored datasets in the search worker. Cancel asks the worker to stop; a
 * search that does not stop within CANCEL_GRACE_MS (a runaway regular expression inside one
 * chunk) has its worker ended, so the page never waits on it.
 */
export function startSearch(query: string, opts: StartSearchOptions): SearchHandle {
  const id = nextId++;
  const w = getWorker();
  const done = new Promise<StoredResult>((resolve, reject) => {
    pending.set(id, { resolve, reject, opts });
  });
  const msg: ToSearchWorker = {
    type: 'search',
    id,
    query,
    datasetIds: opts.datasetIds,
    earliest: opts.earliest,
    latest: opts.latest,
    tz: opts.tz,
    now: opts.now ?? Date.now(),
    stream: opts.onEvents !== undefined,
  };
  w.postMessage(msg);
  const cancel = () => {
    const p = pending.get(id);
    if (!p || p.cancelTimer !== undefined) return;
    w.postMessage({ type: 'cancel', id } satisfies ToSearchWorker);
    p.cancelTimer = setTimeout(() => {
      if (!pending.has(id)) return;
      // Only this search was asked to stop; others in the same worker fail with it.
      settle(id)?.reject(new SearchAbortedError());
      if (worker === w) restart(new Error('The search worker was restarted after a cancel'));
    }, CANCEL_GRACE_MS);
  };
  return { done, cancel };
}

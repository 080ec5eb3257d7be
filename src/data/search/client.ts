import {
  adoptDataMap,
  adoptDataMaps,
  type Completions,
  type MacroDefinition,
  type Row,
  type RunCounts,
  SearchAbortedError,
  SplError,
} from '../../engine';
import { t } from '../../i18n/messages';
import type {
  FieldValueCount,
  FromSearchWorker,
  SearchFailure,
  StoredResult,
  ToSearchWorker,
} from './protocol';

export type {
  DatasetChunks,
  EventsSummary,
  FieldSummary,
  FieldValueCount,
  SearchProfile,
  StoredResult,
  TimelineBucket,
} from './protocol';

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
  /**
   * For the events view: the worker keeps every matching event and `done` carries the first
   * page of rows plus `events` (exact field counts, timeline); fetch more with fetchPage.
   * Streaming then stops after the first page.
   */
  summarize?: boolean;
  /** Macros beyond the stored ones, e.g. a hunt file's; they win over stored ones. */
  macros?: MacroDefinition[];
  /**
   * Milliseconds the search may run; past them it is stopped as a cancel is, and `done` rejects
   * with SearchTimeLimitError. A runaway regular expression cannot be stopped inside one `exec`,
   * so the worker is ended then (after CANCEL_GRACE_MS). Absent: no limit.
   */
  timeLimitMs?: number;
}

/** A search stopped by its time limit (StartSearchOptions.timeLimitMs). */
export class SearchTimeLimitError extends Error {
  readonly limitMs: number;
  constructor(limitMs: number) {
    super(`The search took longer than its time limit (${limitMs / 1000} s)`);
    this.name = 'TimeLimitError';
    this.limitMs = limitMs;
  }
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
  limitTimer?: ReturnType<typeof setTimeout>;
  /** Why the search was asked to stop: its time limit, else a cancel. */
  stopped?: Error;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

type Answer = Row[] | FieldValueCount[] | Completions;
interface PendingQuery {
  resolve(value: Answer): void;
  reject(e: Error): void;
}
// Page and field-value requests about kept results; ids share the search ids' counter.
const queries = new Map<number, PendingQuery>();

function errorOf(f: SearchFailure): Error {
  if (f.name === 'SplError' && f.position !== undefined) {
    return new SplError(f.message, f.position, { end: f.end, expected: f.expected });
  }
  // The worker does not know the interface's language; the one message it sends on its own is
  // translated here.
  const message = f.name === 'ResultReleasedError' ? t('search.fail.resultGone') : f.message;
  const err = new Error(message);
  err.name = f.name;
  return err;
}

function settle(id: number): Pending | undefined {
  const p = pending.get(id);
  if (!p) return undefined;
  pending.delete(id);
  clearTimeout(p.cancelTimer);
  clearTimeout(p.limitTimer);
  return p;
}

/**
 * Rows (and formats by field) lost their null prototype in the structured clone: a row without a
 * `constructor` field would show Object's constructor as its value. Restored here, for every
 * reader on the page (see engine/data-map.ts).
 */
export function adoptSearchMessage(msg: FromSearchWorker): FromSearchWorker {
  if (msg.type === 'events' || msg.type === 'page') adoptDataMaps(msg.rows);
  else if (msg.type === 'done') {
    adoptDataMaps(msg.result.rows);
    if (msg.result.formats) adoptDataMap(msg.result.formats);
  }
  return msg;
}

function onMessage(event: MessageEvent<FromSearchWorker>): void {
  const msg = adoptSearchMessage(event.data);
  const q = queries.get(msg.id);
  if (q) {
    queries.delete(msg.id);
    if (msg.type === 'page') q.resolve(msg.rows);
    else if (msg.type === 'fieldValues') q.resolve(msg.values);
    else if (msg.type === 'completions') q.resolve(msg.completions);
    else if (msg.type === 'failed') q.reject(errorOf(msg.failure));
    return;
  }
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
    case 'cancelled': {
      const p = settle(msg.id);
      p?.reject(p.stopped ?? new SearchAbortedError());
      return;
    }
    case 'page':
    case 'fieldValues':
    case 'completions':
      return;
  }
}

/** The search worker; one per page, so its cache of decoded chunks serves every search. */
function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = onMessage;
  w.onerror = (event) => {
    const message = t('search.fail.stopped', {
      message: event.message || t('search.fail.workerError'),
    });
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
  // The kept results lived in the ended worker.
  for (const q of queries.values()) q.reject(reason);
  queries.clear();
}

/**
 * Tells the search worker which datasets are ready, so it reads small ones into its cache before
 * the first search asks (see warm.ts). Starts the worker if need be.
 */
export function warmSearch(datasetIds: string[]): void {
  getWorker().postMessage({ type: 'warm', datasetIds } satisfies ToSearchWorker);
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
    summarize: opts.summarize,
    macros: opts.macros,
  };
  w.postMessage(msg);
  const stop = (reason: Error) => {
    const p = pending.get(id);
    if (!p || p.cancelTimer !== undefined) return;
    p.stopped = reason;
    w.postMessage({ type: 'cancel', id } satisfies ToSearchWorker);
    p.cancelTimer = setTimeout(() => {
      if (!pending.has(id)) return;
      // Only this search was asked to stop; others in the same worker fail with it.
      settle(id)?.reject(reason);
      if (worker === w) restart(new Error(t('search.fail.restartedAfterCancel')));
    }, CANCEL_GRACE_MS);
  };
  const limit = opts.timeLimitMs;
  if (limit !== undefined) {
    const p = pending.get(id);
    if (p) p.limitTimer = setTimeout(() => stop(new SearchTimeLimitError(limit)), limit);
  }
  return { done, cancel: () => stop(new SearchAbortedError()) };
}

function ask<T extends Answer>(
  msg: Extract<ToSearchWorker, { type: 'page' | 'fieldValues' | 'complete' }>,
): Promise<T> {
  // A result kept by a worker that has since been ended is gone with it.
  if (!worker && msg.type !== 'complete') {
    return Promise.reject(new Error(t('search.fail.restarted')));
  }
  const w = getWorker();
  const answer = new Promise<T>((resolve, reject) => {
    queries.set(msg.id, { resolve: resolve as PendingQuery['resolve'], reject });
  });
  w.postMessage(msg);
  return answer;
}

/** Rows [offset, offset + limit) of a kept events result (see `summarize`), newest first. */
export function fetchPage(resultId: number, offset: number, limit: number): Promise<Row[]> {
  return ask<Row[]>({ type: 'page', id: nextId++, resultId, offset, limit });
}

/** Every value of a field in a kept events result with exact counts, most frequent first. */
export function fetchFieldValues(
  resultId: number,
  field: string,
  limit?: number,
): Promise<FieldValueCount[]> {
  return ask<FieldValueCount[]>({ type: 'fieldValues', id: nextId++, resultId, field, limit });
}

/** Lets the worker drop a kept events result (the view showing it went away). */
export function releaseResult(resultId: number): void {
  worker?.postMessage({ type: 'release', resultId } satisfies ToSearchWorker);
}

/** Completions at `pos` in `query`, computed in the search worker over the datasets in scope. */
export function fetchCompletions(
  query: string,
  pos: number,
  datasetIds: string[],
  macros?: MacroDefinition[],
): Promise<Completions> {
  return ask<Completions>({ type: 'complete', id: nextId++, query, pos, datasetIds, macros });
}

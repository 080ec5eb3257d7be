/// <reference lib="webworker" />
import { completeAt, type RunCounts, SplError } from '../../engine';
import { getDb } from '../db/db';
import { CompletionIndex } from './completion-data';
import { summarizeEvents } from './events-summary';
import {
  FIRST_PAGE_ROWS,
  type FromSearchWorker,
  type SearchFailure,
  type ToSearchWorker,
} from './protocol';
import { ResultStore } from './result-store';
import { StoredLookupSource } from '../lookups/lookup-source';
import { storedMacros } from '../macros/macro-store';
import { searchStored } from './run-stored';
import { deviceCacheBudget } from './cache-budget';
import { ChunkCache } from './stored-source';
import { warmCache } from './warm';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Lives as long as the worker: a search after the first reads no IndexedDB for what fits. Its
// size follows the device's memory.
const cache = new ChunkCache(deviceCacheBudget());
const running = new Map<number, AbortController>();
// Full rows of recent events searches; the page fetches them a page at a time.
const results = new ResultStore();
/** Queries (with their datasets) this worker has run: a first run's times include cold storage and code. */
const queriesRun = new Set<string>();
const MAX_QUERIES_RUN = 1000;
// Progress is posted at most this often; the last counts always go with the result.
const PROGRESS_MS = 100;
const completion = new CompletionIndex(getDb(), cache);

function send(msg: FromSearchWorker): void {
  scope.postMessage(msg);
}

function failureOf(err: unknown): SearchFailure {
  if (err instanceof SplError) {
    return {
      name: err.name,
      message: err.message,
      position: err.position,
      end: err.end,
      expected: err.expected,
    };
  }
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: 'Error', message: String(err) };
}

async function run(msg: Extract<ToSearchWorker, { type: 'search' }>): Promise<void> {
  const abort = new AbortController();
  running.set(msg.id, abort);
  const t0 = performance.now();
  let lastProgress = 0;
  const progress = (counts: RunCounts) => {
    const now = performance.now();
    if (now - lastProgress < PROGRESS_MS) return;
    lastProgress = now;
    send({ type: 'progress', id: msg.id, counts });
  };
  const counts: RunCounts = { scanned: 0, matched: 0, chunksTotal: 0, chunksRead: 0 };
  let streamed = 0;
  try {
    // Read for each search, so a macro imported a moment ago is seen by the next one.
    const macros = [...(await storedMacros(getDb())), ...(msg.macros ?? [])];
    const result = await searchStored(getDb(), msg.query, {
      macros,
      datasetIds: msg.datasetIds,
      earliest: msg.earliest,
      latest: msg.latest,
      tz: msg.tz,
      now: msg.now,
      signal: abort.signal,
      cache,
      lookups: new StoredLookupSource(getDb()),
      // A few clock reads per command and chunk: always on, so any result can be inspected.
      profile: true,
      onProgress: (c) => {
        Object.assign(counts, c);
        progress(c);
      },
      onEvents: msg.stream
        ? (rows) => {
            // An events search sends its rows by page; streaming stops once a page is shown.
            if (msg.summarize && streamed >= FIRST_PAGE_ROWS) return;
            streamed += rows.length;
            send({ type: 'events', id: msg.id, rows, counts: { ...counts } });
          }
        : undefined,
    });
    // Over other datasets the same query reads other chunks: a first run again.
    const runKey = `${msg.query}\u0000${msg.datasetIds.join('\u0000')}`;
    if (!queriesRun.has(runKey)) {
      if (queriesRun.size >= MAX_QUERIES_RUN) queriesRun.clear();
      queriesRun.add(runKey);
      if (result.profile) result.profile.firstRun = true;
    }
    if (msg.summarize) {
      results.keep(msg.id, result.rows);
      const t1 = performance.now();
      const events = summarizeEvents(msg.id, result.rows, msg.tz, msg.earliest, msg.latest);
      if (result.profile) result.profile.summarizeMs = performance.now() - t1;
      const rows = result.rows.slice(0, FIRST_PAGE_ROWS);
      send({
        type: 'done',
        id: msg.id,
        result: { ...result, rows, events, ms: performance.now() - t0, cache: cache.stats() },
      });
    } else {
      const done = { ...result, ms: performance.now() - t0, cache: cache.stats() };
      send({ type: 'done', id: msg.id, result: done });
    }
  } catch (err) {
    if (abort.signal.aborted) send({ type: 'cancelled', id: msg.id });
    else send({ type: 'failed', id: msg.id, failure: failureOf(err) });
  } finally {
    running.delete(msg.id);
  }
}

function answer(msg: Extract<ToSearchWorker, { type: 'page' | 'fieldValues' }>): void {
  try {
    if (msg.type === 'page') {
      send({ type: 'page', id: msg.id, rows: results.page(msg.resultId, msg.offset, msg.limit) });
    } else {
      const values = results.fieldValues(msg.resultId, msg.field, msg.limit);
      send({ type: 'fieldValues', id: msg.id, values });
    }
  } catch (err) {
    send({ type: 'failed', id: msg.id, failure: failureOf(err) });
  }
}

async function complete(msg: Extract<ToSearchWorker, { type: 'complete' }>): Promise<void> {
  const t0 = performance.now();
  try {
    const data = completion.forScope(msg.datasetIds, msg.macros);
    const completions = await completeAt(msg.query, msg.pos, data);
    send({ type: 'completions', id: msg.id, completions, ms: performance.now() - t0 });
  } catch (err) {
    send({ type: 'failed', id: msg.id, failure: failureOf(err) });
  }
}

// The warm-up under way; a newer list of datasets replaces it.
let warming: AbortController | null = null;

function warm(datasetIds: string[]): void {
  warming?.abort();
  const abort = new AbortController();
  warming = abort;
  // Best effort: a chunk it cannot read is reported by the search that needs it.
  warmCache(getDb(), datasetIds, cache, abort.signal).catch(() => undefined);
}

scope.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const msg = event.data;
  if (msg.type === 'search') void run(msg);
  else if (msg.type === 'warm') warm(msg.datasetIds);
  else if (msg.type === 'page' || msg.type === 'fieldValues') answer(msg);
  else if (msg.type === 'complete') void complete(msg);
  else if (msg.type === 'release') results.release(msg.resultId);
  else if (msg.type === 'cancel') {
    const abort = running.get(msg.id);
    // A search that already ended has nothing to stop; say so, so the page does not wait.
    if (abort) abort.abort();
    else send({ type: 'cancelled', id: msg.id });
  }
};

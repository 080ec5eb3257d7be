import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromSearchWorker, ToSearchWorker } from './protocol';

/**
 * A stand-in for the browser's Worker that answers like search.worker.ts, or, when `hang` is set,
 * like a worker stuck in a regular expression: it never answers anything.
 */
class StubWorker {
  static made: StubWorker[] = [];
  static hang = false;
  onmessage: ((e: MessageEvent<FromSearchWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ToSearchWorker[] = [];

  constructor() {
    StubWorker.made.push(this);
  }

  postMessage(msg: ToSearchWorker): void {
    this.received.push(msg);
    if (StubWorker.hang || this.terminated) return;
    const reply = (m: FromSearchWorker) =>
      queueMicrotask(() => this.onmessage?.({ data: m } as MessageEvent<FromSearchWorker>));
    if (msg.type === 'cancel') return reply({ type: 'cancelled', id: msg.id });
    if (msg.type === 'release' || msg.type === 'warm') return;
    if (msg.type === 'page') {
      const rows = Array.from({ length: msg.limit }, (_, i) => ({ n: String(msg.offset + i) }));
      return reply(
        msg.resultId === 99
          ? {
              type: 'failed',
              id: msg.id,
              failure: { name: 'ResultReleasedError', message: 'gone' },
            }
          : { type: 'page', id: msg.id, rows },
      );
    }
    if (msg.type === 'fieldValues') {
      return reply({ type: 'fieldValues', id: msg.id, values: [{ value: msg.field, count: 3 }] });
    }
    if (msg.query === 'bad |') {
      const failure = { name: 'SplError', message: 'Expected a command', position: 5, end: 5 };
      return reply({ type: 'failed', id: msg.id, failure });
    }
    const counts = { scanned: 10, matched: 2, chunksTotal: 1, chunksRead: 1 };
    if (msg.query === 'slow') return;
    reply({ type: 'events', id: msg.id, rows: [{ a: '1' }], counts });
    reply({
      type: 'done',
      id: msg.id,
      result: { fields: ['a'], rows: [{ a: '1' }, { a: '2' }], counts, fast: false, ms: 1 },
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

async function loadClient() {
  vi.resetModules();
  StubWorker.made = [];
  StubWorker.hang = false;
  vi.stubGlobal('Worker', StubWorker);
  return import('./client');
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('startSearch', () => {
  it('streams events, then resolves with the result', async () => {
    const { startSearch } = await loadClient();
    const seen: unknown[] = [];
    const h = startSearch('x', {
      datasetIds: ['d'],
      tz: 'UTC',
      onEvents: (rows) => seen.push(rows),
    });
    const result = await h.done;
    expect(seen).toEqual([[{ a: '1' }]]);
    expect(result.rows).toHaveLength(2);
    expect(StubWorker.made[0].received[0]).toMatchObject({ type: 'search', stream: true });
  });

  it('rejects a bad query with an SplError carrying the position', async () => {
    const { startSearch } = await loadClient();
    const err = await startSearch('bad |', { datasetIds: ['d'], tz: 'UTC' }).done.catch((e) => e);
    // The client module was loaded afresh, so its SplError class is not this file's.
    expect(err).toMatchObject({ name: 'SplError', message: 'Expected a command', position: 5 });
  });

  it('cancels through the worker when it answers', async () => {
    const { startSearch } = await loadClient();
    const h = startSearch('slow', { datasetIds: ['d'], tz: 'UTC' });
    h.cancel();
    const err = await h.done.catch((e) => e);
    expect((err as Error).name).toBe('AbortError');
    expect(StubWorker.made[0].terminated).toBe(false);
  });

  it('ends a worker that does not answer a cancel, and starts a new one', async () => {
    vi.useFakeTimers();
    const { startSearch, CANCEL_GRACE_MS } = await loadClient();
    StubWorker.hang = true;
    const h = startSearch('slow', { datasetIds: ['d'], tz: 'UTC' });
    const outcome = h.done.catch((e) => e);
    h.cancel();
    vi.advanceTimersByTime(CANCEL_GRACE_MS - 1);
    expect(StubWorker.made[0].terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(((await outcome) as Error).name).toBe('AbortError');
    expect(StubWorker.made[0].terminated).toBe(true);
    StubWorker.hang = false;
    vi.useRealTimers();
    const next = await startSearch('x', { datasetIds: ['d'], tz: 'UTC' }).done;
    expect(next.rows).toHaveLength(2);
    expect(StubWorker.made).toHaveLength(2);
  });
});

describe('the time limit', () => {
  it('stops a search past its limit with a TimeLimitError, through the worker', async () => {
    vi.useFakeTimers();
    const { startSearch } = await loadClient();
    const h = startSearch('slow', { datasetIds: ['d'], tz: 'UTC', timeLimitMs: 5000 });
    const outcome = h.done.catch((e) => e);
    vi.advanceTimersByTime(4999);
    expect(StubWorker.made[0].received.map((m) => m.type)).toEqual(['search']);
    vi.advanceTimersByTime(1);
    expect(StubWorker.made[0].received.map((m) => m.type)).toEqual(['search', 'cancel']);
    const err = (await outcome) as Error & { limitMs: number };
    expect(err.name).toBe('TimeLimitError');
    expect(err.limitMs).toBe(5000);
    expect(StubWorker.made[0].terminated).toBe(false);
  });

  it('ends a worker stuck in one regular expression when the limit passes', async () => {
    vi.useFakeTimers();
    const { startSearch, CANCEL_GRACE_MS } = await loadClient();
    StubWorker.hang = true;
    const h = startSearch('slow', { datasetIds: ['d'], tz: 'UTC', timeLimitMs: 5000 });
    const outcome = h.done.catch((e) => e);
    vi.advanceTimersByTime(5000 + CANCEL_GRACE_MS);
    expect(((await outcome) as Error).name).toBe('TimeLimitError');
    expect(StubWorker.made[0].terminated).toBe(true);
  });

  it('lets a search that ends in time keep its result, and a search without a limit run on', async () => {
    vi.useFakeTimers();
    const { startSearch } = await loadClient();
    const fast = await startSearch('x', { datasetIds: ['d'], tz: 'UTC', timeLimitMs: 5000 }).done;
    expect(fast.rows).toHaveLength(2);
    const slow = startSearch('slow', { datasetIds: ['d'], tz: 'UTC' });
    vi.advanceTimersByTime(3_600_000);
    expect(StubWorker.made[0].received.map((m) => m.type)).toEqual(['search', 'search']);
    slow.cancel();
    expect(((await slow.done.catch((e) => e)) as Error).name).toBe('AbortError');
  });
});

describe('fetchPage and fetchFieldValues', () => {
  it('asks the worker for a page of a kept result and passes failures on', async () => {
    const { startSearch, fetchPage, fetchFieldValues, releaseResult } = await loadClient();
    await startSearch('x', { datasetIds: ['d'], tz: 'UTC', summarize: true }).done;
    const w = StubWorker.made[0];
    const search = w.received[0];
    expect(search.type === 'search' && search.summarize).toBe(true);
    await expect(fetchPage(1, 40, 2)).resolves.toEqual([{ n: '40' }, { n: '41' }]);
    await expect(fetchFieldValues(1, 'host', 5)).resolves.toEqual([{ value: 'host', count: 3 }]);
    // The worker's own words for a released result are replaced by the catalogue's.
    await expect(fetchPage(99, 0, 1)).rejects.toThrow('no longer kept');
    releaseResult(1);
    expect(w.received.at(-1)).toEqual({ type: 'release', resultId: 1 });
  });

  it('fails page requests left in a worker that was ended', async () => {
    const { startSearch, fetchPage } = await loadClient();
    await startSearch('x', { datasetIds: ['d'], tz: 'UTC', summarize: true }).done;
    StubWorker.hang = true;
    const page = fetchPage(1, 0, 20);
    const slow = startSearch('slow', { datasetIds: ['d'], tz: 'UTC' });
    slow.cancel();
    await expect(slow.done).rejects.toThrow();
    await vi.waitFor(() => expect(StubWorker.made[0].terminated).toBe(true), { timeout: 3000 });
    await expect(page).rejects.toThrow(/restarted/);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromImportWorker, ToImportWorker } from './protocol';

/** A stand-in for the browser's Worker: records what it is sent, answers when the test says. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: ToImportWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromImportWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(msg: ToImportWorker): void {
    this.sent.push(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(msg: FromImportWorker): void {
    this.onmessage?.({ data: msg } as MessageEvent<FromImportWorker>);
  }
}

const dataset = { id: 'd', name: 'n', sourcetypes: {}, hosts: {} } as unknown;

async function client() {
  vi.resetModules();
  return import('./client');
}

describe('startImport keeps its worker for the next import', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the next import in the worker that finished the last one', async () => {
    const { startImport } = await client();
    const first = startImport([], { name: 'a' });
    const worker = FakeWorker.made[0];
    worker.answer({ type: 'done', dataset } as FromImportWorker);
    await first.done;
    expect(worker.terminated).toBe(false);

    startImport([], { name: 'b' });
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.sent.filter((m) => m.type === 'start')).toHaveLength(2);
  });

  it('gives two imports at once two workers, and keeps one of them afterwards', async () => {
    const { startImport } = await client();
    const a = startImport([], { name: 'a' });
    const b = startImport([], { name: 'b' });
    const [wa, wb] = FakeWorker.made;
    expect(wb).toBeDefined();
    wa.answer({ type: 'done', dataset } as FromImportWorker);
    wb.answer({ type: 'done', dataset } as FromImportWorker);
    await Promise.all([a.done, b.done]);
    expect([wa.terminated, wb.terminated]).toEqual([false, true]);
  });

  it('stops a kept worker once it has been idle for the keeping time', async () => {
    const { startImport, KEEP_IMPORT_WORKER_MS } = await client();
    const handle = startImport([], { name: 'a' });
    const worker = FakeWorker.made[0];
    worker.answer({ type: 'failed', failure: { kind: 'cancelled', message: '', issues: [] } });
    await expect(handle.done).rejects.toThrow();
    vi.advanceTimersByTime(KEEP_IMPORT_WORKER_MS - 1);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(worker.terminated).toBe(true);

    startImport([], { name: 'b' });
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('does not keep a worker that failed with an error', async () => {
    const { startImport } = await client();
    const handle = startImport([], { name: 'a' });
    const worker = FakeWorker.made[0];
    worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(handle.done).rejects.toThrow(/out of memory/);
    expect(worker.terminated).toBe(true);
    startImport([], { name: 'b' });
    expect(FakeWorker.made).toHaveLength(2);
  });

  it("names the import a cancel is for, so that a late one cannot stop the worker's next", async () => {
    const { startImport } = await client();
    const handle = startImport([], { name: 'a' });
    const worker = FakeWorker.made[0];
    handle.cancel();
    const start = worker.sent[0];
    const cancel = worker.sent[1];
    expect(start.type).toBe('start');
    expect(cancel).toEqual({
      type: 'cancel',
      datasetId: start.type === 'start' ? start.datasetId : '',
    });
  });
});

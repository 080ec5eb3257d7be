import type { HuntProgressRecord } from '../../data/db/schema-types';
import type { Hunt } from '../../hunts/types';
import { getLocale, t } from '../../i18n/messages';
import type { Indicator } from '../indicators';
import type { IndicatorsAnswer, IndicatorsRequest } from './indicators-protocol';

interface WorkerLike {
  postMessage(message: IndicatorsRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<IndicatorsAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Waiting {
  hunt: Hunt;
  progress: HuntProgressRecord | null;
  settle: { resolve(list: Indicator[]): void; reject(err: Error): void }[];
}

/**
 * Gathers indicators in a worker, one request at a time. Requests made while one runs wait, and
 * only the newest of them is run: typing a note changes the progress on every key, and each
 * request superseded by a newer one gets the newer one's answer.
 */
export function indicatorsClient(makeWorker: () => WorkerLike) {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let running: Waiting | null = null;
  let waiting: Waiting | null = null;

  const settleRunning = (fn: (w: Waiting) => void) => {
    const done = running;
    running = null;
    if (done) fn(done);
    if (waiting) {
      const next = waiting;
      waiting = null;
      start(next);
    }
  };

  const getWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event) => {
      const answer = event.data;
      settleRunning((done) => {
        if ('error' in answer) done.settle.forEach((s) => s.reject(new Error(answer.error)));
        else done.settle.forEach((s) => s.resolve(answer.indicators));
      });
    };
    w.onerror = (event) => {
      w.terminate();
      worker = null;
      const err = new Error(event.message || t('findings.indicators.workerStopped'));
      settleRunning((done) => done.settle.forEach((s) => s.reject(err)));
    };
    worker = w;
    return w;
  };

  function start(request: Waiting): void {
    running = request;
    getWorker().postMessage({
      id: nextId++,
      hunt: request.hunt,
      progress: request.progress,
      locale: getLocale(),
    });
  }

  return function gather(hunt: Hunt, progress: HuntProgressRecord | null) {
    return new Promise<Indicator[]>((resolve, reject) => {
      const settle = [...(waiting?.settle ?? []), { resolve, reject }];
      const request: Waiting = { hunt, progress, settle };
      if (running) waiting = request;
      else start(request);
    });
  };
}

/** The page's indicator worker, started on first use. */
export const gatherIndicators = indicatorsClient(
  () =>
    new Worker(new URL('./indicators.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as WorkerLike,
);

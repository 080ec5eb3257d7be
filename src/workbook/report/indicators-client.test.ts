import { describe, expect, it } from 'vitest';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { emptyProgress } from '../../data/progress/progress';
import type { Hunt } from '../../hunts/types';
import { indicatorsClient } from './indicators-client';
import type { IndicatorsAnswer, IndicatorsRequest } from './indicators-protocol';

/** A worker that answers when told to, with the request's own note as its one indicator. */
function fakeWorker() {
  const received: IndicatorsRequest[] = [];
  const w = {
    received,
    onmessage: null as ((event: MessageEvent<IndicatorsAnswer>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage: (m: IndicatorsRequest) => void received.push(m),
    terminate: () => undefined,
    answer(i: number) {
      const m = received[i];
      const value = m.progress?.notes.x ?? '';
      w.onmessage?.({
        data: { id: m.id, indicators: [{ kind: 'file', value, seen: [] }] },
      } as unknown as MessageEvent<IndicatorsAnswer>);
    },
  };
  return w;
}

const progress = (note: string): HuntProgressRecord => ({
  ...emptyProgress('h'),
  notes: { x: note },
});
/** Only passed along to the worker here. */
const hunt = { id: 'h' } as Hunt;
const values = (p: Promise<{ value: string }[]>) => p.then((list) => list.map((i) => i.value));

describe('the indicator worker client', () => {
  it('runs one request at a time and only the newest of those that waited', async () => {
    const w = fakeWorker();
    const gather = indicatorsClient(() => w);
    const first = values(gather(hunt, progress('a.exe')));
    const second = values(gather(hunt, progress('b.exe')));
    const third = values(gather(hunt, progress('c.exe')));
    expect(w.received.map((m) => m.progress?.notes.x)).toEqual(['a.exe']);
    w.answer(0);
    // The second was superseded while it waited: it gets the third's answer.
    expect(w.received.map((m) => m.progress?.notes.x)).toEqual(['a.exe', 'c.exe']);
    w.answer(1);
    expect(await first).toEqual(['a.exe']);
    expect(await second).toEqual(['c.exe']);
    expect(await third).toEqual(['c.exe']);
  });

  it('fails the running request when the worker fails, and starts a new worker after', async () => {
    const workers = [fakeWorker(), fakeWorker()];
    let made = 0;
    const gather = indicatorsClient(() => workers[made++]);
    const first = gather(hunt, progress('a.exe'));
    workers[0].onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(first).rejects.toThrow('boom');
    const second = values(gather(hunt, progress('b.exe')));
    workers[1].answer(0);
    expect(await second).toEqual(['b.exe']);
  });
});

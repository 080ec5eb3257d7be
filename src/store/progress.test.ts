import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDB } from '../data/db/db';
import { recordAnswer, saveNote, visitStep } from '../data/progress/changes';
import { updateProgress, type HuntProgressRecord } from '../data/progress/progress';
import { createProgressStore, type ProgressChannel } from './progress';

/** Channels of one origin's tabs: a message reaches every other one, later, as a browser's does. */
function bus() {
  const members: ProgressChannel[] = [];
  let delivered = 0;
  const join = (): ProgressChannel => {
    const me: ProgressChannel = {
      onmessage: null,
      postMessage: (data) => {
        for (const other of members) {
          if (other === me) continue;
          setTimeout(() => {
            other.onmessage?.({ data } as MessageEvent);
            delivered++;
          }, 0);
        }
      },
    };
    members.push(me);
    return me;
  };
  return { join, delivered: () => delivered };
}

/** Resolves once `check` holds (polled), or fails with what it last saw. */
async function until<T>(read: () => T, check: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = read();
    if (check(v)) return v;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never held: ${JSON.stringify(read())}`);
}

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`progress-store-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('progress across tabs', () => {
  it("shows in one tab the answers and notes given in another's", async () => {
    const { join } = bus();
    const a = createProgressStore(() => db, join());
    const b = createProgressStore(() => db, join());
    await a.getState().load('ftp');
    await b.getState().load('ftp');
    a.getState().apply(recordAnswer('q1', 'T1048', 'right'));
    a.getState().apply(saveNote('s1', 'seen in *two* places'));
    const shown = await until(
      () => b.getState().progress,
      (p) => p?.notes.s1 !== undefined,
    );
    expect(shown?.answers.q1).toEqual({ value: 'T1048', verdict: 'right' });
    expect(shown?.notes.s1).toBe('seen in *two* places');
  });

  it("keeps its own change made while another tab's lands, on screen and stored", async () => {
    const { join } = bus();
    const a = createProgressStore(() => db, join());
    const b = createProgressStore(() => db, join());
    await a.getState().load('ftp');
    await b.getState().load('ftp');
    // Both change at once: each tab's news may arrive while the other's write is in flight.
    a.getState().apply(recordAnswer('q1', 'T1048', 'right'));
    b.getState().apply(visitStep('s2'));
    b.getState().apply(recordAnswer('q2', '42', 'wrong'));
    const both = (p: HuntProgressRecord | null) =>
      p?.answers.q1 !== undefined && p?.answers.q2 !== undefined && p.visited.includes('s2');
    await until(() => a.getState().progress, both);
    await until(() => b.getState().progress, both);
    const stored = await db.progress.get('ftp');
    expect(stored && Object.keys(stored.answers).sort()).toEqual(['q1', 'q2']);
    expect(stored?.visited).toEqual(['s2']);
  });

  it('keeps a change made while it reads the progress again', async () => {
    const b = createProgressStore(() => db, null);
    await b.getState().load('ftp');
    // The read starts before the change is written, so what it reads cannot hold it.
    const reading = b.getState().reloaded();
    b.getState().apply(saveNote('s1', 'typed during the read'));
    await reading;
    await new Promise((r) => setTimeout(r, 30));
    expect(b.getState().progress?.notes.s1).toBe('typed during the read');
  });

  it('ignores news of another hunt, and follows a reset', async () => {
    const { join, delivered } = bus();
    const a = createProgressStore(() => db, join());
    const b = createProgressStore(() => db, join());
    await a.getState().load('other');
    await b.getState().load('ftp');
    await updateProgress('ftp', saveNote('s1', 'written behind the store'), db);
    a.getState().apply(saveNote('s9', 'x'));
    await until(delivered, (d) => d >= 1);
    await new Promise((r) => setTimeout(r, 20));
    // B was not told about 'ftp' (the news was of 'other'), so it still shows what it loaded.
    expect(b.getState().progress?.notes).toEqual({});

    const c = createProgressStore(() => db, join());
    await c.getState().load('ftp');
    expect(c.getState().progress?.notes.s1).toBe('written behind the store');
    await c.getState().reset();
    await b.getState().reloaded();
    expect(b.getState().progress?.notes).toEqual({});
  });

  it('works without a channel (no BroadcastChannel): changes still land', async () => {
    const a = createProgressStore(() => db, null);
    await a.getState().load('ftp');
    a.getState().apply(recordAnswer('q1', 'T1048', 'right'));
    await until(
      () => a.getState().progress?.answers.q1?.value,
      (v) => v === 'T1048',
    );
    expect((await db.progress.get('ftp'))?.answers.q1?.value).toBe('T1048');
  });
});

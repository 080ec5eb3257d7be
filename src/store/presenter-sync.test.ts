import { afterEach, describe, expect, it } from 'vitest';
import {
  channelName,
  isNewer,
  openLink,
  readMessage,
  type PresenterLink,
  type PresenterMessage,
  type PresenterState,
} from './presenter-sync';

const state = (over: Partial<PresenterState> = {}): PresenterState => ({
  huntId: 'ftp-exfiltration',
  stepId: 'hypothesis',
  shown: { hypothesis: 1 },
  startedAt: 1000,
  rev: 5,
  by: 'a',
  ...over,
});

/** Resolves with the next message a link receives. */
function inbox() {
  const got: PresenterMessage[] = [];
  let wake: (() => void) | null = null;
  return {
    receive: (m: PresenterMessage) => {
      got.push(m);
      wake?.();
    },
    next: () =>
      new Promise<PresenterMessage>((resolve) => {
        const take = () => resolve(got.shift()!);
        if (got.length) take();
        else wake = take;
      }),
    got,
  };
}

const links: PresenterLink[] = [];
afterEach(() => {
  for (const l of links.splice(0)) l.close();
});

describe('presenter sync protocol', () => {
  it('carries state and hello between two windows of the same hunt, both ways', async () => {
    const a = inbox();
    const b = inbox();
    const la = openLink('ftp-exfiltration', a.receive);
    const lb = openLink('ftp-exfiltration', b.receive);
    links.push(la, lb);
    lb.send({ type: 'hello', from: 'b' });
    expect(await a.next()).toEqual({ type: 'hello', from: 'b' });
    la.send({ type: 'state', state: state() });
    expect(await b.next()).toEqual({ type: 'state', state: state() });
    lb.send({ type: 'state', state: state({ stepId: 'findings', rev: 6, by: 'b' }) });
    expect(await a.next()).toMatchObject({ state: { stepId: 'findings', rev: 6 } });
    // A window does not hear itself.
    expect(a.got).toEqual([]);
    expect(b.got).toEqual([]);
  });

  it('keeps hunts apart', async () => {
    const other = inbox();
    const mine = inbox();
    links.push(openLink('another-hunt', other.receive), openLink('ftp-exfiltration', mine.receive));
    const sender = openLink('ftp-exfiltration', () => {});
    links.push(sender);
    sender.send({ type: 'hello', from: 's' });
    await mine.next();
    expect(other.got).toEqual([]);
    expect(channelName('a')).not.toBe(channelName('b'));
  });

  it('reads only well-formed messages', () => {
    expect(readMessage({ type: 'state', state: state() })).toEqual({
      type: 'state',
      state: state(),
    });
    expect(readMessage({ type: 'state', state: { ...state(), rev: '5' } })).toBeNull();
    expect(readMessage({ type: 'state', state: { ...state(), shown: [1] } })).toBeNull();
    expect(readMessage({ type: 'hello' })).toBeNull();
    expect(readMessage('hello')).toBeNull();
    expect(readMessage(null)).toBeNull();
    // Non-numeric counts are dropped, not passed on.
    expect(
      readMessage({ type: 'state', state: { ...state(), shown: { a: 2, b: 'x' } } }),
    ).toMatchObject({ state: { shown: { a: 2 } } });
  });

  it('orders revisions by number, then by window id, so both windows settle on one', () => {
    expect(isNewer(state({ rev: 6 }), state({ rev: 5, by: 'z' }))).toBe(true);
    expect(isNewer(state({ rev: 5, by: 'b' }), state({ rev: 5, by: 'a' }))).toBe(true);
    expect(isNewer(state({ rev: 5, by: 'a' }), state({ rev: 5, by: 'b' }))).toBe(false);
    expect(isNewer(state({ rev: 4 }), state({ rev: 5 }))).toBe(false);
    expect(isNewer(state(), null)).toBe(true);
  });
});

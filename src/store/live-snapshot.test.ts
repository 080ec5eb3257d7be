import { describe, expect, it } from 'vitest';
import { liveSnapshot } from './live-snapshot';

/** A source that counts its opens and closes and hands out its publish. */
function fakeSource() {
  const source = { opened: 0, closed: 0, publish: (_next: number) => {} };
  const live = liveSnapshot(0, (publish) => {
    source.opened++;
    source.publish = publish;
    return () => source.closed++;
  });
  return { source, live };
}

describe('liveSnapshot', () => {
  it('opens its source once for every reader and closes it with the last', () => {
    const { source, live } = fakeSource();
    expect(source.opened).toBe(0);
    const stopA = live.subscribe(() => {});
    const stopB = live.subscribe(() => {});
    expect(source).toMatchObject({ opened: 1, closed: 0 });
    stopA();
    expect(source.closed).toBe(0);
    stopB();
    expect(source).toMatchObject({ opened: 1, closed: 1 });
    live.subscribe(() => {})();
    expect(source).toMatchObject({ opened: 2, closed: 2 });
  });

  it('tells every reader of a new snapshot and keeps the last one after the source closes', () => {
    const { source, live } = fakeSource();
    const heard: string[] = [];
    const stopA = live.subscribe(() => heard.push(`a${live.getSnapshot()}`));
    const stopB = live.subscribe(() => heard.push(`b${live.getSnapshot()}`));
    expect(live.getSnapshot()).toBe(0);
    source.publish(7);
    expect(heard).toEqual(['a7', 'b7']);
    stopA();
    source.publish(8);
    expect(heard).toEqual(['a7', 'b7', 'b8']);
    stopB();
    expect(live.getSnapshot()).toBe(8);
  });
});

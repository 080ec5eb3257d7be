import { describe, expect, it } from 'vitest';
import { HuntLru } from './hunt-lru';

describe('HuntLru', () => {
  it('keeps what a later search used again when a one-off search passes through', () => {
    const lru = new HuntLru<string, number>(100);
    lru.set('hunt', 1, 30);
    lru.nextSearch();
    expect(lru.get('hunt')).toBe(1);
    expect(lru.protectedBytes).toBe(30);
    lru.nextSearch();
    // A scan over everything: more than the budget, each entry used once.
    for (let k = 0; k < 10; k++) lru.set(`scan${k}`, k, 20);
    expect(lru.get('hunt')).toBe(1);
    expect(lru.bytes).toBeLessThanOrEqual(100);
    // What did not fit beside it is not kept: the scan's first entries stay, not its last.
    expect(lru.get('scan0')).toBe(0);
    expect(lru.get('scan9')).toBeUndefined();
  });

  it('lets a repeated search larger than the room read only what did not fit, then all of it', () => {
    const lru = new HuntLru<string, number>(100);
    // Another search's entries, used twice: protected.
    for (const k of ['a', 'b', 'c']) lru.set(k, 0, 20);
    lru.nextSearch();
    for (const k of ['a', 'b', 'c']) lru.get(k);
    expect(lru.protectedBytes).toBe(60);
    const run = () => {
      lru.nextSearch();
      let hits = 0;
      for (let k = 0; k < 5; k++) {
        if (lru.get(`s${k}`) !== undefined) hits++;
        else lru.set(`s${k}`, k, 20);
        expect(lru.bytes).toBeLessThanOrEqual(100);
      }
      return hits;
    };
    // Plain LRU hits none on every run (each part pushed out the first one of the same scan).
    expect([run(), run(), run(), run(), run()]).toEqual([0, 2, 3, 4, 5]);
    // The protected entries of the search no longer run made the room.
    expect(lru.get('a')).toBeUndefined();
  });

  it('reports whether an entry was kept', () => {
    const lru = new HuntLru<string, number>(50);
    expect(lru.set('x', 1, 30)).toBe(true);
    expect(lru.set('y', 2, 30)).toBe(false);
    expect(lru.get('y')).toBeUndefined();
    expect(lru.bytes).toBe(30);
    lru.nextSearch();
    // Another search's entry on probation makes room.
    expect(lru.set('y', 2, 30)).toBe(true);
    expect(lru.get('x')).toBeUndefined();
  });

  it('does not protect what one search uses twice, and demotes past its share', () => {
    const lru = new HuntLru<string, number>(100, 0.5);
    lru.set('a', 1, 40);
    lru.get('a');
    expect(lru.protectedBytes).toBe(0);
    lru.set('b', 2, 40);
    lru.nextSearch();
    lru.get('a');
    lru.get('b');
    // Both protected would be 80 bytes, past half of 100: the older goes back on probation.
    expect(lru.protectedBytes).toBe(40);
    lru.nextSearch();
    lru.set('c', 3, 40);
    expect(lru.get('a')).toBeUndefined();
    expect(lru.get('b')).toBe(2);
  });

  it('counts growth and deletes by key', () => {
    const lru = new HuntLru<string, number>(100);
    lru.set('x:1', 1, 10);
    lru.set('y:1', 2, 10);
    lru.grow('x:1', 15);
    expect(lru.bytes).toBe(35);
    lru.deleteWhere((k) => k.startsWith('x:'));
    expect(lru.bytes).toBe(10);
    expect(lru.size).toBe(1);
  });
});

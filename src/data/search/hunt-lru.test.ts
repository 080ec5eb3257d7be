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
    expect(lru.get('scan0')).toBeUndefined();
    expect(lru.get('scan9')).toBe(9);
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

import { describe, expect, it } from 'vitest';
import { ByteLru } from './lru';

describe('ByteLru', () => {
  it('counts the bytes it holds and drops the least recently used past its cap', () => {
    const lru = new ByteLru<string, number>(10);
    lru.set('a', 1, 4);
    lru.set('b', 2, 4);
    expect(lru.bytes).toBe(8);
    lru.get('a');
    lru.set('c', 3, 4);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.bytes).toBe(8);
  });

  it('counts a replaced entry once, at its new size', () => {
    const lru = new ByteLru<string, number>(100);
    lru.set('a', 1, 30);
    lru.set('a', 2, 50);
    expect(lru.bytes).toBe(50);
    expect(lru.size).toBe(1);
    expect(lru.get('a')).toBe(2);
  });

  it('keeps the newest entry even when it alone is over the cap', () => {
    const lru = new ByteLru<string, number>(10);
    lru.set('a', 1, 5);
    lru.set('b', 2, 20);
    expect(lru.size).toBe(1);
    expect(lru.get('b')).toBe(2);
    expect(lru.bytes).toBe(20);
    lru.clear();
    expect(lru.bytes).toBe(0);
  });

  it('counts an entry that grew, makes it the newest and drops others to fit', () => {
    const lru = new ByteLru<string, number>(10);
    lru.set('a', 1, 4);
    lru.set('b', 2, 4);
    lru.grow('a', 4);
    expect(lru.bytes).toBe(8);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    lru.grow('gone', 100);
    expect(lru.bytes).toBe(8);
  });
});

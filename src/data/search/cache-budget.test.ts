import { describe, expect, it } from 'vitest';
import { cacheBudget } from './cache-budget';

describe('cacheBudget', () => {
  it('grows with the device memory, within bounds', () => {
    const small = cacheBudget(2, undefined);
    const large = cacheBudget(8, undefined);
    expect(small.dataBytes + small.rawBytes).toBe(125e6);
    expect(large.dataBytes + large.rawBytes).toBe(500e6);
    expect(large.basis).toBe('device memory 8 GB');
    expect(cacheBudget(0.25, undefined).dataBytes + cacheBudget(0.25, undefined).rawBytes).toBe(
      96e6,
    );
  });

  it('stays within a quarter of the heap the worker may use', () => {
    const b = cacheBudget(8, 1e9);
    expect(b.dataBytes + b.rawBytes).toBe(250e6);
    expect(b.basis).toBe('device memory 8 GB, heap limit 1000 MB');
  });

  it('keeps the old size when the browser says nothing', () => {
    const b = cacheBudget(undefined, undefined);
    expect(b.dataBytes + b.rawBytes).toBe(140e6);
    expect(b.basis).toBe('default');
  });
});

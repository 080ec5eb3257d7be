import { describe, expect, it } from 'vitest';
import { snapToBuckets } from './zoom-range';

const MIN = 60_000;
const t0 = Date.UTC(2017, 7, 24, 3, 30);
const buckets = [0, 1, 2, 3, 4].map((i) => ({ start: t0 + i * MIN, end: t0 + (i + 1) * MIN }));

describe('snapToBuckets', () => {
  it('covers the dragged buckets from the first start to the last end', () => {
    expect(snapToBuckets(buckets, 1, 3)).toEqual({ earliest: t0 + MIN, latest: t0 + 4 * MIN });
  });

  it('accepts a drag from right to left', () => {
    expect(snapToBuckets(buckets, 3, 1)).toEqual(snapToBuckets(buckets, 1, 3));
  });

  it('rounds fractional positions and clamps past the ends of the axis', () => {
    expect(snapToBuckets(buckets, -2, 1.6)).toEqual({ earliest: t0, latest: t0 + 3 * MIN });
    expect(snapToBuckets(buckets, 4, 99)).toEqual({ earliest: t0 + 4 * MIN, latest: t0 + 5 * MIN });
  });

  it('gives nothing without buckets or positions', () => {
    expect(snapToBuckets([], 0, 1)).toBeNull();
    expect(snapToBuckets(buckets, Number.NaN, 1)).toBeNull();
  });
});

/** Bucket edges of a time axis, epoch ms; `end` is exclusive. */
export interface BucketEdges {
  start: number;
  end: number;
}

/**
 * The time range covered by the buckets from index `a` to index `b` (either order), snapped
 * outward: from the start of the first bucket to the end of the last. Indexes beyond the axis
 * are clamped; null when there are no buckets.
 */
export function snapToBuckets(
  buckets: readonly BucketEdges[],
  a: number,
  b: number,
): { earliest: number; latest: number } | null {
  if (buckets.length === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  const clamp = (i: number) => Math.min(buckets.length - 1, Math.max(0, Math.round(i)));
  const lo = clamp(Math.min(a, b));
  const hi = clamp(Math.max(a, b));
  return { earliest: buckets[lo].start, latest: buckets[hi].end };
}

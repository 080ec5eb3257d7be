import type { Hunt, HuntSearch, HuntStep, TimeRange } from '../hunts/types';

/** The window a search runs over: its own, else its step's, else the hunt's. */
export function searchRange(hunt: Hunt, step: HuntStep, search: HuntSearch) {
  return search.timeRange ?? step.timeRange ?? hunt.timeRange;
}

const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** A time range's bounds in epoch ms, or null when it is not two ordered absolute instants. */
export function rangeBounds(range: TimeRange): { earliest: number; latest: number } | null {
  if (!ISO_WITH_OFFSET.test(range.earliest) || !ISO_WITH_OFFSET.test(range.latest)) return null;
  const earliest = Date.parse(range.earliest);
  const latest = Date.parse(range.latest);
  if (!Number.isFinite(earliest) || !Number.isFinite(latest) || earliest >= latest) return null;
  return { earliest, latest };
}

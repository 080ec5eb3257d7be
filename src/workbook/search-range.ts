import type { Hunt, HuntSearch, HuntStep } from '../hunts/types';

/** The window a search runs over: its own, else its step's, else the hunt's. */
export function searchRange(hunt: Hunt, step: HuntStep, search: HuntSearch) {
  return search.timeRange ?? step.timeRange ?? hunt.timeRange;
}

import { extractIndicators, indicatorKey } from './extract';
import type { Indicator, IndicatorSighting } from './types';

const sameSighting = (a: IndicatorSighting, b: IndicatorSighting) =>
  a.stepId === b.stepId && a.searchId === b.searchId && a.pinId === b.pinId && a.label === b.label;

/** Merges sources into indicators (same kind+normalised value → one indicator with all sightings). */
export function collectIndicators(
  sources: { text: string; sighting: IndicatorSighting }[],
): Indicator[] {
  const byKey = new Map<string, Indicator>();
  for (const { text, sighting } of sources) {
    for (const { kind, value } of extractIndicators(text)) {
      const key = indicatorKey(kind, value);
      const known = byKey.get(key);
      if (!known) byKey.set(key, { kind, value, seen: [sighting] });
      else if (!known.seen.some((s) => sameSighting(s, sighting))) known.seen.push(sighting);
    }
  }
  return [...byKey.values()];
}

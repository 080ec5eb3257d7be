/**
 * When background events happen: a count per hour of August drawn around a rate that follows
 * the office day (busy 8-17, quiet at night) and the week (weekends nearly idle), so that
 * month-long time charts show the rhythm of a real network.
 */
import type { Rng } from '../rng';
import { MONTH_START } from '../time';

/** Share of the busiest hour's activity, by Pacific hour of day. */
const OFFICE_HOURS = [
  0.03, 0.03, 0.03, 0.03, 0.03, 0.03, 0.1, 0.4, 0.9, 1, 1, 1, 0.7, 0.95, 1, 1, 0.85, 0.5, 0.25,
  0.12, 0.08, 0.06, 0.04, 0.03,
];

export type Profile = 'office' | 'server' | 'flat';

const HOUR_MS = 3_600_000;
const DAYS = 31;
/** Aug 1, 2017 was a Tuesday. */
const FIRST_WEEKDAY = 2;

export function isWeekend(day: number): boolean {
  const weekday = (FIRST_WEEKDAY + day - 1) % 7;
  return weekday === 0 || weekday === 6;
}

function weight(profile: Profile, day: number, hour: number): number {
  const office = OFFICE_HOURS[hour] * (isWeekend(day) ? 0.08 : 1);
  if (profile === 'office') return office;
  if (profile === 'server') return 0.5 + 0.5 * office;
  return 1;
}

/**
 * Instants of events at `perHour` events in a weight-1 hour, over all of August, in time order.
 * The count of each hour varies around its expectation, so no two days look the same.
 */
export function occurrences(rng: Rng, perHour: number, profile: Profile): number[] {
  const times: number[] = [];
  for (let day = 1; day <= DAYS; day++) {
    for (let hour = 0; hour < 24; hour++) {
      const expected = perHour * weight(profile, day, hour) * (0.75 + 0.5 * rng.next());
      const n = Math.floor(expected) + (rng.chance(expected % 1) ? 1 : 0);
      const hourStart = MONTH_START + ((day - 1) * 24 + hour) * HOUR_MS;
      const inHour: number[] = [];
      for (let i = 0; i < n; i++) inHour.push(hourStart + Math.floor(rng.next() * HOUR_MS));
      times.push(...inHour.sort((a, b) => a - b));
    }
  }
  return times;
}

/** Weekday mornings (one instant per working day) between `fromHour` and `toHour`. */
export function weekdayMornings(rng: Rng, fromHour: number, toHour: number): number[] {
  const out: number[] = [];
  for (let day = 1; day <= DAYS; day++) {
    if (isWeekend(day)) continue;
    const offset = (fromHour + rng.next() * (toHour - fromHour)) * HOUR_MS;
    out.push(MONTH_START + (day - 1) * 24 * HOUR_MS + Math.floor(offset));
  }
  return out;
}

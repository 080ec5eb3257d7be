import { constMap } from '../data-map';

/** Time units of modifiers and spans, by their canonical short name. */
export type TimeUnit = 's' | 'm' | 'h' | 'd' | 'w' | 'mon' | 'q' | 'y';

const ALIASES = constMap<TimeUnit>({
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  week: 'w',
  weeks: 'w',
  mon: 'mon',
  month: 'mon',
  months: 'mon',
  q: 'q',
  qtr: 'q',
  qtrs: 'q',
  quarter: 'q',
  quarters: 'q',
  y: 'y',
  yr: 'y',
  yrs: 'y',
  year: 'y',
  years: 'y',
});

/** The unit a word names (case-insensitive), or null. */
export function timeUnit(word: string): TimeUnit | null {
  return ALIASES[word.toLowerCase()] ?? null;
}

/** Length of the fixed-length units in ms. */
export const FIXED_UNIT_MS: Partial<Record<TimeUnit, number>> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

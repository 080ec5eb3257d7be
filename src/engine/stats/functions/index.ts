import { COUNTING_FUNCTIONS } from './counting';
import { NUMERIC_FUNCTIONS } from './numeric';
import { ORDERED_FUNCTIONS } from './ordered';
import type { StatsFunction } from './types';
import { constMap } from '../../data-map';

export type { StatsFunction } from './types';

const BY_NAME = new Map<string, StatsFunction>(
  [...COUNTING_FUNCTIONS, ...NUMERIC_FUNCTIONS, ...ORDERED_FUNCTIONS].map((f) => [f.name, f]),
);

const ALIASES = constMap<string>({
  c: 'count',
  distinct_count: 'dc',
  estdc: 'dc',
  mean: 'avg',
});

// perc95, p95, p99.9, exactperc99, upperperc75.
const PERCENTILE = /^(?:perc|p|exactperc|upperperc)(\d+(?:\.\d+)?)$/;

export interface ResolvedStatsFunction {
  fn: StatsFunction;
  param: number;
}

/** The function a (case-insensitive) name stands for, or null when there is none. */
export function lookupStatsFunction(name: string): ResolvedStatsFunction | null {
  const lower = name.toLowerCase();
  const fn = BY_NAME.get(ALIASES[lower] ?? lower);
  if (fn) return { fn, param: 0 };
  const m = PERCENTILE.exec(lower);
  if (m) {
    const p = Number(m[1]);
    if (p >= 0 && p <= 100) return { fn: BY_NAME.get('perc')!, param: p };
  }
  return null;
}

/** Every name `lookupStatsFunction` knows, for error messages and docs. */
export const STATS_FUNCTION_NAMES = [...BY_NAME.keys(), ...Object.keys(ALIASES)].filter(
  (n) => n !== 'perc',
);

import { toNumber } from '../../eval/coerce';
import type { Scalar } from '../../values';
import { defineStats } from './types';

// Numeric functions skip values that are not numbers, as Splunk does; with no number at all the
// result is empty (the field is absent), not 0.

interface Sum {
  sum: number;
  n: number;
}

interface Moments {
  n: number;
  mean: number;
  m2: number;
}

interface Extreme {
  num: number | null;
  str: string | null;
}

interface Sample {
  values: number[];
}

function addSum(s: Sum, v: Scalar, square: boolean): void {
  const x = typeof v === 'number' ? v : toNumber(v);
  if (x === null || Number.isNaN(x)) return;
  s.sum += square ? x * x : x;
  s.n++;
}

// Welford's update: one pass, and no catastrophic cancellation on large values such as bytes.
function addMoment(s: Moments, v: Scalar): void {
  const x = typeof v === 'number' ? v : toNumber(v);
  if (x === null || Number.isNaN(x)) return;
  s.n++;
  const d = x - s.mean;
  s.mean += d / s.n;
  s.m2 += d * (x - s.mean);
}

function variance(s: Moments, sample: boolean): number | null {
  if (s.n === 0) return null;
  if (sample) return s.n < 2 ? 0 : s.m2 / (s.n - 1);
  return s.m2 / s.n;
}

/** Numbers compare numerically; text only matters when no value is a number. */
function addExtreme(s: Extreme, v: Scalar, sign: 1 | -1): void {
  const x = typeof v === 'number' ? v : toNumber(v);
  if (x !== null && !Number.isNaN(x)) {
    if (s.num === null || (x - s.num) * sign > 0) s.num = x;
  } else if (typeof v === 'string') {
    if (s.str === null || (sign > 0 ? v > s.str : v < s.str)) s.str = v;
  }
}

function addSample(s: Sample, v: Scalar): void {
  const x = typeof v === 'number' ? v : toNumber(v);
  if (x !== null && !Number.isNaN(x)) s.values.push(x);
}

/**
 * The p-th percentile by linear interpolation between closest ranks (rank p/100 * (n-1)), which
 * is what Splunk's exactperc computes; perc and upperperc are exact below 1000 values in Splunk,
 * and exact here always.
 */
export function percentile(values: number[], p: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const pos = (Math.min(100, Math.max(0, p)) / 100) * (n - 1);
  const lo = Math.floor(pos);
  const frac = pos - lo;
  if (frac === 0 || lo + 1 >= n) return sorted[lo];
  return sorted[lo] + (sorted[lo + 1] - sorted[lo]) * frac;
}

export const NUMERIC_FUNCTIONS = [
  defineStats<Sum>({
    name: 'sum',
    meta: { syntax: 'sum(<field>)', description: 'The sum of the numeric values.' },
    init: () => ({ sum: 0, n: 0 }),
    add: (s, v) => addSum(s, v, false),
    result: (s) => (s.n === 0 ? null : s.sum),
  }),
  defineStats<Sum>({
    name: 'sumsq',
    meta: { syntax: 'sumsq(<field>)', description: 'The sum of the squares of the values.' },
    init: () => ({ sum: 0, n: 0 }),
    add: (s, v) => addSum(s, v, true),
    result: (s) => (s.n === 0 ? null : s.sum),
  }),
  defineStats<Sum>({
    name: 'avg',
    meta: { syntax: 'avg(<field>)', description: 'The average of the numeric values.' },
    init: () => ({ sum: 0, n: 0 }),
    add: (s, v) => addSum(s, v, false),
    result: (s) => (s.n === 0 ? null : s.sum / s.n),
  }),
  defineStats<Extreme>({
    name: 'min',
    meta: { syntax: 'min(<field>)', description: 'The smallest value (numbers before text).' },
    init: () => ({ num: null, str: null }),
    add: (s, v) => addExtreme(s, v, -1),
    result: (s) => s.num ?? s.str,
  }),
  defineStats<Extreme>({
    name: 'max',
    meta: { syntax: 'max(<field>)', description: 'The largest value.' },
    init: () => ({ num: null, str: null }),
    add: (s, v) => addExtreme(s, v, 1),
    result: (s) => s.num ?? s.str,
  }),
  defineStats<{ lo: Extreme; hi: Extreme }>({
    name: 'range',
    meta: { syntax: 'range(<field>)', description: 'max minus min of the numeric values.' },
    init: () => ({ lo: { num: null, str: null }, hi: { num: null, str: null } }),
    add: (s, v) => {
      addExtreme(s.lo, v, -1);
      addExtreme(s.hi, v, 1);
    },
    result: (s) => (s.hi.num === null || s.lo.num === null ? null : s.hi.num - s.lo.num),
  }),
  defineStats<Moments>({
    name: 'stdev',
    meta: { syntax: 'stdev(<field>)', description: 'The sample standard deviation.' },
    init: () => ({ n: 0, mean: 0, m2: 0 }),
    add: addMoment,
    result: (s) => {
      const v = variance(s, true);
      return v === null ? null : Math.sqrt(v);
    },
  }),
  defineStats<Moments>({
    name: 'stdevp',
    meta: { syntax: 'stdevp(<field>)', description: 'The population standard deviation.' },
    init: () => ({ n: 0, mean: 0, m2: 0 }),
    add: addMoment,
    result: (s) => {
      const v = variance(s, false);
      return v === null ? null : Math.sqrt(v);
    },
  }),
  defineStats<Moments>({
    name: 'var',
    meta: { syntax: 'var(<field>)', description: 'The sample variance.' },
    init: () => ({ n: 0, mean: 0, m2: 0 }),
    add: addMoment,
    result: (s) => variance(s, true),
  }),
  defineStats<Moments>({
    name: 'varp',
    meta: { syntax: 'varp(<field>)', description: 'The population variance.' },
    init: () => ({ n: 0, mean: 0, m2: 0 }),
    add: addMoment,
    result: (s) => variance(s, false),
  }),
  defineStats<Sample>({
    name: 'median',
    meta: { syntax: 'median(<field>)', description: 'The middle value.' },
    init: () => ({ values: [] }),
    add: addSample,
    // Splunk: with an even number of values, the higher of the two middle ones.
    result: (s) => {
      if (s.values.length === 0) return null;
      const sorted = Float64Array.from(s.values).sort();
      return sorted[Math.floor(sorted.length / 2)];
    },
  }),
  defineStats<Sample & { p: number }>({
    name: 'perc',
    meta: {
      syntax: 'perc<N>(<field>)',
      description: 'The Nth percentile (perc95, p99, exactperc99, upperperc75).',
      differences: 'Always exact (Splunk estimates perc above 1000 values).',
    },
    init: (p) => ({ values: [], p }),
    add: addSample,
    result: (s) => percentile(s.values, s.p),
  }),
];

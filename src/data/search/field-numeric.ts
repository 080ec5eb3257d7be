import { toNumber } from '../../engine';

/** One bar of a numeric field's distribution: values in [from, to), the last bar also `to`. */
export interface NumericBin {
  from: number;
  to: number;
  count: number;
}

/** A numeric field's statistics over its numeric values, as Splunk's field summary gives them. */
export interface NumericSummary {
  /** Numeric values counted (each distinct value of an event once, as the value counts). */
  count: number;
  min: number;
  max: number;
  mean: number;
  /** Sample standard deviation (n - 1), as `stats stdev`; 0 for a single value. */
  stdev: number;
  /** Every numeric value is a whole number (the bars' labels then read as whole ranges). */
  integers: boolean;
  /** Equal widths of 1, 2 or 5 times a power of ten, at most MAX_BINS, empty ones included. */
  bins: NumericBin[];
}

const EMPTY = new Float64Array(0);

/** A mini histogram stays readable in the sidebar's width. */
export const MAX_BINS = 10;

/**
 * The statistics of one field from its distinct values and their counts (the map the field
 * summary already holds), or undefined when the field is not numeric. Splunk's rule: a field is
 * numeric when its numeric values are more than half the events that have it (`numeric_count >
 * count / 2` in its field summary), so a few stray words do not hide the figures; they cover
 * the numeric values only. A value is a number when the engine reads it as one (`toNumber`), so
 * the figures agree with `stats min() max() avg() stdev()`.
 * Linear in the distinct values: each is read once for the figures and once for its bar.
 */
export function numericSummary(
  values: ReadonlyMap<string, number>,
  events: number,
): NumericSummary | undefined {
  // Sized once at the first number: a million distinct numbers grow no array, words take none.
  let numbers = EMPTY;
  let counts = EMPTY;
  let k = 0;
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (const [text, count] of values) {
    const v = toNumber(text);
    if (v === null || !Number.isFinite(v)) continue;
    if (k === 0) {
      numbers = new Float64Array(values.size);
      counts = new Float64Array(values.size);
    }
    numbers[k] = v;
    counts[k++] = count;
    n += count;
    sum += v * count;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && !Number.isInteger(v)) integers = false;
  }
  if (n === 0 || n <= events / 2) return undefined;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < k; i++) squares += counts[i] * (numbers[i] - mean) ** 2;
  const stdev = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const bins = binsOf(numbers.subarray(0, k), counts.subarray(0, k), n, min, max, integers);
  return { count: n, min, max, mean, stdev, integers, bins };
}

/** The smallest width of 1, 2 or 5 times a power of ten that is at least `raw`. */
function niceWidth(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/** A bar index off by a binary fraction (2.9999999999999996) back to the one meant. */
const exact = (x: number) => Number(x.toPrecision(12));

function binsOf(
  numbers: Float64Array,
  counts: Float64Array,
  total: number,
  min: number,
  max: number,
  integers: boolean,
): NumericBin[] {
  const raw = (max - min) / MAX_BINS;
  // One value, or a range too wide (±1e308) or too fine (denormals) to divide: one bar.
  if (!(raw > 1e-300) || !Number.isFinite(raw)) {
    return [{ from: min, to: max, count: total }];
  }
  let width = niceWidth(raw);
  if (integers && width < 1) width = 1;
  let start = Math.floor(min / width) * width;
  // Aligned on the width, the range may need one bar more than it would unaligned.
  while (Math.floor(exact((max - start) / width)) + 1 > MAX_BINS) {
    width = niceWidth(width * 1.5);
    start = Math.floor(min / width) * width;
  }
  const length = Math.floor(exact((max - start) / width)) + 1;
  // Edges in the width's own decimals (0.3, not 0.30000000000000004).
  const decimals = width < 1 ? Math.ceil(-Math.log10(width)) : 0;
  const edge = (i: number) => {
    const x = start + i * width;
    return decimals > 0 ? Number(x.toFixed(decimals)) : x;
  };
  const bins: NumericBin[] = Array.from({ length }, (_, i) => ({
    from: edge(i),
    to: edge(i + 1),
    count: 0,
  }));
  for (let i = 0; i < numbers.length; i++) {
    const at = Math.min(length - 1, Math.max(0, Math.floor(exact((numbers[i] - start) / width))));
    bins[at].count += counts[i];
  }
  return bins;
}

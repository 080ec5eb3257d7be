import { fieldsToLocalMs, localMsToFields, MS_PER_DAY } from './calendar';
import { addUnits } from './modifier';
import { FIXED_UNIT_MS, timeUnit, type TimeUnit } from './units';
import { fromLocalMs, toLocalMs } from './zone';

/** A bucket size for bin/timechart: n units. */
export interface TimeSpan {
  n: number;
  unit: TimeUnit;
}

/** Reads "1h", "30m", "1d", "1mon", "15min" (a missing number means 1). Null when unreadable. */
export function parseSpan(text: string): TimeSpan | null {
  const m = /^\s*(\d*)\s*([a-z]+)\s*$/i.exec(text);
  if (!m) return null;
  const unit = timeUnit(m[2]);
  const n = m[1] === '' ? 1 : Number(m[1]);
  if (!unit || !Number.isSafeInteger(n) || n < 1) return null;
  return { n, unit };
}

/**
 * The start of the bucket holding an instant. Seconds, minutes and hours are counted on the
 * zone's wall clock, so hour buckets start on local hours in +05:30 zones; days and weeks start at
 * local midnight (weeks on Sunday); months, quarters and years on the 1st. Multi-day buckets are
 * counted from the local-time epoch, multi-month ones from year 0.
 */
export function floorToSpan(epochMs: number, span: TimeSpan, tz: string): number {
  const fixed = FIXED_UNIT_MS[span.unit];
  const local = toLocalMs(epochMs, tz);
  if (fixed !== undefined) {
    const size = fixed * span.n;
    // Measured back from the instant itself (not converted from wall-clock time), so that on a
    // fall-back night 01:30 PDT and 01:30 PST fall in different buckets.
    return epochMs - (((local % size) + size) % size);
  }
  if (span.unit === 'd' || span.unit === 'w') {
    const days = Math.floor(local / MS_PER_DAY);
    const start = span.unit === 'w' ? days - ((((days + 4) % 7) + 7) % 7) : days; // back to Sunday
    const size = span.unit === 'w' ? 7 * span.n : span.n;
    const base = span.unit === 'w' ? 3 : 0; // 1970-01-04 was a Sunday
    const bucketDay = start - ((((start - base) % size) + size) % size);
    return fromLocalMs(bucketDay * MS_PER_DAY, tz);
  }
  const f = localMsToFields(local);
  const months = span.n * (span.unit === 'mon' ? 1 : span.unit === 'q' ? 3 : 12);
  const index = f.year * 12 + (f.month - 1);
  const bucket = index - (((index % months) + months) % months);
  const year = Math.floor(bucket / 12);
  return fromLocalMs(
    fieldsToLocalMs({
      year,
      month: bucket - year * 12 + 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      ms: 0,
    }),
    tz,
  );
}

/** The start of the bucket after the one starting at `bucketStartMs`. */
export function nextBucket(bucketStartMs: number, span: TimeSpan, tz: string): number {
  const fixed = FIXED_UNIT_MS[span.unit];
  if (fixed !== undefined) {
    // Across a DST change a wall-clock bucket can be longer or shorter; flooring one span later
    // finds the next local boundary.
    const guess = bucketStartMs + fixed * span.n;
    const floored = floorToSpan(guess, span, tz);
    return floored > bucketStartMs ? floored : guess;
  }
  return floorToSpan(addUnits(bucketStartMs, span.n, span.unit, tz), span, tz);
}

import type { TimeSpan } from '../time';

// The spans Splunk picks from for timechart and bin without span=: its documented defaults (last
// 15 minutes: 10s, 60 minutes: 1m, 4 hours: 5m, 24 hours: 30m, 7 and 30 days: 1d, a year: 1mon)
// all fall out of "the smallest of these giving at most `bins` buckets".
const NICE: readonly (TimeSpan & { ms: number })[] = [
  { n: 1, unit: 's', ms: 1000 },
  { n: 5, unit: 's', ms: 5000 },
  { n: 10, unit: 's', ms: 10_000 },
  { n: 30, unit: 's', ms: 30_000 },
  { n: 1, unit: 'm', ms: 60_000 },
  { n: 5, unit: 'm', ms: 300_000 },
  { n: 10, unit: 'm', ms: 600_000 },
  { n: 30, unit: 'm', ms: 1_800_000 },
  { n: 1, unit: 'h', ms: 3_600_000 },
  { n: 1, unit: 'd', ms: 86_400_000 },
  { n: 1, unit: 'mon', ms: 31 * 86_400_000 },
  { n: 1, unit: 'y', ms: 366 * 86_400_000 },
];

/** The span for `bins` buckets over a time range (ms), no shorter than `minSpanMs`. */
export function autoTimeSpan(rangeMs: number, bins: number, minSpanMs = 0): TimeSpan {
  for (const s of NICE) {
    if (s.ms < minSpanMs) continue;
    if (Math.ceil(rangeMs / s.ms) <= bins) return { n: s.n, unit: s.unit };
  }
  const last = NICE[NICE.length - 1];
  return { n: Math.ceil(rangeMs / last.ms / bins), unit: last.unit };
}

/** Span lengths for minspan=, in ms (months and years at their longest). */
export function approxSpanMs(span: TimeSpan): number {
  const unit: Record<TimeSpan['unit'], number> = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
    mon: 31 * 86_400_000,
    q: 92 * 86_400_000,
    y: 366 * 86_400_000,
  };
  return unit[span.unit] * span.n;
}

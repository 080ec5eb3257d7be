import type { ChartSeries } from '../../../charts/chart-types';
import type { BucketEdges } from '../../../charts/zoom-range';
import type { ResultSet, Value } from '../../../engine';

export interface TimeSeriesData {
  buckets: BucketEdges[];
  series: ChartSeries[];
}

/** More buckets than this are not padded with empty ones (a sparse result over years). */
const MAX_FILLED_BUCKETS = 5000;

/**
 * Reads a `timechart` result as buckets and series: `_time` (epoch seconds) starts each bucket,
 * `_span` (seconds) sizes it, and every other field not starting with `_` is a series (the split
 * values, `OTHER`, `NULL`). A missing or non-numeric cell counts 0, as does a bucket missing
 * between two rows. Null when the result is not a time series.
 */
export function timeSeriesOf(result: ResultSet): TimeSeriesData | null {
  if (!result.fields.includes('_time')) return null;
  const rows = result.rows
    .map((row) => ({ row, time: numberOf(row._time) }))
    .filter((r): r is { row: (typeof result.rows)[number]; time: number } => r.time !== null)
    .sort((a, b) => a.time - b.time);
  if (rows.length === 0) return null;

  const names = result.fields.filter((f) => !f.startsWith('_'));
  const fallbackSpan = inferSpan(rows.map((r) => r.time));
  let buckets: BucketEdges[] = rows.map(({ row, time }) => {
    const span = numberOf(row._span) ?? fallbackSpan;
    return { start: time * 1000, end: (time + span) * 1000 };
  });
  let values = names.map((name) => rows.map(({ row }) => numberOf(row[name]) ?? 0));

  const filled = fillGaps(buckets, values);
  if (filled) ({ buckets, values } = filled);
  return { buckets, series: names.map((name, i) => ({ name, values: values[i] })) };
}

function numberOf(v: Value | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** The smallest step between bucket starts; one second for a lone row. */
function inferSpan(times: number[]): number {
  let min = Infinity;
  for (let i = 1; i < times.length; i++) {
    const d = times[i] - times[i - 1];
    if (d > 0 && d < min) min = d;
  }
  return Number.isFinite(min) ? min : 1;
}

/**
 * Inserts zero buckets where rows skip a bucket. Only for equal spans: day and month buckets
 * vary in length across DST changes and months, and guessing their edges would mislabel them.
 */
function fillGaps(
  buckets: BucketEdges[],
  values: number[][],
): { buckets: BucketEdges[]; values: number[][] } | null {
  const span = buckets[0].end - buckets[0].start;
  if (span <= 0 || buckets.some((b) => b.end - b.start !== span)) return null;
  const total = (buckets[buckets.length - 1].start - buckets[0].start) / span + 1;
  if (total === buckets.length || !Number.isInteger(total) || total > MAX_FILLED_BUCKETS) {
    return null;
  }
  if (buckets.some((b) => (b.start - buckets[0].start) % span !== 0)) return null;
  const outBuckets: BucketEdges[] = [];
  const outValues = values.map(() => [] as number[]);
  let j = 0;
  for (let i = 0; i < total; i++) {
    const start = buckets[0].start + i * span;
    outBuckets.push({ start, end: start + span });
    const present = j < buckets.length && buckets[j].start === start;
    values.forEach((v, s) => outValues[s].push(present ? v[j] : 0));
    if (present) j++;
  }
  return { buckets: outBuckets, values: outValues };
}

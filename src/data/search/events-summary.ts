import {
  constMap,
  floorToSpan,
  nextBucket,
  type Row,
  type TimeSpan,
  type Value,
} from '../../engine';
import { numericSummary, type NumericSummary } from './field-numeric';

export interface FieldValueCount {
  value: string;
  /** Events holding this value (a multivalue event counts once per distinct value it holds). */
  count: number;
}

/** One field over all matching events, with exact counts (never a sample). */
export interface FieldSummary {
  name: string;
  /** Events that have the field. */
  count: number;
  /** Distinct values over all events. */
  distinct: number;
  /** The most frequent values, most frequent first (ties by value). */
  top: FieldValueCount[];
  /** Min, max, mean, stdev and distribution, for a numeric field (field-numeric.ts) only. */
  numeric?: NumericSummary;
}

export interface TimelineBucket {
  /** Epoch ms; end exclusive. */
  start: number;
  end: number;
  count: number;
}

export interface TimelineSummary {
  buckets: TimelineBucket[];
  /** The nominal bucket length, ms (a day or a month is nominal across DST or months). */
  spanMs: number;
  /** The span as Splunk writes it (`1h`, `30m`, `1mon`). */
  span: string;
}

export interface EventsSummary {
  /** Names the kept result for fetchPage/fetchFieldValues. */
  resultId: number;
  total: number;
  fields: FieldSummary[];
  timeline: TimelineSummary;
}

/** Enough for the sidebar's top-10 list, with a little room. */
export const TOP_VALUES = 10;
/** Splunk's timeline stays at about a hundred bars; more are unreadable on a projector. */
export const MAX_BUCKETS = 150;

const SPANS: TimeSpan[] = [
  { n: 1, unit: 's' },
  { n: 2, unit: 's' },
  { n: 5, unit: 's' },
  { n: 10, unit: 's' },
  { n: 30, unit: 's' },
  { n: 1, unit: 'm' },
  { n: 2, unit: 'm' },
  { n: 5, unit: 'm' },
  { n: 10, unit: 'm' },
  { n: 30, unit: 'm' },
  { n: 1, unit: 'h' },
  { n: 2, unit: 'h' },
  { n: 3, unit: 'h' },
  { n: 6, unit: 'h' },
  { n: 12, unit: 'h' },
  { n: 1, unit: 'd' },
  { n: 1, unit: 'mon' },
];

const NOMINAL_MS = constMap<number>({
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  mon: 30 * 86_400_000,
});

function nominalMs(span: TimeSpan): number {
  return span.n * NOMINAL_MS[span.unit];
}

/** The smallest span that keeps [start, end) within MAX_BUCKETS bars. */
export function chooseSpan(start: number, end: number): TimeSpan {
  const length = Math.max(end - start, 1);
  for (const span of SPANS) if (length / nominalMs(span) <= MAX_BUCKETS) return span;
  // Years of data: whole months, as many as keep the bar count down.
  return { n: Math.ceil(length / NOMINAL_MS.mon / MAX_BUCKETS), unit: 'mon' };
}

function timeOf(row: Row): number | undefined {
  const t = row._time;
  return typeof t === 'number' && Number.isFinite(t) ? t * 1000 : undefined;
}

/**
 * Counts events per bucket over [earliest, latest) (either bound falls back to the events' own
 * first/last time), buckets aligned on the zone's wall clock, empty buckets included.
 */
export function buildTimeline(
  rows: readonly Row[],
  tz: string,
  earliest?: number,
  latest?: number,
): TimelineSummary {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    const t = timeOf(row);
    if (t === undefined) continue;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  // An open bound (all time) would give years of empty bars; the data's own range reads better.
  const from = earliest !== undefined && Number.isFinite(earliest) && earliest > 0 ? earliest : min;
  const to = latest !== undefined && Number.isFinite(latest) ? latest : max + 1;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    return { buckets: [], spanMs: 0, span: '' };
  }
  const span = chooseSpan(from, to);
  const starts: number[] = [];
  for (let s = floorToSpan(from, span, tz); s < to; s = nextBucket(s, span, tz)) starts.push(s);
  const buckets: TimelineBucket[] = starts.map((start, i) => ({
    start,
    end: i + 1 < starts.length ? starts[i + 1] : nextBucket(start, span, tz),
    count: 0,
  }));
  for (const row of rows) {
    const t = timeOf(row);
    if (t === undefined || t < buckets[0].start || t >= buckets[buckets.length - 1].end) continue;
    // Buckets are sorted and contiguous: binary search for the last start <= t.
    let lo = 0;
    let hi = buckets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (buckets[mid].start <= t) lo = mid;
      else hi = mid - 1;
    }
    buckets[lo].count++;
  }
  return { buckets, spanMs: nominalMs(span), span: `${span.n}${span.unit}` };
}

function valuesOf(value: Value): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return [...new Set(value.map(String))];
  return [String(value)];
}

/** Fields the sidebar lists: internal ones (`_time`, `_raw`, `_cd`…) are not. */
export function isListedField(name: string): boolean {
  return !name.startsWith('_');
}

function byCount(a: FieldValueCount, b: FieldValueCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/** Every value of one field with its count, most frequent first; at most `limit`. */
export function fieldValues(
  rows: readonly Row[],
  field: string,
  limit = Infinity,
): FieldValueCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const v of valuesOf(row[field])) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const all = [...counts].map(([value, count]) => ({ value, count }));
  all.sort(byCount);
  return all.length > limit ? all.slice(0, limit) : all;
}

/** Exact per-field counts over all rows, fields sorted by name. */
export function summarizeFields(rows: readonly Row[]): FieldSummary[] {
  const perField = new Map<string, { count: number; values: Map<string, number> }>();
  for (const row of rows) {
    for (const name in row) {
      // Scalars take a path without arrays or sets: this loop runs once per field of every event.
      if (name.charCodeAt(0) === 95 /* _ */) continue;
      const value = row[name];
      if (value === null || value === undefined) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      let f = perField.get(name);
      if (!f) {
        f = { count: 0, values: new Map() };
        perField.set(name, f);
      }
      f.count++;
      const values = f.values;
      if (Array.isArray(value)) {
        for (const v of valuesOf(value)) values.set(v, (values.get(v) ?? 0) + 1);
      } else {
        const v = typeof value === 'string' ? value : String(value);
        values.set(v, (values.get(v) ?? 0) + 1);
      }
    }
  }
  const out: FieldSummary[] = [];
  for (const [name, f] of perField) {
    const top = topOf(f.values, TOP_VALUES);
    // From the distinct values and their counts: no second pass over the events.
    const numeric = numericSummary(f.values, f.count);
    const summary: FieldSummary = { name, count: f.count, distinct: f.values.size, top };
    if (numeric) summary.numeric = numeric;
    out.push(summary);
  }
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

/** The `limit` most frequent entries without sorting every distinct value. */
function topOf(values: Map<string, number>, limit: number): FieldValueCount[] {
  const top: FieldValueCount[] = [];
  for (const [value, count] of values) {
    const entry = { value, count };
    if (top.length < limit) {
      top.push(entry);
      if (top.length === limit) top.sort(byCount);
      continue;
    }
    if (byCount(entry, top[limit - 1]) >= 0) continue;
    let i = limit - 1;
    while (i > 0 && byCount(entry, top[i - 1]) < 0) i--;
    top.splice(i, 0, entry);
    top.pop();
  }
  if (top.length < limit) top.sort(byCount);
  return top;
}

export function summarizeEvents(
  resultId: number,
  rows: readonly Row[],
  tz: string,
  earliest?: number,
  latest?: number,
): EventsSummary {
  return {
    resultId,
    total: rows.length,
    fields: summarizeFields(rows),
    timeline: buildTimeline(rows, tz, earliest, latest),
  };
}

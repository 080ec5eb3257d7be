import { SplError } from '../errors';
import type { ArgReader } from '../parse/arg-reader';
import { parseSpan } from '../time';
import type { Row, Scalar, Value } from '../values';
import { approxSpanMs, autoTimeSpan } from './auto-span';
import type { AggSpec } from './agg-spec';
import { lookupStatsFunction } from './functions';

/** Splunk's marker: a sparkline is a multivalue whose first value is this, then the points. */
export const SPARKLINE_MARK = '##__SPARKLINE__##';

/** Points a sparkline gets when no span is given, at most. */
const AUTO_POINTS = 30;
/** A span that would draw more points than this is refused. */
export const MAX_SPARKLINE_POINTS = 1000;

/**
 * `sparkline`, `sparkline(agg)`, `sparkline(agg, span)` (the word `sparkline` is next). The
 * output name is the `as` name or the call as written, as for other aggregations.
 */
export function readSparkline(r: ArgReader, readInner: (r: ArgReader) => AggSpec): AggSpec {
  const t = r.next();
  let inner: AggSpec;
  let spanSeconds: number | null = null;
  let end = t.end;
  if (r.isOp('(')) {
    const open = r.next();
    inner = readInner(r);
    if (r.takeOp(',')) {
      const w = r.readWord('a span such as 5m');
      const span = parseSpan(w.text);
      if (!span) throw r.error(`Expected a span such as 30s, 5m, 1h or 1d, found '${w.text}'`, w);
      spanSeconds = approxSpanMs(span) / 1000;
    }
    end = r.expectOp(')', 'search', open).end;
  } else {
    inner = { ...countSpec(), start: t.start, end: t.end };
  }
  const written = r.text.slice(t.start, end);
  const as = r.readAs();
  return {
    ...countSpec(),
    name: as ? as.text : written,
    start: t.start,
    end,
    sparkline: { inner, spanSeconds },
  };
}

function countSpec(): AggSpec {
  const count = lookupStatsFunction('count')!;
  return { fn: count.fn, param: 0, field: null, expr: null, name: 'count', start: 0, end: 0 };
}

interface State {
  buckets: Map<number, unknown>;
}

/**
 * The sparklines of one aggregation run: each group's inner aggregation per time bucket, drawn
 * over the same buckets for every group (from the first to the last event of all of them), with
 * 0 where a bucket is empty, as Splunk draws them.
 */
export class Sparklines {
  private readonly spans = new Map<number, number>();
  private min = Infinity;
  private max = -Infinity;

  constructor(specs: readonly AggSpec[], rows: readonly Row[]) {
    let lo = Infinity;
    let hi = -Infinity;
    specs.forEach((s, i) => {
      if (!s.sparkline) return;
      let span = s.sparkline.spanSeconds;
      if (span === null) {
        if (lo === Infinity) [lo, hi] = timeRange(rows);
        const range = hi > lo ? (hi - lo) * 1000 : 1000;
        span = approxSpanMs(autoTimeSpan(range, AUTO_POINTS)) / 1000;
      }
      this.spans.set(i, span);
    });
  }

  init(): State {
    return { buckets: new Map() };
  }

  /** The inner state for the row's bucket; null for a row without a time. */
  bucketState(state: unknown, time: number, inner: AggSpec, index: number): unknown {
    if (Number.isNaN(time)) return null;
    if (time < this.min) this.min = time;
    if (time > this.max) this.max = time;
    const span = this.spans.get(index)!;
    const b = Math.floor(time / span);
    const buckets = (state as State).buckets;
    let s = buckets.get(b);
    if (s === undefined) {
      s = inner.fn.init(inner.param);
      buckets.set(b, s);
    }
    return s;
  }

  result(state: unknown, inner: AggSpec, index: number): Value {
    if (this.min === Infinity) return null;
    const span = this.spans.get(index)!;
    const first = Math.floor(this.min / span);
    const last = Math.floor(this.max / span);
    if (last - first + 1 > MAX_SPARKLINE_POINTS) {
      throw new SplError(
        `This sparkline would draw ${last - first + 1} points, more than ${MAX_SPARKLINE_POINTS}: give it a longer span`,
        inner.start,
        { end: inner.end },
      );
    }
    const out: Scalar[] = [SPARKLINE_MARK];
    const buckets = (state as State).buckets;
    for (let b = first; b <= last; b++) {
      const s = buckets.get(b);
      const v = s === undefined ? null : inner.fn.result(s);
      const x = Array.isArray(v) ? v[0] : v;
      out.push(typeof x === 'number' ? x : Number(x ?? 0) || 0);
    }
    return out;
  }
}

function timeRange(rows: readonly Row[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    const t = typeof r._time === 'number' ? r._time : Number(r._time);
    if (!Number.isFinite(t)) continue;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  return [lo, hi];
}

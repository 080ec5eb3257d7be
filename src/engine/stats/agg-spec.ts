import type { EvalExpr } from '../ast';
import type { StatsFunction } from './functions';

/** One `fn(field) as name` of stats, chart, timechart, eventstats, streamstats. */
export interface AggSpec {
  fn: StatsFunction;
  param: number;
  /** The field read; null with `expr` or for a bare `count` (which counts rows). */
  field: string | null;
  /** `fn(eval(expr))`. */
  expr: EvalExpr | null;
  /** The output field: the `as` name, or the call as written (`avg(bytes)`). */
  name: string;
  start: number;
  end: number;
  /**
   * `values(*) as *`, `sum(bytes_*) as total_*`: `field` is a pattern, expanded against the
   * input's fields when the command runs (`expandWildcards`); `call` is the function as written.
   */
  wildcard?: { call: string; as: string | null };
  /** `sparkline(agg, span)`: the aggregation per time bucket (see sparkline.ts). */
  sparkline?: SparklineSpec;
}

export interface SparklineSpec {
  /** The aggregation computed per bucket (`count` for a bare `sparkline`). */
  inner: AggSpec;
  /** Bucket length; null: fitted to the input's time range. */
  spanSeconds: number | null;
}

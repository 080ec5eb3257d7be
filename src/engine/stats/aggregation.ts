import { toNumber } from '../eval/coerce';
import { Evaluator } from '../eval/evaluate';
import type { RunContext } from '../context';
import type { ArgReader, Word } from '../parse/arg-reader';
import type { EvalExpr } from '../ast';
import { parseEvalExpr, type FunctionLookup } from '../parse/eval-parser';
import type { Row, Scalar, Value } from '../values';
import { lookupStatsFunction } from './functions';
import type { AggSpec } from './agg-spec';
import { readSparkline, Sparklines } from './sparkline';

/** `<aggs> [by <fields>]`: the arguments of stats and eventstats, and what tstats counts with. */
export interface StatsArgs {
  aggs: AggSpec[];
  by: Word[];
}

export interface ReadAggregationOptions {
  /** Whether `fn(pattern*)` is allowed (stats, eventstats, streamstats). */
  wildcards?: boolean;
  /** Whether `sparkline(...)` is allowed (stats, chart). */
  sparkline?: boolean;
}

/**
 * Reads aggregations up to a stop word (`by`, `over`), an option (`name=value`) or the end:
 * `count`, `c`, `count(x)`, `avg(x) as y`, `count(eval(x>1)) as n`, separated by spaces or commas.
 */
export function readAggregations(
  r: ArgReader,
  functions: FunctionLookup,
  stopWords: readonly string[] = ['by'],
  opts: ReadAggregationOptions = {},
): AggSpec[] {
  const out: AggSpec[] = [];
  for (;;) {
    r.takeOp(',');
    const t = r.peek();
    if (t.kind !== 'word') break;
    if (stopWords.includes(t.value.toLowerCase())) break;
    const after = r.peek2();
    if (after.kind === 'op' && after.value === '=') break;
    out.push(readOne(r, functions, opts));
  }
  return out;
}

function readOne(r: ArgReader, functions: FunctionLookup, opts: ReadAggregationOptions): AggSpec {
  if (r.isWord('sparkline')) {
    if (!opts.sparkline) {
      throw r.error(`sparkline() works in 'stats' and 'chart' only`, r.peek());
    }
    return readSparkline(r, (inner) => readOne(inner, functions, {}));
  }
  const t = r.next();
  const resolved = lookupStatsFunction(t.value);
  if (!resolved) {
    throw r.error(`Unknown statistical function '${t.value}'`, t, 'a statistical function');
  }
  let field: string | null = null;
  let expr: EvalExpr | null = null;
  let end = t.end;
  let wildcard = false;
  if (r.isOp('(')) {
    const open = r.next();
    const arg = r.peek();
    if (arg.kind === 'word' && arg.value.toLowerCase() === 'eval' && r.peek2().value === '(') {
      r.next();
      const evalOpen = r.next();
      expr = parseEvalExpr(r, functions);
      r.expectOp(')', 'eval', evalOpen);
    } else {
      const w = r.readWord('a field name');
      if (w.text.includes('*') && !w.quoted) {
        if (!opts.wildcards) {
          throw r.error(`Wildcards are not supported in '${t.value}()' of '${r.command}'`, w);
        }
        wildcard = true;
      }
      field = w.text;
    }
    end = r.expectOp(')', 'search', open).end;
  } else if (resolved.fn.name !== 'count') {
    throw r.error(`'${t.value}' needs a field: ${t.value}(field)`, t, '(');
  }
  const written = r.text.slice(t.start, end);
  const as = r.readAs();
  if (expr && !as) {
    // Splunk's own rule: an eval'd aggregation has no sensible default name.
    throw r.error(
      `You must rename '${written}' with 'as': ${written} as <name>`,
      { start: t.start, end },
      'as',
    );
  }
  return {
    fn: resolved.fn,
    param: resolved.param,
    field,
    expr,
    name: as ? as.text : written,
    start: t.start,
    end,
    ...(wildcard && { wildcard: { call: t.value, as: as ? as.text : null } }),
  };
}

/** The row's `_time` in epoch seconds, or NaN. */
export function rowTime(row: Row): number {
  const t = row._time;
  if (typeof t === 'number') return t;
  if (typeof t === 'string') return toNumber(t) ?? NaN;
  return NaN;
}

/** Runs a list of aggregations: a state per aggregation per group, fed row by row. */
export class Aggregator {
  private readonly ev: Evaluator | null;
  private readonly spark: Sparklines | null;

  /** `rows`: the input, when a sparkline without a span must fit its buckets to its time range. */
  constructor(
    readonly specs: readonly AggSpec[],
    ctx: RunContext,
    rows: readonly Row[] = [],
  ) {
    const all = specs.flatMap((s) => (s.sparkline ? [s, s.sparkline.inner] : [s]));
    this.ev = all.some((s) => s.expr) ? new Evaluator(ctx.query, ctx, ctx.functions) : null;
    this.spark = specs.some((s) => s.sparkline) ? new Sparklines(specs, rows) : null;
  }

  init(): unknown[] {
    const out = new Array<unknown>(this.specs.length);
    for (let i = 0; i < this.specs.length; i++) {
      const spec = this.specs[i];
      out[i] = spec.sparkline ? this.spark!.init() : spec.fn.init(spec.param);
    }
    return out;
  }

  /** Adds a row; every value of a multivalue field counts, as in Splunk. */
  add(states: unknown[], row: Row): void {
    const time = rowTime(row);
    for (let i = 0; i < this.specs.length; i++) {
      const spec = this.specs[i];
      if (spec.sparkline) {
        const inner = this.spark!.bucketState(states[i], time, spec.sparkline.inner, i);
        if (inner !== null) this.feed(spec.sparkline.inner, inner, row, time);
      } else this.feed(spec, states[i], row, time);
    }
  }

  private feed(spec: AggSpec, state: unknown, row: Row, time: number): void {
    const fn = spec.fn;
    if (spec.field !== null) {
      const v = row[spec.field];
      if (v === undefined || v === null) return;
      if (typeof v === 'object') for (const x of v) fn.add(state, x, time);
      else fn.add(state, v, time);
    } else if (spec.expr !== null) {
      const v = this.ev!.evaluate(spec.expr, row);
      if (v === null || v === false) return;
      // A true condition counts as 1, so count(eval(x>1)) and sum(eval(x>1)) both count.
      if (v === true) fn.add(state, 1, time);
      else if (typeof v === 'object') for (const x of v) fn.add(state, x, time);
      else fn.add(state, v, time);
    } else {
      fn.add(state, 1 satisfies Scalar, time);
    }
  }

  /** The result of aggregation `i` over `states`. */
  result(states: unknown[], i: number): Value {
    const spec = this.specs[i];
    return spec.sparkline
      ? this.spark!.result(states[i], spec.sparkline.inner, i)
      : spec.fn.result(states[i]);
  }

  /** Writes each aggregation's result into `out` (an empty result leaves the field absent). */
  write(states: unknown[], out: Row): void {
    for (let i = 0; i < this.specs.length; i++) {
      const v = this.result(states, i);
      if (v === null) delete out[this.specs[i].name];
      else out[this.specs[i].name] = v;
    }
  }

  names(): string[] {
    return this.specs.map((s) => s.name);
  }
}

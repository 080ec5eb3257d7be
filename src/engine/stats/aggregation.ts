import { toNumber } from '../eval/coerce';
import { Evaluator } from '../eval/evaluate';
import type { RunContext } from '../commands/command';
import type { ArgReader } from '../parse/arg-reader';
import type { EvalExpr } from '../parse/ast';
import { parseEvalExpr, type FunctionLookup } from '../parse/eval-parser';
import type { Row, Scalar } from '../values';
import { lookupStatsFunction, type StatsFunction } from './functions';

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
}

/**
 * Reads aggregations up to a stop word (`by`, `over`), an option (`name=value`) or the end:
 * `count`, `c`, `count(x)`, `avg(x) as y`, `count(eval(x>1)) as n`, separated by spaces or commas.
 */
export function readAggregations(
  r: ArgReader,
  functions: FunctionLookup,
  stopWords: readonly string[] = ['by'],
): AggSpec[] {
  const out: AggSpec[] = [];
  for (;;) {
    r.takeOp(',');
    const t = r.peek();
    if (t.kind !== 'word') break;
    if (stopWords.includes(t.value.toLowerCase())) break;
    const after = r.peek2();
    if (after.kind === 'op' && after.value === '=') break;
    out.push(readOne(r, functions));
  }
  return out;
}

function readOne(r: ArgReader, functions: FunctionLookup): AggSpec {
  const t = r.next();
  const resolved = lookupStatsFunction(t.value);
  if (!resolved) {
    throw r.error(`Unknown statistical function '${t.value}'`, t, 'a statistical function');
  }
  let field: string | null = null;
  let expr: EvalExpr | null = null;
  let end = t.end;
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
        throw r.error(`Wildcards are not supported in '${t.value}()'`, w);
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

  constructor(
    readonly specs: readonly AggSpec[],
    ctx: RunContext,
  ) {
    this.ev = specs.some((s) => s.expr) ? new Evaluator(ctx.query, ctx, ctx.functions) : null;
  }

  init(): unknown[] {
    const out = new Array<unknown>(this.specs.length);
    for (let i = 0; i < this.specs.length; i++) out[i] = this.specs[i].fn.init(this.specs[i].param);
    return out;
  }

  /** Adds a row; every value of a multivalue field counts, as in Splunk. */
  add(states: unknown[], row: Row): void {
    const time = rowTime(row);
    for (let i = 0; i < this.specs.length; i++) {
      const spec = this.specs[i];
      const fn = spec.fn;
      if (spec.field !== null) {
        const v = row[spec.field];
        if (v === undefined || v === null) continue;
        if (typeof v === 'object') for (const x of v) fn.add(states[i], x, time);
        else fn.add(states[i], v, time);
      } else if (spec.expr !== null) {
        const v = this.ev!.evaluate(spec.expr, row);
        if (v === null || v === false) continue;
        // A true condition counts as 1, so count(eval(x>1)) and sum(eval(x>1)) both count.
        if (v === true) fn.add(states[i], 1, time);
        else if (typeof v === 'object') for (const x of v) fn.add(states[i], x, time);
        else fn.add(states[i], v, time);
      } else {
        fn.add(states[i], 1 satisfies Scalar, time);
      }
    }
  }

  /** Writes each aggregation's result into `out` (an empty result leaves the field absent). */
  write(states: unknown[], out: Row): void {
    for (let i = 0; i < this.specs.length; i++) {
      const v = this.specs[i].fn.result(states[i]);
      if (v === null) delete out[this.specs[i].name];
      else out[this.specs[i].name] = v;
    }
  }

  names(): string[] {
    return this.specs.map((s) => s.name);
  }
}

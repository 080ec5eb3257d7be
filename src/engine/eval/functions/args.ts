import type { EvalValue, Scalar } from '../../values';
import { toNumber, toText, valuesOf } from '../coerce';
import {
  EvalFunctionError,
  type EvalContext,
  type LazyArg,
  type LazyEvalFunction,
  type StrictEvalFunction,
} from '../function-types';

/** A strict function. */
export function fn(
  name: string,
  minArgs: number,
  maxArgs: number,
  call: (args: EvalValue[], ctx: EvalContext) => EvalValue,
): StrictEvalFunction {
  return { name, minArgs, maxArgs, call };
}

/** A lazy function: it evaluates its arguments itself. */
export function lazyFn(
  name: string,
  minArgs: number,
  maxArgs: number,
  call: (args: LazyArg[], ctx: EvalContext) => EvalValue,
): LazyEvalFunction {
  return { name, minArgs, maxArgs, lazy: true, call };
}

/** A one-argument numeric function: null (or non-numeric) in, null out; NaN and infinities too. */
export function numeric1(name: string, f: (x: number) => number): StrictEvalFunction {
  return fn(name, 1, 1, ([a]) => finite(num(a) === null ? null : f(num(a)!)));
}

/** A number, or null for NaN and infinities (Splunk has no such values in fields). */
export function finite(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : n;
}

export const num = toNumber;
export const text = toText;

/**
 * Applies a text function to each value of a multivalue field (and to a single value); null in,
 * null out.
 */
export function mapText(v: EvalValue, f: (s: string) => Scalar | null): EvalValue {
  if (Array.isArray(v)) {
    const out: Scalar[] = [];
    for (const x of v) {
      const r = f(toText(x)!);
      if (r !== null) out.push(r);
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  }
  const s = toText(v);
  return s === null ? null : f(s);
}

/** A string argument that must be given (a format, a pattern, a delimiter). */
export function requireText(name: string, v: EvalValue, what: string): string {
  const s = toText(v);
  if (s === null)
    throw new EvalFunctionError(name, `The ${what} argument of ${name} must not be null.`);
  return s;
}

/** Every value of every argument, in order, with nulls left out. */
export function flatValues(args: EvalValue[]): Scalar[] {
  return args.flatMap((a) => valuesOf(a));
}

/** Boolean truth of a condition: only true is true; null, false and non-booleans are not. */
export function asCondition(name: string, v: EvalValue): boolean {
  if (typeof v === 'boolean') return v;
  if (v === null) return false;
  throw new EvalFunctionError(name, `The condition of ${name} must be a boolean expression.`);
}

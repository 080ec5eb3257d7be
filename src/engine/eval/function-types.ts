import type { EvalValue } from '../values';

/** What an eval function may need beyond its arguments. */
export interface EvalContext {
  /** The search's "now" (epoch ms), fixed when the search starts, as Splunk's now(). */
  now: number;
  /** IANA time zone name for strftime, strptime, relative_time (the user's zone). */
  tz: string;
  /** Uniform random integer in [0, 2^31 - 1], as Splunk's random(); seedable in tests. */
  random: () => number;
}

/**
 * An argument not yet evaluated, for functions that decide what to evaluate (if, case, coalesce,
 * mvfilter, ...). `evaluate` may bind names to values, which mvfilter uses to run its expression
 * once per value of the field it names.
 */
export interface LazyArg {
  evaluate(bindings?: Readonly<Record<string, EvalValue>>): EvalValue;
  /** The field names the argument's expression reads. */
  readonly fields: readonly string[];
  /** The argument's text as written, for error messages. */
  readonly text: string;
  /** The current value of a field (bindings first, then the row); mvfilter walks its values. */
  fieldValue(name: string): EvalValue;
}

/** What help and completion say about a function: its call as written, and one line. */
export interface FunctionMeta {
  syntax: string;
  description: string;
  /** Where it differs from Splunk; absent when it does not. */
  differences?: string;
}

interface EvalFunctionBase {
  name: string;
  /** Set by the registry (functions/docs.ts); stand-ins in tests may leave it out. */
  meta?: FunctionMeta;
  minArgs: number;
  /** Infinity for variadic functions. */
  maxArgs: number;
}

/** Most functions take their arguments evaluated. */
export interface StrictEvalFunction extends EvalFunctionBase {
  lazy?: false;
  call(args: EvalValue[], ctx: EvalContext): EvalValue;
}

export interface LazyEvalFunction extends EvalFunctionBase {
  lazy: true;
  call(args: LazyArg[], ctx: EvalContext): EvalValue;
}

export type EvalFunction = StrictEvalFunction | LazyEvalFunction;

/**
 * A function's own complaint about its arguments (bad regex, bad format); the evaluator adds
 * where in the search it happened.
 */
export class EvalFunctionError extends Error {
  constructor(
    readonly functionName: string,
    message: string,
  ) {
    super(message);
    this.name = 'EvalFunctionError';
  }
}

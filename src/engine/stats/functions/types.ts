import type { FunctionMeta } from '../../eval/function-types';
import type { Scalar, Value } from '../../values';

/**
 * One statistical function as data, in the Arquero style: a state made once per group, fed value
 * by value, read at the end. `add` mutates the state so the hot loop allocates nothing per row.
 */
export interface StatsFunction<S = unknown> {
  /** Canonical lower-case name (aliases are mapped in `index.ts`). */
  name: string;
  /** What help and completion say about it. */
  meta: FunctionMeta;
  /** `param` is the percentile of perc-style functions, 0 otherwise. */
  init(param: number): S;
  /** One value; `time` is the row's `_time` in epoch seconds (NaN when it has none). */
  add(state: S, value: Scalar, time: number): void;
  result(state: S): Value;
  /** Empty chart and timechart cells show 0 (counts), not nothing. */
  zeroWhenEmpty?: boolean;
}

/** Erases a function's state type for the registry; a state only meets its own function. */
export function defineStats<S>(f: StatsFunction<S>): StatsFunction {
  return f as unknown as StatsFunction;
}

import type { EvalValue } from '../../engine/values';
import type { EvalContext, LazyArg } from '../../engine/eval/function-types';
import { EVAL_FUNCTIONS } from '../../engine/eval/functions/index';
import { dataMap } from '../../engine/data-map';

/** A fixed context for tests: 2017-08-24T03:36:14Z in Los Angeles, random() always 42. */
export const TEST_CTX: EvalContext = {
  now: 1503545774_000,
  tz: 'America/Los_Angeles',
  random: () => 42,
};

/** A lazy argument: a constant, or an expression of the bindings that reads `fields`. */
export function lazy(
  value: EvalValue | ((b: Readonly<Record<string, EvalValue>>) => EvalValue),
  fields: string[] = [],
  row: Record<string, EvalValue> = dataMap(),
): LazyArg {
  return {
    evaluate: (b = {}) => (typeof value === 'function' ? value({ ...row, ...b }) : value),
    fields,
    text: typeof value === 'function' ? '<expr>' : String(value),
    fieldValue: (name) => row[name] ?? null,
  };
}

/** Calls a registered function, wrapping plain values as lazy arguments when it is lazy. */
export function call(
  name: string,
  args: (EvalValue | LazyArg)[],
  ctx: EvalContext = TEST_CTX,
): EvalValue {
  const f = EVAL_FUNCTIONS.get(name);
  if (!f) throw new Error(`no function ${name}`);
  if (f.lazy) {
    const lazyArgs = args.map((a) =>
      a !== null && typeof a === 'object' && 'evaluate' in a ? a : lazy(a),
    );
    return f.call(lazyArgs, ctx);
  }
  return f.call(args as EvalValue[], ctx);
}

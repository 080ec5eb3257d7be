import { withDocs } from './docs';
import { isNumeric, toNumber, toText } from '../coerce';
import { EvalFunctionError, type EvalFunction } from '../function-types';
import { asCondition, fn, lazyFn } from './args';

/** Equality as Splunk compares two values: numerically when both read as numbers, else as text. */
export function sameValue(
  a: Parameters<typeof toText>[0],
  b: Parameters<typeof toText>[0],
): boolean {
  if (isNumeric(a) && isNumeric(b)) return toNumber(a) === toNumber(b);
  const x = toText(a);
  return x !== null && x === toText(b);
}

const FUNCTIONS: readonly EvalFunction[] = [
  // Only the branch taken is evaluated, so if(isnull(x), 0, 1/x) never fails on the other side.
  lazyFn('if', 3, 3, ([cond, yes, no]) =>
    asCondition('if', cond.evaluate()) ? yes.evaluate() : no.evaluate(),
  ),
  lazyFn('case', 2, Infinity, (args) => {
    if (args.length % 2 !== 0) {
      throw new EvalFunctionError(
        'case',
        'case takes pairs of arguments: a condition and a value.',
      );
    }
    for (let i = 0; i < args.length; i += 2) {
      if (asCondition('case', args[i].evaluate())) return args[i + 1].evaluate();
    }
    return null;
  }),
  lazyFn('coalesce', 1, Infinity, (args) => {
    for (const a of args) {
      const v = a.evaluate();
      if (v !== null) return v;
    }
    return null;
  }),
  fn('null', 0, 0, () => null),
  fn('nullif', 2, 2, ([a, b]) => (a !== null && b !== null && sameValue(a, b) ? null : a)),
  fn('true', 0, 0, () => true),
  fn('false', 0, 0, () => false),
  lazyFn('validate', 2, Infinity, (args) => {
    if (args.length % 2 !== 0) {
      throw new EvalFunctionError(
        'validate',
        'validate takes pairs of arguments: a condition and a message.',
      );
    }
    for (let i = 0; i < args.length; i += 2) {
      if (!asCondition('validate', args[i].evaluate())) return args[i + 1].evaluate();
    }
    return null;
  }),
];

/** What help and completion say about each function (see withDocs). */
export const CONDITIONAL_FUNCTIONS = withDocs(FUNCTIONS, {
  if: {
    syntax: 'if(<condition>, <then>, <else>)',
    description: 'The second argument when the condition is true, else the third.',
    differences: 'Only the branch taken is evaluated.',
  },
  case: {
    syntax: 'case(<condition>, <value>, ...)',
    description: 'The value after the first true condition; null when none is.',
    differences: 'Use true() as the last condition for a default.',
  },
  coalesce: {
    syntax: 'coalesce(<value>, ...)',
    description: 'The first argument that is not null.',
  },
  null: { syntax: 'null()', description: 'The null value (removes a field in eval).' },
  nullif: { syntax: 'nullif(<a>, <b>)', description: 'Null when a equals b, else a.' },
  true: { syntax: 'true()', description: 'The boolean true.' },
  false: { syntax: 'false()', description: 'The boolean false.' },
  validate: {
    syntax: 'validate(<condition>, <message>, ...)',
    description: 'The message of the first false condition, else null.',
  },
});

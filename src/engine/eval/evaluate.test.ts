import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { ArgReader } from '../parse/arg-reader';
import { parseEvalExpr } from '../parse/eval-parser';
import type { Row } from '../values';
import { Evaluator } from './evaluate';
import { EvalFunctionError, type EvalFunction, type LazyArg } from './function-types';

const seen: { fields: readonly string[]; text: string }[] = [];
const FUNCTIONS = new Map<string, EvalFunction>([
  [
    'fail',
    {
      name: 'fail',
      minArgs: 0,
      maxArgs: 0,
      call: () => {
        throw new EvalFunctionError('fail', 'bad pattern');
      },
    },
  ],
  [
    'each',
    {
      // Evaluates its second argument with `x` bound to each value of the first, like mvfilter.
      name: 'each',
      lazy: true,
      minArgs: 2,
      maxArgs: 2,
      call: ([list, body]: LazyArg[]) => {
        seen.push({ fields: body.fields, text: body.text });
        const values = list.evaluate();
        return (Array.isArray(values) ? values : [values]).map((x) =>
          String(body.evaluate({ x })),
        ) as string[];
      },
    },
  ],
]);

function evaluate(text: string, row: Row) {
  const lookup = (n: string) => FUNCTIONS.get(n);
  const expr = parseEvalExpr(new ArgReader(text, 0, text.length, 'eval'), lookup);
  return new Evaluator(text, { now: 0, tz: 'UTC', random: () => 4 }, lookup).evaluate(expr, row);
}

const row = (fields: Record<string, string | string[]>): Row =>
  Object.assign(Object.create(null), fields);

describe('Evaluator', () => {
  it('gives lazy functions their argument text, fields and bindings', () => {
    seen.length = 0;
    const v = evaluate('each(mv, x . "-" . suffix)', row({ mv: ['a', 'b'], suffix: 's' }));
    expect(v).toEqual(['a-s', 'b-s']);
    expect(seen[0]).toEqual({ fields: ['x', 'suffix'], text: 'x . "-" . suffix' });
  });

  it('reports a function error at the call', () => {
    const text = '1 + fail()';
    let error: unknown;
    try {
      evaluate(text, row({}));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SplError);
    expect(error).toMatchObject({ message: "Error in 'fail': bad pattern", position: 4 });
  });

  it('reads single-quoted field names with spaces and keeps other backslashes in strings', () => {
    expect(evaluate('\'src ip\' . "\\d\\""', row({ 'src ip': '1' }))).toBe('1\\d"');
  });
});

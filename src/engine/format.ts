import { Evaluator } from './eval/evaluate';
import { toText } from './eval/coerce';
import { ArgReader } from './parse/arg-reader';
import type { EvalExpr } from './ast';
import { defaultFunctionLookup, parseEvalExpr, type FunctionLookup } from './parse/eval-parser';
import type { FieldFormat, ResultSet, Row, Value } from './values';

const parsed = new Map<string, EvalExpr>();

/**
 * What a cell shows: the field's value, or, when `fieldformat` set a format for the field, the
 * format's expression evaluated on the row (as Splunk does when it renders results). A format
 * that fails or yields nothing shows the value itself. Renderers (results table, command line)
 * call this for every cell; exports use the values.
 */
export function formatCell(
  results: Pick<ResultSet, 'formats'>,
  row: Row,
  field: string,
  functions: FunctionLookup = defaultFunctionLookup,
): Value {
  const value = row[field] ?? null;
  const format = results.formats?.[field];
  if (!format) return value;
  try {
    const v = evaluateFormat(format, row, functions);
    if (v === null) return value;
    return typeof v === 'boolean' ? toText(v) : v;
  } catch {
    return value;
  }
}

function evaluateFormat(format: FieldFormat, row: Row, functions: FunctionLookup) {
  let expr = parsed.get(format.expression);
  if (!expr) {
    const text = format.expression;
    const r = new ArgReader(text, 0, text.length, 'fieldformat');
    expr = parseEvalExpr(r, functions);
    r.expectEnd();
    if (parsed.size > 500) parsed.clear();
    parsed.set(text, expr);
  }
  const ctx = { now: format.now, tz: format.tz, random: () => 0 };
  return new Evaluator(format.expression, ctx, functions).evaluate(expr, row);
}

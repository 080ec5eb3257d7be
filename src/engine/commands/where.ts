import { Evaluator } from '../eval/evaluate';
import type { EvalExpr } from '../ast';
import { parseEvalExpr } from '../parse/eval-parser';
import type { CommandDef } from '../context';

/** `where <eval expression>`: keeps rows for which the expression is true (strings compare case-sensitively). */
export const whereCommand: CommandDef<EvalExpr> = {
  name: 'where',
  meta: {
    syntax: 'where <eval-expression>',
    description: 'Keeps results for which an expression is true.',
    example: '... | where bytes > 1000000 AND like(user, "ad%")',
  },
  parse(r, ctx) {
    if (r.atEnd()) throw r.error(`'where' needs an expression`, r.peek(), 'an expression');
    return parseEvalExpr(r, ctx.functions);
  },
  run(input, expr, ctx) {
    const ev = new Evaluator(ctx.query, ctx, ctx.functions);
    return { fields: input.fields, rows: input.rows.filter((row) => ev.test(expr, row)) };
  },
};

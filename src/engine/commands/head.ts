import { Evaluator } from '../eval/evaluate';
import { parseCountWord } from '../parse/arg-reader';
import type { EvalExpr } from '../ast';
import { parseEvalExpr } from '../parse/eval-parser';
import type { CommandDef } from '../context';

export type HeadArgs = { count: number } | { while: EvalExpr };

/** `head [N | limit=N | <eval expression>]`: the first N rows (10), or rows while the expression holds. */
export const headCommand: CommandDef<HeadArgs> = {
  name: 'head',
  meta: {
    syntax: 'head [<int>] | head limit=<int> | head (<eval-expression>)',
    description: 'Keeps the first N results (10), or results while an expression holds.',
    example: 'sourcetype=ftp | head 20',
  },
  parse(r, ctx) {
    const n = r.readCount();
    if (n !== null) return { count: n };
    const opt = r.readOptions(['limit']).get('limit');
    if (opt) return { count: parseCountWord(opt) };
    if (r.atEnd()) return { count: 10 };
    return { while: parseEvalExpr(r, ctx.functions) };
  },
  run(input, args, ctx) {
    if ('count' in args) return { fields: input.fields, rows: input.rows.slice(0, args.count) };
    const ev = new Evaluator(ctx.query, ctx, ctx.functions);
    const stop = input.rows.findIndex((row) => !ev.test(args.while, row));
    return { fields: input.fields, rows: stop < 0 ? input.rows : input.rows.slice(0, stop) };
  },
};

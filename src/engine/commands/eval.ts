import { SplError } from '../errors';
import { Evaluator } from '../eval/evaluate';
import type { Word } from '../parse/arg-reader';
import type { EvalExpr } from '../parse/ast';
import { parseEvalExpr } from '../parse/eval-parser';
import type { Row } from '../values';
import type { CommandDef } from './command';

export interface Assignment {
  field: Word;
  expr: EvalExpr;
}

/**
 * `eval x=<expr>[, y=<expr> ...]`: each assignment sees the fields set by the ones before it.
 * A null result removes the field; a boolean cannot be stored (Splunk's rule).
 */
export const evalCommand: CommandDef<Assignment[]> = {
  name: 'eval',
  parse(r, ctx) {
    const out: Assignment[] = [];
    do {
      const t = r.peek('eval');
      if (t.kind !== 'word' && t.kind !== 'field' && t.kind !== 'string') {
        throw r.error(`Expected a field name to assign in 'eval'`, t, 'a field name');
      }
      // Field names may hold characters eval mode would split on (`a-b`, `<<FIELD>>_s`).
      const field = t.kind === 'word' ? r.readWord('a field name') : readQuoted(r);
      r.expectOp('=', 'eval');
      out.push({ field, expr: parseEvalExpr(r, ctx.functions) });
    } while (r.takeOp(',', 'eval'));
    return out;
  },
  run(input, assignments, ctx) {
    const ev = new Evaluator(ctx.query, ctx, ctx.functions);
    const fields = [...input.fields];
    for (const a of assignments) if (!fields.includes(a.field.text)) fields.push(a.field.text);
    const rows = input.rows.map((src) => {
      const row: Row = Object.assign(Object.create(null), src);
      for (const a of assignments) {
        const v = ev.evaluate(a.expr, row);
        if (typeof v === 'boolean') {
          throw new SplError(
            'Fields cannot be assigned a boolean result. Instead, try if([bool expr], [expr], [expr]).',
            a.expr.start,
            { end: a.expr.end },
          );
        }
        if (v === null) delete row[a.field.text];
        else row[a.field.text] = v;
      }
      return row;
    });
    return { fields, rows };
  },
};

function readQuoted(r: Parameters<typeof evalCommand.parse>[0]): Word {
  const t = r.next('eval');
  return { text: t.value, start: t.start, end: t.end, quoted: true };
}

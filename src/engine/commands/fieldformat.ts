import { dataMap } from '../data-map';
import type { Word } from '../parse/arg-reader';
import { parseEvalExpr } from '../parse/eval-parser';
import type { FieldFormat } from '../values';
import type { CommandDef } from '../context';

export interface FieldformatArgs {
  field: Word;
  expression: string;
}

/**
 * `fieldformat x=<expr>`: how x is shown, not what it holds. The expression is kept as text in
 * the results' `formats` and evaluated on each final row when it is rendered (`formatCell`), so
 * later commands (`eval t=x`, `sort x`) see the underlying value, as in Splunk.
 */
export const fieldformatCommand: CommandDef<FieldformatArgs> = {
  name: 'fieldformat',
  meta: {
    syntax: 'fieldformat <field>=<eval-expression>',
    description: 'Changes how a field is shown without changing its value.',
    example: '... | fieldformat bytes=tostring(bytes, "commas")',
  },
  parse(r, ctx) {
    const field = r.readWord('a field name');
    if (field.text.includes('*')) {
      throw r.error(`'fieldformat' takes one field name, without wildcards`, field);
    }
    r.expectOp('=', 'eval');
    // Parsed here so a bad expression fails the search, not each cell.
    const expr = parseEvalExpr(r, ctx.functions);
    return { field, expression: r.text.slice(expr.start, expr.end) };
  },
  run(input, args, ctx) {
    const format = { expression: args.expression, tz: ctx.tz, now: ctx.now };
    const formats = Object.assign(dataMap<FieldFormat>(), input.formats);
    formats[args.field.text] = format;
    return { ...input, formats };
  },
};

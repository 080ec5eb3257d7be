import { SplError } from '../errors';
import { Evaluator } from '../eval/evaluate';
import type { Word } from '../parse/arg-reader';
import type { EvalExpr } from '../ast';
import { parseEvalExpr } from '../parse/eval-parser';
import type { Row } from '../values';
import type { CommandDef } from '../context';

export interface Assignment {
  field: Word;
  expr: EvalExpr;
  /** `{f}` in the name stands for each row's value of `f` (`eval {method}_bytes=bytes`). */
  dynamic?: boolean;
}

/**
 * `eval x=<expr>[, y=<expr> ...]`: each assignment sees the fields set by the ones before it.
 * A null result removes the field; a boolean cannot be stored (Splunk's rule).
 */
export const evalCommand: CommandDef<Assignment[]> = {
  name: 'eval',
  meta: {
    syntax: 'eval <field>=<expression>[, <field>=<expression>]...',
    description: 'Computes fields from expressions, each seeing the previous ones.',
    example: '... | eval kb=round(bytes/1024, 1)',
  },
  parse(r, ctx) {
    const out: Assignment[] = [];
    do {
      if (namePart(r).includes('{')) {
        const field = r.readRaw('=');
        r.expectOp('=', 'eval');
        out.push({ field, expr: parseEvalExpr(r, ctx.functions), dynamic: true });
        continue;
      }
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
    const known = new Set(fields);
    const addField = (name: string) => {
      if (!known.has(name)) {
        known.add(name);
        fields.push(name);
      }
    };
    for (const a of assignments) if (!a.dynamic) addField(a.field.text);
    const rows = input.rows.map((src) => {
      const row: Row = Object.assign(Object.create(null), src);
      for (const a of assignments) {
        const name = a.dynamic ? dynamicName(a.field.text, row) : a.field.text;
        if (name === null) continue;
        if (a.dynamic) addField(name);
        const v = ev.evaluate(a.expr, row);
        if (typeof v === 'boolean') {
          throw new SplError(
            'Fields cannot be assigned a boolean result. Instead, try if([bool expr], [expr], [expr]).',
            a.expr.start,
            { end: a.expr.end },
          );
        }
        if (v === null) delete row[name];
        else row[name] = v;
      }
      return row;
    });
    return { fields, rows };
  },
};

/** The text from the reader's position to the next `=` (where a name being assigned ends). */
function namePart(r: Parameters<typeof evalCommand.parse>[0]): string {
  const eq = r.text.indexOf('=', r.position);
  return r.text.slice(r.position, eq < 0 ? r.limit : Math.min(eq, r.limit));
}

/** The name with each `{f}` replaced by the row's (first) value of f; null when f is missing. */
function dynamicName(template: string, row: Row): string | null {
  let missing = false;
  const name = template.replace(/\{([^{}]*)\}/g, (_, f: string) => {
    const v = row[f.trim()];
    const x = Array.isArray(v) ? v[0] : v;
    if (x === undefined || x === null) missing = true;
    return x === undefined || x === null ? '' : String(x);
  });
  return missing || name === '' ? null : name;
}

function readQuoted(r: Parameters<typeof evalCommand.parse>[0]): Word {
  const t = r.next('eval');
  return { text: t.value, start: t.start, end: t.end, quoted: true };
}

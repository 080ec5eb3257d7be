import { SplError } from '../errors';
import { toText, valuesOf } from '../eval/coerce';
import { EvalFunctionError } from '../eval/function-types';
import { compileRegex } from '../eval/functions/regex';
import type { Word } from '../parse/arg-reader';
import type { CommandDef } from '../context';

export interface RegexArgs {
  field: string;
  negate: boolean;
  pattern: Word;
  re: RegExp;
}

/**
 * `regex [<field>=|<field>!=]"<regex>"`: keeps the rows whose field (default _raw) matches the
 * regular expression (PCRE, translated as for rex), or with `!=` those whose field does not.
 * A multivalue field matches when any value does; a row without the field matches nothing.
 */
export const regexCommand: CommandDef<RegexArgs> = {
  name: 'regex',
  meta: {
    syntax: 'regex [<field>=<regex> | <field>!=<regex> | <regex>]',
    description: 'Keeps (or with != removes) the results whose field matches a regular expression.',
    example: '... | regex uri="(?i)\\.php$"',
  },
  parse(r) {
    let field = '_raw';
    let negate = false;
    const t = r.peek();
    const op = r.peek2();
    if (
      (t.kind === 'word' || t.kind === 'string') &&
      op.kind === 'op' &&
      (op.value === '=' || op.value === '!=')
    ) {
      field = r.readWord('a field name').text;
      negate = r.next().value === '!=';
    }
    const pattern = r.readWord('a regular expression');
    let re: RegExp;
    try {
      re = compileRegex('regex', pattern.text);
    } catch (err) {
      if (err instanceof EvalFunctionError) {
        throw new SplError(`regex: ${err.message}`, pattern.start, { end: pattern.end });
      }
      throw err;
    }
    return { field, negate, pattern, re };
  },
  run(input, args) {
    const rows = input.rows.filter((row) => {
      const v = row[args.field];
      if (v === undefined || v === null) return args.negate;
      const hit = valuesOf(v).some((x) => args.re.test(toText(x) ?? ''));
      return hit !== args.negate;
    });
    return { fields: input.fields, rows };
  },
};

import { fromValues, toText, valuesOf } from '../eval/coerce';
import { compileRegex } from '../eval/functions/regex';
import { EvalFunctionError } from '../eval/function-types';
import { SplError } from '../errors';
import { parseBool, type Word } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from '../context';

export interface MakemvArgs {
  field: Word;
  delim: string;
  /** tokenizer=: each match's first group (or the match) is a value. */
  tokenizer: RegExp | null;
  allowEmpty: boolean;
  setsv: boolean;
}

const OPTIONS = ['delim', 'tokenizer', 'allowempty', 'setsv'];

/**
 * `makemv [delim=" "|tokenizer=<regex>] [allowempty=b] [setsv=b] <field>`: splits the field's
 * text into a multivalue field, at each delim (a space by default) or as the matches of the
 * tokenizer (the first capturing group of each). Empty values are dropped unless allowempty=true.
 * setsv=true keeps the text as it was (the values only where commands ask for them): here it
 * leaves the field unchanged.
 */
export const makemvCommand: CommandDef<MakemvArgs> = {
  name: 'makemv',
  meta: {
    syntax:
      'makemv [delim=<string> | tokenizer=<regex>] [allowempty=<bool>] [setsv=<bool>] <field>',
    description: 'Splits a field into a multivalue field.',
    example: '... | makemv delim="," recipients',
  },
  parse(r) {
    const opts = r.readOptions(OPTIONS);
    const field = r.readWord('a field name');
    for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
    const tok = opts.get('tokenizer');
    let tokenizer: RegExp | null = null;
    if (tok) {
      if (opts.has('delim')) throw r.error(`Use either delim= or tokenizer=, not both`, tok);
      try {
        tokenizer = compileRegex('makemv', tok.text, 'g');
      } catch (e) {
        if (e instanceof EvalFunctionError)
          throw new SplError(e.message, tok.start, { end: tok.end });
        throw e;
      }
    }
    const flag = (k: string) => {
      const w = opts.get(k);
      return w ? parseBool(w) : false;
    };
    return {
      field,
      delim: opts.get('delim')?.text ?? ' ',
      tokenizer,
      allowEmpty: flag('allowempty'),
      setsv: flag('setsv'),
    };
  },
  run(input, args) {
    if (args.setsv) return input;
    const f = args.field.text;
    const rows = input.rows.map((src) => {
      if (src[f] === undefined) return src;
      const text = valuesOf(src[f]).map((v) => toText(v) ?? '');
      let parts: string[];
      if (args.tokenizer) {
        parts = text.flatMap((t) => [...t.matchAll(args.tokenizer!)].map((m) => m[1] ?? m[0]));
      } else if (args.delim === '') {
        parts = text;
      } else {
        parts = text.flatMap((t) => t.split(args.delim));
      }
      if (!args.allowEmpty) parts = parts.filter((p) => p !== '');
      const row: Row = Object.assign(Object.create(null), src);
      const v = fromValues(parts);
      if (v === null) delete row[f];
      else row[f] = v;
      return row;
    });
    return { fields: input.fields, rows };
  },
};

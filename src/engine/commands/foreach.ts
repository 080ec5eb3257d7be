import { SplError } from '../errors';
import type { Word } from '../parse/arg-reader';
import type { Pipeline, Subsearch } from '../ast';
import type { ResultSet } from '../values';
import type { AnyCommand, CommandDef } from '../context';
import { wildcardCaptures } from '../search/wildcard';

export interface ForeachArgs {
  patterns: Word[];
  body: Subsearch;
  /** Placeholders, as renamed by fieldstr=, matchstr=, matchseg1..3=. */
  fieldStr: string;
  matchStr: string;
  matchSeg: string[];
  parseTemplate(text: string): Pipeline;
  command(name: string): AnyCommand | undefined;
}

const OPTIONS = ['mode', 'fieldstr', 'matchstr', 'matchseg1', 'matchseg2', 'matchseg3'];

/**
 * `foreach <wildcard fields> [template]`: for each field the patterns name, the template's
 * `<<FIELD>>` becomes the field's name, `<<MATCHSTR>>` what the wildcards matched and
 * `<<MATCHSEGn>>` what the n-th wildcard matched; the substituted commands then run on the
 * results, field after field. The fields are those of the results before the first run, so
 * fields the template creates are not visited. A pattern not starting with `_` does not name
 * internal fields (`foreach *` leaves `_time` and `_raw` alone).
 */
export const foreachCommand: CommandDef<ForeachArgs> = {
  name: 'foreach',
  meta: {
    syntax: 'foreach <wc-field>... [fieldstr=<string>] [matchstr=<string>] [<subsearch>]',
    description:
      'Runs a template of commands once per matching field, with <<FIELD>> replaced by its name.',
    example: '... | foreach count_* [eval <<FIELD>>=<<FIELD>>*2]',
    differences: 'Only the multifield mode; mode=multivalue and others are refused.',
  },
  parse(r, ctx) {
    const opts = r.readOptions(OPTIONS);
    const patterns = r.readFieldList({ wildcards: true });
    for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
    if (patterns.length === 0) throw r.error(`'foreach' needs a field list`, r.peek(), 'a field');
    const mode = opts.get('mode');
    if (mode && mode.text.toLowerCase() !== 'multifield') {
      throw r.error(`'foreach mode=${mode.text}' is not supported yet`, mode);
    }
    const body = r.readSubsearch();
    const name = (k: string, dflt: string) => opts.get(k)?.text ?? dflt;
    return {
      patterns,
      body,
      fieldStr: name('fieldstr', '<<FIELD>>'),
      matchStr: name('matchstr', '<<MATCHSTR>>'),
      matchSeg: [1, 2, 3].map((n) => name(`matchseg${n}`, `<<MATCHSEG${n}>>`)),
      parseTemplate: ctx.parseTemplate,
      command: ctx.command,
    };
  },
  async run(input, args, ctx) {
    let results: ResultSet = input;
    for (const { field, segments } of visitedFields(input, args.patterns)) {
      let text = args.body.text.split(args.fieldStr).join(field);
      text = text.split(args.matchStr).join(segments.join(''));
      args.matchSeg.forEach((p, i) => (text = text.split(p).join(segments[i] ?? '')));
      let template: Pipeline;
      try {
        template = args.parseTemplate(text);
      } catch (e) {
        if (!(e instanceof SplError)) throw e;
        // The substituted text is not in the query: point at the template as written.
        throw new SplError(`In foreach for field '${field}': ${e.message}`, args.body.start, {
          end: args.body.end,
        });
      }
      for (const node of template.commands) {
        const def = args.command(node.name);
        if (!def?.run) throw new Error(`Command '${node.name}' vanished from the registry`);
        results = await def.run(results, node.args, { ...ctx, query: text });
      }
    }
    return results;
  },
};

function visitedFields(
  input: ResultSet,
  patterns: readonly Word[],
): { field: string; segments: string[] }[] {
  const present = new Set(input.fields);
  for (const row of input.rows) for (const f of Object.keys(row)) present.add(f);
  const out: { field: string; segments: string[] }[] = [];
  const seen = new Set<string>();
  for (const p of patterns) {
    const re = p.text.includes('*') ? wildcardCaptures(p.text, { greedy: false }) : null;
    for (const f of present) {
      if (seen.has(f)) continue;
      if (!re) {
        if (f === p.text) out.push({ field: f, segments: [] });
        else continue;
      } else {
        if (f.startsWith('_') && !p.text.startsWith('_')) continue;
        const segments = re(f);
        if (!segments) continue;
        out.push({ field: f, segments });
      }
      seen.add(f);
    }
  }
  return out;
}

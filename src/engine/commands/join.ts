import { SplError } from '../errors';
import { toText } from '../eval/coerce';
import { parseBool, parseCountWord, type Word } from '../parse/arg-reader';
import type { Pipeline } from '../ast';
import type { Row, Value } from '../values';
import type { CommandDef } from '../context';
import { readSubsearchOptions } from './subsearch-options';

export interface JoinArgs {
  fields: string[];
  type: 'inner' | 'left';
  max: number;
  overwrite: boolean;
  subsearch: Pipeline;
  maxout: number;
}

/**
 * `join [type=inner|left|outer] [max=1] [overwrite=true] [<fields>] [subsearch]`: each row gets
 * the fields of the subsearch rows that have the same values of the join fields (all fields
 * both sides have, when none are named). max=0 joins every match (a row per match); inner
 * drops rows without one, left (outer) keeps them.
 */
export const joinCommand: CommandDef<JoinArgs> = {
  name: 'join',
  meta: {
    syntax:
      'join [type=inner|outer|left] [usetime=<bool>] [earlier=<bool>] [overwrite=<bool>] [max=<int>] [<field-list>] [subsearch]',
    description: 'Adds the fields of matching subsearch rows to each row.',
    example: '... | join type=left src_ip [search sourcetype=stream:dns | stats count by src_ip]',
    differences:
      'usetime and earlier are refused. Values compare as text, case-sensitively. The subsearch gives at most maxout rows (50000).',
  },
  parse(r, ctx) {
    const own = ['type', 'max', 'overwrite', 'usetime', 'earlier'];
    const { options, maxout } = readSubsearchOptions(r, own);
    const fields = r.readFieldList().map((w) => w.text);
    r.takeOp(',');
    for (const [k, v] of readSubsearchOptions(r, own).options) options.set(k, v);
    for (const k of ['usetime', 'earlier']) {
      const w = options.get(k);
      if (w) throw r.error(`'join ${k}=' is not supported`, w);
    }
    const type = (options.get('type')?.text ?? 'inner').toLowerCase();
    if (!['inner', 'left', 'outer'].includes(type)) {
      const w = options.get('type') as Word;
      throw new SplError(`join type must be inner, left or outer, not '${w.text}'`, w.start, {
        end: w.end,
      });
    }
    const max = options.get('max');
    const overwrite = options.get('overwrite');
    const sub = ctx.parseSubsearch(r.readSubsearch());
    return {
      fields,
      type: type === 'inner' ? 'inner' : 'left',
      max: max ? parseCountWord(max) : 1,
      overwrite: overwrite ? parseBool(overwrite) : true,
      subsearch: sub,
      maxout,
    };
  },
  async run(input, args, ctx) {
    const sub = await ctx.runPipeline(args.subsearch);
    const subRows = sub.rows.slice(0, args.maxout);
    const on = args.fields.length > 0 ? args.fields : common(input.fields, sub.fields);
    const index = new Map<string, Row[]>();
    for (const row of subRows) {
      const key = keyOf(row, on);
      if (key === null) continue;
      const list = index.get(key);
      if (list) list.push(row);
      else index.set(key, [row]);
    }
    const rows: Row[] = [];
    for (const row of input.rows) {
      const key = keyOf(row, on);
      const matches = key === null ? undefined : index.get(key);
      if (!matches) {
        if (args.type === 'left') rows.push(row);
        continue;
      }
      for (const m of args.max === 0 ? matches : matches.slice(0, args.max)) {
        const out: Row = Object.assign(Object.create(null), row);
        for (const [f, v] of Object.entries(m)) {
          if (args.overwrite || out[f] === undefined) out[f] = v;
        }
        rows.push(out);
      }
    }
    const fields = [...input.fields];
    for (const f of sub.fields) if (!fields.includes(f)) fields.push(f);
    return { fields, rows };
  },
};

function common(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((f) => b.includes(f) && !f.startsWith('_'));
}

function keyOf(row: Row, fields: readonly string[]): string | null {
  const parts: string[] = [];
  for (const f of fields) {
    const v: Value | undefined = row[f];
    if (v === undefined || v === null) return null;
    parts.push(Array.isArray(v) ? v.map((x) => toText(x)).join('\n') : (toText(v) ?? ''));
  }
  return JSON.stringify(parts);
}

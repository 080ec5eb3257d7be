import { toNumber, toText } from '../eval/coerce';
import { parseCountWord, type Word } from '../parse/arg-reader';
import { wildcardMatcher } from '../search/wildcard';
import type { Row } from '../values';
import type { CommandDef } from '../context';

export interface FieldsummaryArgs {
  maxvals: number;
  fields: Word[];
}

interface Summary {
  count: number;
  values: Map<string, number>;
  numeric: number;
  sum: number;
  sumSq: number;
  min: number;
  max: number;
}

/**
 * `fieldsummary [maxvals=100] [<fields>]`: a row per field of the results (the named ones, `*`
 * allowed; otherwise every field not starting with `_`): `count` (rows with it),
 * `distinct_count`, `is_exact` (always 1: counts here are exact), numeric `min`, `max`, `mean`,
 * `stdev` (sample), `numeric_count`, and `values`: the most frequent values with their counts, as
 * Splunk's JSON text.
 */
export const fieldsummaryCommand: CommandDef<FieldsummaryArgs> = {
  name: 'fieldsummary',
  transforming: true,
  meta: {
    syntax: 'fieldsummary [maxvals=<num>] [<wc-field-list>]',
    description:
      'Summarises each field of the results: counts, distinct values, numeric statistics, top values.',
    example: '... | fieldsummary maxvals=5',
    differences: 'Fields starting with _ are summarised only when named. Counts are always exact.',
  },
  parse(r) {
    const opts = r.readOptions(['maxvals']);
    const fields = r.readFieldList({ wildcards: true });
    for (const [k, v] of r.readOptions(['maxvals'])) opts.set(k, v);
    const max = opts.get('maxvals');
    return { maxvals: max ? parseCountWord(max) : 100, fields };
  },
  run(input, args) {
    const patterns = args.fields.map((w) => wildcardMatcher(w.text, { caseless: false }));
    const wanted = (f: string) =>
      patterns.length > 0 ? patterns.some((matches) => matches(f)) : !f.startsWith('_');
    const summaries = new Map<string, Summary>();
    for (const row of input.rows) {
      for (const [f, v] of Object.entries(row)) {
        if (v === null || !wanted(f)) continue;
        let s = summaries.get(f);
        if (!s) {
          s = {
            count: 0,
            values: new Map(),
            numeric: 0,
            sum: 0,
            sumSq: 0,
            min: Infinity,
            max: -Infinity,
          };
          summaries.set(f, s);
        }
        s.count++;
        for (const x of Array.isArray(v) ? v : [v]) {
          const text = toText(x) ?? '';
          s.values.set(text, (s.values.get(text) ?? 0) + 1);
          const n = toNumber(x);
          if (n === null) continue;
          s.numeric++;
          s.sum += n;
          s.sumSq += n * n;
          if (n < s.min) s.min = n;
          if (n > s.max) s.max = n;
        }
      }
    }
    const order = [...input.fields.filter((f) => summaries.has(f))];
    for (const f of summaries.keys()) if (!order.includes(f)) order.push(f);
    const rows = order.map((f) => {
      const s = summaries.get(f)!;
      const out: Row = Object.create(null);
      out.field = f;
      out.count = s.count;
      out.distinct_count = s.values.size;
      out.is_exact = 1;
      if (s.numeric > 0) {
        const mean = s.sum / s.numeric;
        out.max = s.max;
        out.mean = mean;
        out.min = s.min;
        out.stdev =
          s.numeric > 1 ? Math.sqrt((s.sumSq - s.numeric * mean * mean) / (s.numeric - 1)) : 0;
      }
      out.numeric_count = s.numeric;
      const top = [...s.values.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, args.maxvals)
        .map(([value, count]) => ({
          value: toNumber(value) !== null ? Number(value) : value,
          count,
        }));
      out.values = JSON.stringify(top);
      return out;
    });
    return {
      fields: [
        'field',
        'count',
        'distinct_count',
        'is_exact',
        'max',
        'mean',
        'min',
        'numeric_count',
        'stdev',
        'values',
      ],
      rows,
    };
  },
};

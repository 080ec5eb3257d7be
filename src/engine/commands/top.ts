import { parseBool, parseCountWord, type Word } from '../parse/arg-reader';
import { Grouper, sortedGroups, uniqueFields } from '../stats/grouping';
import { valueKey } from '../stats/functions/counting';
import type { Row, Scalar } from '../values';
import type { CommandDef, CommandMeta } from '../context';

export interface TopArgs {
  limit: number;
  fields: Word[];
  by: Word[];
  countField: string;
  percentField: string;
  showCount: boolean;
  showPerc: boolean;
  useOther: boolean;
  otherStr: string;
}

const OPTIONS = [
  'limit',
  'countfield',
  'percentfield',
  'showcount',
  'showperc',
  'useother',
  'otherstr',
];

interface Tally {
  values: Scalar[];
  count: number;
  index: number;
}

const TOP_META: CommandMeta = {
  syntax:
    'top [<int>] [limit=<int>] [countfield=<string>] [percentfield=<string>] [showcount=<bool>] [showperc=<bool>] <field-list> [by <field-list>]',
  description: 'The most common values of fields, with counts and percentages.',
  example: 'sourcetype=ftp | top limit=5 src_ip',
};

/** Splunk prints top's percent with six decimals ("50.000000"); it stays numeric text. */
export function percentText(count: number, total: number): string {
  return ((count * 100) / total).toFixed(6);
}

function makeCommand(name: 'top' | 'rare'): CommandDef<TopArgs> {
  const descending = name === 'top';
  return {
    name,
    meta:
      name === 'top'
        ? TOP_META
        : {
            ...TOP_META,
            syntax: TOP_META.syntax.replace('top', 'rare'),
            description: 'The least common values of fields, with counts and percentages.',
            example: 'sourcetype=dns | rare limit=5 query',
          },
    transforming: true,
    parse(r) {
      const n = r.readCount();
      const opts = r.readOptions(OPTIONS);
      const fields = r.readFieldList({ stopWords: ['by'] });
      for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
      if (fields.length === 0) throw r.error(`'${name}' needs a field`, r.peek(), 'a field');
      const by = r.readByClause();
      for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
      const flag = (o: string, dflt: boolean) => {
        const w = opts.get(o);
        return w ? parseBool(w) : dflt;
      };
      const limit = opts.get('limit');
      return {
        limit: limit ? parseCountWord(limit) : (n ?? 10),
        fields,
        by,
        countField: opts.get('countfield')?.text ?? 'count',
        percentField: opts.get('percentfield')?.text ?? 'percent',
        showCount: flag('showcount', true),
        showPerc: flag('showperc', true),
        useOther: flag('useother', false),
        otherStr: opts.get('otherstr')?.text ?? 'OTHER',
      };
    },
    /**
     * The most (top) or least (rare) common combinations of the fields' values, per by-group:
     * count, and percent of all the group's counted values. Rows missing one of the fields are
     * not counted; each value of a multivalue field counts. Ties keep first-seen order.
     */
    run(input, args) {
      const fields = args.fields.map((w) => w.text);
      const by = args.by.map((w) => w.text);
      const grouper = new Grouper(by, () => [new Map<string, Tally>()]);
      const combos = new Grouper(fields, () => []);
      for (const row of input.rows) {
        grouper.forEachGroup(row, (g) => {
          const tallies = g.states[0] as Map<string, Tally>;
          combos.forEachGroup(row, (c) => {
            const key = c.values.map(valueKey).join('\u0001');
            const t = tallies.get(key);
            if (t) t.count++;
            else tallies.set(key, { values: c.values, count: 1, index: tallies.size });
          });
        });
      }
      const rows: Row[] = [];
      for (const g of sortedGroups(grouper)) {
        const tallies = [...(g.states[0] as Map<string, Tally>).values()];
        if (tallies.length === 0) continue;
        let total = 0;
        for (const t of tallies) total += t.count;
        tallies.sort(
          (a, b) => (descending ? b.count - a.count : a.count - b.count) || a.index - b.index,
        );
        const kept = args.limit > 0 ? tallies.slice(0, args.limit) : tallies;
        const emit = (values: Scalar[], count: number) => {
          const out: Row = Object.create(null);
          for (let i = 0; i < by.length; i++) out[by[i]] = g.values[i];
          for (let i = 0; i < fields.length; i++) out[fields[i]] = values[i];
          if (args.showCount) out[args.countField] = count;
          if (args.showPerc) out[args.percentField] = percentText(count, total);
          rows.push(out);
        };
        for (const t of kept) emit(t.values, t.count);
        if (args.useOther && kept.length < tallies.length) {
          let rest = 0;
          for (const t of tallies.slice(kept.length)) rest += t.count;
          emit(
            fields.map(() => args.otherStr),
            rest,
          );
        }
      }
      const out = [...by, ...fields];
      if (args.showCount) out.push(args.countField);
      if (args.showPerc) out.push(args.percentField);
      return { fields: uniqueFields(out), rows };
    },
  };
}

export const topCommand = makeCommand('top');
export const rareCommand = makeCommand('rare');

import { toText } from '../eval/coerce';
import type { Word } from '../parse/arg-reader';
import type { AggSpec } from '../stats/agg-spec';
import { Aggregator, readAggregations } from '../stats/aggregation';
import { compareGroupValues, uniqueFields } from '../stats/grouping';
import {
  cellColumns,
  readOptionsInto,
  SERIES_OPTIONS,
  seriesOptions,
  splitAggregate,
  type SeriesOptions,
} from '../stats/split';
import type { Row, Scalar } from '../values';
import type { CommandDef } from '../context';

export interface ChartArgs {
  aggs: AggSpec[];
  /** The row field (`over X`, or the first by-field). */
  over: Word | null;
  /** The column field (`by Y` after over, or the second by-field). */
  split: Word | null;
  series: SeriesOptions;
}

const OPTIONS = [...SERIES_OPTIONS, 'cont', 'sep', 'format', 'agg'];

/**
 * `chart [options] <aggs> [over <row field>] [by <column field>]`, or `... by <row> <column>`:
 * a row per value of the row field (sorted like stats), a column per value of the column field
 * (top `limit` by total, then NULL and OTHER, as timechart).
 */
export const chartCommand: CommandDef<ChartArgs> = {
  name: 'chart',
  meta: {
    syntax:
      'chart <stats-func>... [over <row-field>] [by <column-field>] [limit=<int>] [useother=<bool>] [usenull=<bool>]',
    description:
      'Aggregates into a table with a row per value of one field and a column per value of another.',
    example: 'sourcetype=ftp | chart count over src_ip by dest_port',
  },
  transforming: true,
  parse(r, ctx) {
    const opts = new Map<string, Word>();
    readOptionsInto(r, OPTIONS, opts);
    const aggs = readAggregations(r, ctx.functions, ['by', 'over'], { sparkline: true });
    if (aggs.length === 0) {
      throw r.error(`'chart' needs a statistical function`, r.peek(), 'a function');
    }
    readOptionsInto(r, OPTIONS, opts);
    let over: Word | null = null;
    let split: Word | null = null;
    if (r.takeWord('over')) {
      over = r.readWord('a field after over');
      readOptionsInto(r, OPTIONS, opts);
      if (r.takeWord('by')) split = r.readWord('a field after by');
    } else if (r.takeWord('by')) {
      const fields = r.readFieldList();
      if (fields.length === 0 || fields.length > 2) {
        throw r.error(`'chart ... by' takes one or two fields`, r.peek(), 'a field');
      }
      [over, split = null] = fields;
    }
    readOptionsInto(r, OPTIONS, opts);
    return { aggs, over, split, series: seriesOptions(opts) };
  },
  run(input, args, ctx) {
    const agg = new Aggregator(args.aggs, ctx, input.rows);
    const over = args.over?.text ?? null;
    // Row keys are the over-field's text; the first value seen stands for the row.
    const rowValues = new Map<string, Scalar>();
    const table = splitAggregate(
      input.rows,
      (row) => {
        if (over === null) return '';
        const v = row[over];
        if (v === undefined || v === null) return null;
        const x = typeof v === 'object' ? v[0] : v;
        const key = typeof x === 'string' ? x : (toText(x) ?? '');
        if (!rowValues.has(key)) rowValues.set(key, x);
        return key;
      },
      args.split?.text ?? null,
      agg,
      args.series,
    );
    const columns = cellColumns(agg, table, args.split !== null, args.series);
    let keys = [...table.cells.keys()];
    if (over === null && keys.length === 0) keys = [''];
    keys.sort((a, b) => compareGroupValues([rowValues.get(a) ?? a], [rowValues.get(b) ?? b]));
    const rows = keys.map((k) => {
      const out: Row = Object.create(null);
      if (over !== null) out[over] = rowValues.get(k) ?? k;
      columns.write(table.cells.get(k), out);
      return out;
    });
    return { fields: uniqueFields([...(over === null ? [] : [over]), ...columns.names]), rows };
  },
};

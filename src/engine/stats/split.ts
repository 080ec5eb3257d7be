import { parseBool, parseCountWord, type ArgReader, type Word } from '../parse/arg-reader';
import { toNumber, toText } from '../eval/coerce';
import type { Row } from '../values';
import type { TimeSpan } from '../time';
import type { AggSpec } from './agg-spec';
import type { Aggregator } from './aggregation';

/** chart and timechart options for the split-by series. */
export interface SeriesOptions {
  /** How many series to keep (0: all). */
  limit: number;
  useOther: boolean;
  useNull: boolean;
  otherStr: string;
  nullStr: string;
}

/** timechart's arguments; the count chart (fast/fast-timechart.ts) reads them too. */
export interface TimechartArgs {
  aggs: AggSpec[];
  by: Word | null;
  span: TimeSpan | null;
  /** Where the command starts, for the too-many-buckets error. */
  start: number;
  bins: number;
  minSpan: TimeSpan | null;
  cont: boolean;
  series: SeriesOptions;
}

export const SERIES_OPTIONS = ['limit', 'useother', 'usenull', 'otherstr', 'nullstr'];

export function seriesOptions(opts: Map<string, Word>): SeriesOptions {
  const flag = (name: string) => {
    const w = opts.get(name);
    return w ? parseBool(w) : true;
  };
  const limit = opts.get('limit');
  return {
    limit: limit ? readLimit(limit) : 10,
    useOther: flag('useother'),
    useNull: flag('usenull'),
    otherStr: opts.get('otherstr')?.text ?? 'OTHER',
    nullStr: opts.get('nullstr')?.text ?? 'NULL',
  };
}

// Splunk also takes `limit=top5` / `bottom5`; only the top is kept here.
function readLimit(w: Word): number {
  const m = /^top(\d+)$/i.exec(w.text);
  return m ? Number(m[1]) : parseCountWord(w);
}

/** Reads options wherever they appear between the other arguments. */
export function readOptionsInto(r: ArgReader, allowed: readonly string[], into: Map<string, Word>) {
  for (const [k, v] of r.readOptions(allowed)) into.set(k, v);
}

/** A cell per (row key, series): the aggregations' states. */
export interface SplitTable<K> {
  cells: Map<K, Map<string, unknown[]>>;
  /** Series names in column order: by total descending, then NULL, then OTHER. */
  series: string[];
}

/**
 * Aggregates rows into cells by a row key (a time bucket, an `over` value) and the value of the
 * split-by field. Only the top `limit` series by total (the sum of the first aggregation over all
 * rows) keep their own column; with useother the rows of the others are aggregated again into one
 * OTHER series (so avg or dc of OTHER is right, not a sum of averages). Rows without the split-by
 * field go to a NULL series when usenull is on, kept whatever the limit.
 */
export function splitAggregate<K>(
  rows: readonly Row[],
  rowKey: (row: Row) => K | null,
  splitBy: string | null,
  agg: Aggregator,
  opts: SeriesOptions,
): SplitTable<K> {
  const cells = new Map<K, Map<string, unknown[]>>();
  const cell = (k: K, series: string) => {
    let byRow = cells.get(k);
    if (!byRow) cells.set(k, (byRow = new Map()));
    let states = byRow.get(series);
    if (!states) byRow.set(series, (states = agg.init()));
    return states;
  };
  const keys: (K | null)[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const k = rowKey(row);
    keys[i] = k;
    if (k === null) continue;
    if (splitBy === null) {
      agg.add(cell(k, ''), row);
      continue;
    }
    const v = row[splitBy];
    if (v === undefined || v === null) {
      if (opts.useNull) agg.add(cell(k, NULL_KEY), row);
    } else if (typeof v === 'object') {
      for (const x of new Set(v)) agg.add(cell(k, toText(x) ?? ''), row);
    } else {
      agg.add(cell(k, typeof v === 'string' ? v : (toText(v) ?? '')), row);
    }
  }
  if (splitBy === null) return { cells, series: [''] };

  const totals = new Map<string, number>();
  for (const byRow of cells.values()) {
    for (const [s, states] of byRow) {
      if (s === NULL_KEY) continue;
      const n = toNumber(agg.result(states, 0) as string | number | null) ?? 0;
      totals.set(s, (totals.get(s) ?? 0) + n);
    }
  }
  const ranked = [...totals.keys()].sort(
    (a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const kept = opts.limit > 0 ? ranked.slice(0, opts.limit) : ranked;
  const dropped = new Set(ranked.slice(kept.length));
  const series = [...kept];
  let hasNull = false;
  for (const byRow of cells.values()) {
    for (const s of dropped) byRow.delete(s);
    if (byRow.has(NULL_KEY)) hasNull = true;
  }
  if (hasNull) series.push(NULL_KEY);
  if (dropped.size > 0 && opts.useOther) {
    for (let i = 0; i < rows.length; i++) {
      const k = keys[i];
      if (k === null) continue;
      const v = rows[i][splitBy];
      if (v === undefined || v === null) continue;
      const values = typeof v === 'object' ? [...new Set(v)] : [v];
      if (values.some((x) => dropped.has(toText(x) ?? ''))) agg.add(cell(k, OTHER_KEY), rows[i]);
    }
    series.push(OTHER_KEY);
  }
  return { cells, series };
}

// Internal series keys that no field value can take (values are never lone control characters).
export const NULL_KEY = '\u0000NULL';
export const OTHER_KEY = '\u0000OTHER';

export function seriesLabel(s: string, opts: SeriesOptions): string {
  return s === NULL_KEY ? opts.nullStr : s === OTHER_KEY ? opts.otherStr : s;
}

/**
 * Column names and writer for a row's cells: one aggregation gives one column per series; several
 * give `agg: series` columns, as Splunk names them. An empty cell is 0 for counts, absent else.
 */
export function cellColumns(
  agg: Aggregator,
  table: SplitTable<unknown>,
  split: boolean,
  opts: SeriesOptions,
) {
  const columns: { name: string; series: string; spec: number }[] = [];
  const multi = agg.specs.length > 1;
  for (let a = 0; a < agg.specs.length; a++) {
    for (const s of table.series) {
      const label = seriesLabel(s, opts);
      const name = !split ? agg.specs[a].name : multi ? `${agg.specs[a].name}: ${label}` : label;
      columns.push({ name, series: s, spec: a });
    }
  }
  // Splunk groups the columns of several aggregations by aggregation; with one split it is the
  // same order as the series.
  return {
    names: columns.map((c) => c.name),
    write(byRow: Map<string, unknown[]> | undefined, out: Row) {
      for (const c of columns) {
        const states = byRow?.get(c.series);
        const spec = agg.specs[c.spec];
        const v = states ? agg.result(states, c.spec) : null;
        if (v !== null) out[c.name] = v;
        else if (spec.fn.zeroWhenEmpty) out[c.name] = 0;
      }
    },
  };
}

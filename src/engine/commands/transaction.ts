import { toNumber, toText, valuesOf } from '../eval/coerce';
import { Evaluator } from '../eval/evaluate';
import { ArgReader, parseBool, parseCountWord, type Word } from '../parse/arg-reader';
import type { EvalExpr, SearchExpr } from '../ast';
import { parseEvalExpr } from '../parse/eval-parser';
import { parseSearchExpr, parseSearchTerm } from '../parse/search-parser';
import { compileSearch } from '../search/compile';
import { rowView } from '../search/scan';
import type { Row, Scalar } from '../values';
import type { CommandDef, RunContext } from '../context';
import type { FunctionLookup } from '../parse/eval-parser';
import { constMap } from '../data-map';

/** startswith=/endswith=: a search expression, or `eval(...)`, with the text it was read from. */
type Filter =
  { kind: 'search'; expr: SearchExpr } | { kind: 'eval'; expr: EvalExpr; query: string };

export interface TransactionArgs {
  fields: string[];
  /** Seconds; null for no limit. */
  maxSpan: number | null;
  maxPause: number | null;
  maxEvents: number;
  startsWith: Filter | null;
  endsWith: Filter | null;
  keepEvicted: boolean;
  mvlist: boolean;
  delim: string;
}

const UNIT_SECONDS = constMap<number>({ s: 1, m: 60, h: 3600, d: 86400 });

const OPTIONS = [
  'maxspan',
  'maxpause',
  'maxevents',
  'keepevicted',
  'mvlist',
  'delim',
  'startswith',
  'endswith',
  'connected',
  'unifyends',
  'keeporphans',
  'name',
  'mvraw',
  'nullstr',
];

/**
 * `transaction [<fields>] [maxspan=] [maxpause=] [maxevents=1000] [startswith=] [endswith=]
 * [keepevicted=b] [mvlist=b] [delim=" "]`: groups events that share the fields' values into one
 * result per transaction, in time order whatever order the events came in. A transaction ends
 * when the next event would make it span more than maxspan, follow a pause longer than maxpause,
 * or exceed maxevents; an event matching endswith closes it, one matching startswith opens a new
 * one. Transactions that did not start with startswith or end with endswith are dropped unless
 * keepevicted=true (which adds closed_txn=0/1). Each result has `_time` (first event),
 * `duration` (last minus first, seconds), `eventcount`, `_raw` (the events' texts, one a line)
 * and every field's values: distinct and sorted, or with mvlist=true all of them in order.
 * Results come newest first, as Splunk returns them.
 */
export const transactionCommand: CommandDef<TransactionArgs> = {
  name: 'transaction',
  meta: {
    syntax:
      'transaction [<field-list>] [maxspan=<span>] [maxpause=<span>] [maxevents=<int>] [startswith=<filter>] [endswith=<filter>]',
    description: 'Groups events into transactions by fields and time.',
    example: 'sourcetype=ftp | transaction src_ip maxpause=5m',
    differences: 'Transactions are grouped in time order over the whole result set.',
  },
  parse(r, ctx) {
    const opts = new Map<string, Word>();
    let startsWith: Filter | null = null;
    let endsWith: Filter | null = null;
    const fields: string[] = [];
    for (;;) {
      const t = r.peek();
      const eq = r.peek2();
      const isOption = t.kind === 'word' && eq.kind === 'op' && eq.value === '=';
      if (isOption && OPTIONS.includes(t.value.toLowerCase())) {
        const name = t.value.toLowerCase();
        if (name === 'startswith' || name === 'endswith') {
          r.next();
          r.next();
          const f = readFilter(r, ctx.functions);
          if (name === 'startswith') startsWith = f;
          else endsWith = f;
        } else {
          for (const [k, v] of r.readOptions([name])) opts.set(k, v);
        }
        continue;
      }
      r.takeOp(',');
      const w = r.peek();
      if (w.kind !== 'word' && w.kind !== 'string') break;
      if (r.peek2().kind === 'op' && r.peek2().value === '=') {
        throw r.error(`Unknown transaction option '${w.value}'`, w);
      }
      const field = r.readWord('a field name');
      if (field.text.includes('*')) throw r.error(`Wildcards are not allowed here`, field);
      fields.push(field.text);
    }
    for (const k of ['connected', 'unifyends', 'keeporphans', 'name', 'mvraw', 'nullstr']) {
      const w = opts.get(k);
      if (w) throw r.error(`'transaction ${k}=' is not supported yet`, w);
    }
    const seconds = (k: string) => {
      const w = opts.get(k);
      if (!w || w.text === '-1') return null;
      const m = /^(\d+)(s|m|h|d)?$/i.exec(w.text);
      if (!m) throw r.error(`Expected a time span such as 30s, 5m, 1h or 1d for ${k}`, w);
      return Number(m[1]) * UNIT_SECONDS[(m[2] ?? 's').toLowerCase()];
    };
    const flag = (k: string, dflt: boolean) => {
      const w = opts.get(k);
      return w ? parseBool(w) : dflt;
    };
    const maxEvents = opts.get('maxevents');
    return {
      fields,
      maxSpan: seconds('maxspan'),
      maxPause: seconds('maxpause'),
      maxEvents: maxEvents ? parseCountWord(maxEvents) : 1000,
      startsWith,
      endsWith,
      keepEvicted: flag('keepevicted', false),
      mvlist: flag('mvlist', false),
      delim: opts.get('delim')?.text ?? ' ',
    };
  },
  run(input, args, ctx) {
    const test = (f: Filter | null) => (f ? filterTest(f, ctx) : null);
    const starts = test(args.startsWith);
    const ends = test(args.endsWith);
    const timeOf = (row: Row) => toNumber(row._time ?? null) ?? 0;
    // Stable sort: events of the same second keep their input order reversed back to arrival.
    const ordered = input.rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => timeOf(a.row) - timeOf(b.row) || b.i - a.i)
      .map((x) => x.row);
    const open = new Map<string, Group>();
    const done: Group[] = [];
    const close = (key: string, g: Group, closed: boolean) => {
      open.delete(key);
      g.closed = closed;
      done.push(g);
    };
    for (const row of ordered) {
      const key = groupKey(row, args.fields);
      if (key === null) continue;
      const t = timeOf(row);
      let g = open.get(key);
      if (g) {
        const last = timeOf(g.rows[g.rows.length - 1]);
        const first = timeOf(g.rows[0]);
        const tooLong =
          (args.maxSpan !== null && t - first > args.maxSpan) ||
          (args.maxPause !== null && t - last > args.maxPause) ||
          g.rows.length >= args.maxEvents;
        if (tooLong || starts?.(row)) {
          close(key, g, !args.endsWith);
          g = undefined;
        }
      }
      if (!g) {
        g = { rows: [], started: !starts || starts(row), closed: false };
        open.set(key, g);
      }
      g.rows.push(row);
      if (ends?.(row)) close(key, g, true);
    }
    for (const [key, g] of open) close(key, g, !args.endsWith);
    const kept = done.filter((g) => args.keepEvicted || (g.started && g.closed));
    const fields = ['_time', '_raw', 'duration', 'eventcount'];
    if (args.keepEvicted) fields.push('closed_txn');
    const rows = kept.map((g) => {
      const row = merge(g.rows, args, timeOf);
      if (args.keepEvicted) row.closed_txn = g.started && g.closed ? 1 : 0;
      for (const f of Object.keys(row)) if (!fields.includes(f)) fields.push(f);
      return row;
    });
    rows.sort((a, b) => (b._time as number) - (a._time as number));
    return { fields, rows };
  },
};

interface Group {
  rows: Row[];
  /** Began with a startswith event (true when there is no startswith). */
  started: boolean;
  /** Ended by endswith (true when there is no endswith and no limit broke it). */
  closed: boolean;
}

function groupKey(row: Row, fields: readonly string[]): string | null {
  const parts: string[] = [];
  for (const f of fields) {
    const v = row[f];
    if (v === undefined) return null;
    parts.push(
      valuesOf(v)
        .map((x) => toText(x))
        .join('\n'),
    );
  }
  return JSON.stringify(parts);
}

function merge(rows: Row[], args: TransactionArgs, timeOf: (r: Row) => number): Row {
  const out: Row = Object.create(null);
  const first = timeOf(rows[0]);
  out._time = first;
  out._raw = rows.map((r) => toText(r._raw ?? null) ?? '').join('\n');
  out.duration = timeOf(rows[rows.length - 1]) - first;
  out.eventcount = rows.length;
  const values = new Map<string, Scalar[]>();
  for (const r of rows) {
    for (const [f, v] of Object.entries(r)) {
      if (f === '_time' || f === '_raw') continue;
      const list = values.get(f) ?? [];
      values.set(f, list);
      for (const x of valuesOf(v)) {
        if (args.mvlist || !list.some((y) => toText(y) === toText(x))) list.push(x);
      }
    }
  }
  for (const [f, list] of values) {
    if (!args.mvlist) list.sort((a, b) => compareText(toText(a) ?? '', toText(b) ?? ''));
    out[f] = list.length === 1 ? list[0] : list;
  }
  return out;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * startswith=/endswith= values: `"<search>"`, `"eval(<expr>)"`, `eval(<expr>)`, `(<search>)` or a
 * bare word.
 * Quoted text without escapes is parsed in place, so errors point into the query.
 */
function readFilter(r: ArgReader, functions: FunctionLookup): Filter {
  const t = r.peek();
  if (t.kind === 'word' && t.value.toLowerCase() === 'eval' && r.peek2().text === '(') {
    r.next();
    return { kind: 'eval', expr: parseEvalExpr(r, functions), query: r.text };
  }
  // startswith=(EventCode=4624): a parenthesised search expression, read in place.
  if (t.kind === 'op' && t.value === '(') return { kind: 'search', expr: parseSearchTerm(r) };
  const w = r.readWord('a search expression or eval(...)');
  // startswith=login: one search term.
  if (!w.quoted)
    return { kind: 'search', expr: { kind: 'term', text: w.text, start: w.start, end: w.end } };
  const inPlace = r.text.slice(w.start + 1, w.end - 1) === w.text;
  const [text, start, end] =
    w.quoted && inPlace ? [r.text, w.start + 1, w.end - 1] : [w.text, 0, w.text.length];
  const inner = new ArgReader(text, start, end, 'transaction');
  const head = inner.peek('eval');
  const isEval = head.kind === 'word' && head.value.toLowerCase() === 'eval';
  let f: Filter;
  if (isEval && inner.peek2('eval').text === '(') {
    inner.next('eval');
    f = { kind: 'eval', expr: parseEvalExpr(inner, functions), query: text };
  } else {
    f = { kind: 'search', expr: parseSearchExpr(inner) };
  }
  inner.expectEnd();
  return f;
}

function filterTest(f: Filter, ctx: RunContext): (row: Row) => boolean {
  if (f.kind === 'eval') {
    const ev = new Evaluator(f.query, ctx, ctx.functions);
    return (row) => ev.test(f.expr, row);
  }
  const compiled = compileSearch(f.expr, ctx.resolveTime);
  return (row) => compiled.matchesRow(rowView(row));
}

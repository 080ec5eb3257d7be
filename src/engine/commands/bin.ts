import { numberText, toNumber } from '../eval/coerce';
import { parseCountWord, type Word } from '../parse/arg-reader';
import { parseSpan, spanFloor, type TimeSpan } from '../time';
import { rowTime } from '../stats/aggregation';
import { approxSpanMs, autoTimeSpan } from '../stats/auto-span';
import type { Row, Scalar, Value } from '../values';
import type { CommandDef, CommandMeta } from '../context';
import { uniqueFields } from '../stats/grouping';

export interface BinArgs {
  field: Word;
  as: Word | null;
  /** A time span (`1h`) or a number (`10`); null to pick one from `bins`. */
  span: TimeSpan | number | null;
  bins: number;
  minSpan: TimeSpan | number | null;
  start: number | null;
  end: number | null;
}

const OPTIONS = ['span', 'bins', 'minspan', 'start', 'end', 'aligntime'];
const NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

function readSpanWord(r: { error(m: string, w: Word): Error }, w: Word): TimeSpan | number {
  if (NUMBER.test(w.text)) {
    const n = Number(w.text);
    if (n > 0) return n;
  } else {
    const span = parseSpan(w.text);
    if (span) return span;
  }
  throw r.error(`Invalid span '${w.text}' (a number, or a time span such as 5m or 1d)`, w);
}

function readNumber(r: { error(m: string, w: Word): Error }, w: Word | undefined): number | null {
  if (!w) return null;
  const n = toNumber(w.text);
  if (n === null) throw r.error(`Expected a number, found '${w.text}'`, w);
  return n;
}

const BIN_META: CommandMeta = {
  syntax:
    'bin [span=<span>] [bins=<int>] [minspan=<span>] [start=<num>] [end=<num>] <field> [as <field>]',
  description: 'Puts a numeric or time field into buckets.',
  example: '... | bin _time span=1h | stats count by _time',
  differences: '_time buckets follow your time zone.',
};

/**
 * `bin [span=] [bins=] [minspan=] [start=] [end=] <field> [as <name>]` (alias `bucket`): `_time`
 * (or any field with a time span) floored to the start of its bucket in the user's zone, in epoch
 * seconds; a number replaced by its range as text, `10-20`, as Splunk shows it. Values that are
 * not numbers are left as they are.
 */
function makeBin(name: 'bin' | 'bucket'): CommandDef<BinArgs> {
  return {
    name,
    meta:
      name === 'bin'
        ? BIN_META
        : {
            ...BIN_META,
            syntax: BIN_META.syntax.replace('bin', 'bucket'),
            differences: 'bucket is another name for bin.',
          },
    parse(r) {
      const opts = r.readOptions(OPTIONS);
      const field = r.readWord('a field to bin');
      for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
      const as = r.readAs();
      for (const [k, v] of r.readOptions(OPTIONS)) opts.set(k, v);
      const span = opts.get('span');
      const minSpan = opts.get('minspan');
      const bins = opts.get('bins');
      return {
        field,
        as,
        span: span ? readSpanWord(r, span) : null,
        minSpan: minSpan ? readSpanWord(r, minSpan) : null,
        bins: bins ? Math.max(1, parseCountWord(bins)) : 100,
        start: readNumber(r, opts.get('start')),
        end: readNumber(r, opts.get('end')),
      };
    },
    run(input, args, ctx) {
      const src = args.field.text;
      const dest = args.as?.text ?? src;
      const isTime =
        typeof args.span === 'object' && args.span !== null
          ? true
          : args.span === null && src === '_time';
      let binOne: (x: number) => Scalar;
      if (isTime) {
        let span = args.span as TimeSpan | null;
        if (!span) {
          const [lo, hi] = extent(input.rows, src);
          const min =
            typeof args.minSpan === 'object' && args.minSpan
              ? approxSpanMs(args.minSpan)
              : (args.minSpan ?? 0) * 1000;
          span = autoTimeSpan(
            lo === null || hi === null ? 0 : (hi - lo) * 1000 + 1,
            args.bins,
            min,
          );
        }
        const floor = spanFloor(span, ctx.tz);
        binOne = (x) => floor(x * 1000) / 1000;
      } else {
        let size = typeof args.span === 'number' ? args.span : null;
        if (size === null) {
          let [lo, hi] = extent(input.rows, src);
          if (args.start !== null) lo = Math.min(lo ?? args.start, args.start);
          if (args.end !== null) hi = Math.max(hi ?? args.end, args.end);
          const minSize = typeof args.minSpan === 'number' ? args.minSpan : 0;
          size = lo === null || hi === null ? 1 : numericSpan(lo, hi, args.bins, minSize);
        }
        const z = size;
        binOne = (x) => {
          const lo = tidy(Math.floor(x / z) * z);
          return `${numberText(lo)}-${numberText(tidy(lo + z))}`;
        };
      }
      const rows = input.rows.map((row) => {
        const v = row[src];
        if (v === undefined || v === null) return row;
        const out: Row = Object.assign(Object.create(null), row);
        out[dest] = binValue(v, binOne, src === '_time');
        return out;
      });
      return { fields: uniqueFields([...input.fields, dest]), rows };
    },
  };
}

function binValue(v: Value, binOne: (x: number) => Scalar, isTimeField: boolean): Value {
  const one = (x: Scalar) => {
    const n = typeof x === 'number' ? x : toNumber(x);
    return n === null || (isTimeField && Number.isNaN(n)) ? x : binOne(n);
  };
  if (v === null) return null;
  return typeof v === 'object' ? v.map(one) : one(v);
}

function extent(rows: readonly Row[], field: string): [number | null, number | null] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of rows) {
    const v = field === '_time' ? rowTime(row) : row[field];
    for (const x of typeof v === 'object' && v !== null ? v : [v]) {
      const n = typeof x === 'number' ? x : typeof x === 'string' ? toNumber(x) : null;
      if (n === null || Number.isNaN(n)) continue;
      if (n < lo) lo = n;
      if (n > hi) hi = n;
    }
  }
  return lo === Infinity ? [null, null] : [lo, hi];
}

/** The smallest power of ten (at least minSize) that covers [lo, hi] in at most `bins` ranges. */
function numericSpan(lo: number, hi: number, bins: number, minSize: number): number {
  let size = 10 ** Math.floor(Math.log10(Math.max(hi - lo, Number.MIN_VALUE) / bins));
  if (!Number.isFinite(size) || size <= 0) size = 1;
  while (size < minSize || Math.floor(hi / size) - Math.floor(lo / size) + 1 > bins) size *= 10;
  return tidy(size);
}

// Floors of decimal spans pick up binary noise (0.1 * 3); 12 significant digits are plenty.
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

export const binCommand = makeBin('bin');
export const bucketCommand = makeBin('bucket');

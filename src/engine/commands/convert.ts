import { fromValues, toNumber, toText, valuesOf } from '../eval/coerce';
import type { Word } from '../parse/arg-reader';
import { strftime, strptime } from '../time';
import type { Row, Scalar } from '../values';
import type { CommandDef } from '../context';
import { expandFields } from './field-patterns';
import { constMap, hasKey } from '../data-map';
import { wildcardCaptures } from '../search/wildcard';

/** A value's conversion; null drops the value. `same` leaves it as it was. */
type Converter = (v: Scalar, tz: string, timeformat: string) => Scalar | null | typeof SAME;
const SAME = Symbol('same');

interface Conversion {
  fn: string;
  field: Word;
  as: Word | null;
}

export interface ConvertArgs {
  timeformat: string;
  conversions: Conversion[];
}

/** "[D+]HH:MM:SS", "MM:SS" or seconds. */
function durationSeconds(text: string): number | null {
  const m = /^\s*(?:(\d+)\+)?(?:(?:(\d+):)?(\d+):)?(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const [, d, h, min, s] = m;
  return Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s);
}

const leadingNumber = (text: string): number | null => {
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(text);
  return m ? Number(m[1]) : null;
};

const noCommas = (text: string): number | null => toNumber(text.replace(/,/g, ''));

const CONVERTERS = constMap<Converter>({
  ctime: (v, tz, fmt) => {
    const n = toNumber(v);
    return n === null ? SAME : strftime(n, fmt, tz);
  },
  mktime: (v, tz, fmt) => {
    const n = strptime(toText(v) ?? '', fmt, tz);
    return n === null ? SAME : n;
  },
  dur2sec: (v) => durationSeconds(toText(v) ?? '') ?? SAME,
  mstime: (v) => {
    const m = /^\s*(?:(\d+):)?(\d+(?:\.\d+)?)\s*$/.exec(toText(v) ?? '');
    return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : SAME;
  },
  memk: (v) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)\s*$/i.exec(toText(v) ?? '');
    if (!m) return SAME;
    const unit = m[2].toLowerCase();
    return Number(m[1]) * (unit === 'g' ? 1024 * 1024 : unit === 'm' ? 1024 : 1);
  },
  rmcomma: (v) => noCommas(toText(v) ?? '') ?? SAME,
  rmunit: (v) => leadingNumber(toText(v) ?? '') ?? SAME,
  auto: (v) => toNumber(v) ?? noCommas(toText(v) ?? '') ?? SAME,
  num: (v) => toNumber(v) ?? noCommas(toText(v) ?? ''),
  none: () => SAME,
});

/**
 * `convert [timeformat="%m/%d/%Y %H:%M:%S"] <fn>(<field>) [as <name>] ...`: ctime (epoch to
 * text), mktime (text to epoch), dur2sec, mstime, memk, rmcomma, rmunit, auto, num, none. Times
 * are read and written in the user's zone. A value a function cannot convert stays as it was,
 * except with num, which removes it. Fields may use `*`; `none(f)` protects fields from the
 * conversions that follow it.
 */
export const convertCommand: CommandDef<ConvertArgs> = {
  name: 'convert',
  meta: {
    syntax: 'convert [timeformat=<string>] <convert-func>(<field>) [as <field>]...',
    description:
      'Converts field values: times to text and back, durations, memory sizes, numbers with commas.',
    example: '... | convert ctime(_time) as when',
    differences: 'Times are read and written in your time zone.',
  },
  parse(r) {
    const opts = r.readOptions(['timeformat']);
    const conversions: Conversion[] = [];
    for (;;) {
      r.takeOp(',');
      const t = r.peek();
      if (t.kind !== 'word') break;
      const fn = t.value.toLowerCase();
      if (!hasKey(CONVERTERS, fn)) {
        throw r.error(
          `Unknown convert function '${t.value}'`,
          t,
          Object.keys(CONVERTERS).join(', '),
        );
      }
      r.next();
      const open = r.expectOp('(');
      const field = r.readWord('a field name');
      r.expectOp(')', 'search', open);
      conversions.push({ fn, field, as: r.readAs() });
    }
    for (const [k, v] of r.readOptions(['timeformat'])) opts.set(k, v);
    if (conversions.length === 0) {
      throw r.error(`'convert' needs a conversion such as ctime(_time)`, r.peek(), 'a function');
    }
    return { timeformat: opts.get('timeformat')?.text ?? '%m/%d/%Y %H:%M:%S', conversions };
  },
  run(input, args, ctx) {
    const fields = [...input.fields];
    const rows = input.rows.map((src) => Object.assign(Object.create(null), src) as Row);
    const protectedFields = new Set<string>();
    for (const c of args.conversions) {
      const targets = expandFields([c.field], fields).filter((f) => !protectedFields.has(f));
      if (c.fn === 'none') {
        for (const f of targets) protectedFields.add(f);
        continue;
      }
      const convert = CONVERTERS[c.fn];
      for (const f of targets) {
        // `as` renames one field; with a wildcard both sides, * in the name is the match.
        const dest = c.as ? asName(c.field.text, c.as.text, f) : f;
        if (!fields.includes(dest)) fields.push(dest);
        for (const row of rows) {
          if (row[f] === undefined) continue;
          const out: Scalar[] = [];
          for (const v of valuesOf(row[f])) {
            const x = convert(v, ctx.tz, args.timeformat);
            if (x === SAME) out.push(v);
            else if (x !== null) out.push(x);
          }
          const value = fromValues(out);
          if (value === null) delete row[dest];
          else row[dest] = value;
        }
      }
    }
    return { fields, rows };
  },
};

function asName(pattern: string, as: string, field: string): string {
  if (!pattern.includes('*') || !as.includes('*')) return as;
  const m = wildcardCaptures(pattern, { greedy: true })(field);
  let i = 0;
  return m ? as.replace(/\*/g, () => m[i++] ?? '') : as;
}

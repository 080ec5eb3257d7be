import { withDocs } from './docs';
import { numberText, toNumber, toText } from '../coerce';
import { EvalFunctionError, type EvalFunction } from '../function-types';
import { fn, mapText } from './args';
import { roundTo } from './math';

/** Thousands separators; numbers with decimals are rounded to two places, as Splunk documents. */
export function withCommas(n: number): string {
  const r = Number.isInteger(n) ? n : roundTo(n, 2);
  const [int, frac] = numberText(Math.abs(r)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${r < 0 ? '-' : ''}${grouped}${frac ? `.${frac.padEnd(2, '0')}` : ''}`;
}

/** Seconds as HH:MM:SS, with a "D+" prefix past a day and microseconds when not whole. */
export function duration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const total = Math.abs(seconds);
  const whole = Math.floor(total);
  const days = Math.floor(whole / 86400);
  const pad = (n: number) => String(n).padStart(2, '0');
  let out = `${pad(Math.floor((whole % 86400) / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
  const micros = Math.round((total - whole) * 1e6);
  if (micros > 0) out += `.${String(micros).padStart(6, '0')}`;
  return sign + (days > 0 ? `${days}+${out}` : out);
}

function tostring(v: Parameters<typeof toText>[0], format: string | null): string | null {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (format === null) return toText(v);
  const n = toNumber(v);
  // Formats apply to numbers; text passes through unchanged.
  if (n === null) return toText(v);
  switch (format.toLowerCase()) {
    case 'commas':
      return withCommas(n);
    case 'hex': {
      const i = Math.trunc(n);
      return `${i < 0 ? '-' : ''}0x${Math.abs(i).toString(16).toUpperCase()}`;
    }
    case 'duration':
      return duration(n);
    default:
      throw new EvalFunctionError(
        'tostring',
        `Unknown format "${format}": use "commas", "hex" or "duration".`,
      );
  }
}

/** Text in a base (2-36) to a number; "0x" is allowed in base 16. Null when not a whole match. */
export function parseInBase(s: string, base: number): number | null {
  let t = s.trim();
  const negative = t.startsWith('-');
  if (negative || t.startsWith('+')) t = t.slice(1);
  if (base === 16) t = t.replace(/^0x/i, '');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  if (t === '' || [...t.toLowerCase()].some((c) => !digits.includes(c))) return null;
  const n = parseInt(t, base);
  return negative ? -n : n;
}

const FUNCTIONS: readonly EvalFunction[] = [
  fn('tostring', 1, 2, ([v, f]) => {
    const format = f === undefined ? null : toText(f);
    if (Array.isArray(v)) return mapText(v, (s) => tostring(s, format));
    return v === null ? null : tostring(v, format);
  }),
  fn('tonumber', 1, 2, ([v, b]) => {
    if (typeof v === 'number') return v;
    const s = toText(v);
    if (s === null) return null;
    if (b === undefined || toNumber(b) === 10) return toNumber(s);
    const base = toNumber(b);
    if (base === null || !Number.isInteger(base) || base < 2 || base > 36) {
      throw new EvalFunctionError(
        'tonumber',
        'The base of tonumber must be a whole number from 2 to 36.',
      );
    }
    return parseInBase(s, base);
  }),
];

/** What help and completion say about each function (see withDocs). */
export const CONVERSION_FUNCTIONS = withDocs(FUNCTIONS, {
  tostring: {
    syntax: 'tostring(<value>[, "commas" | "hex" | "duration"])',
    description: 'The value as text, optionally formatted.',
  },
  tonumber: {
    syntax: 'tonumber(<text>[, <base>])',
    description: 'The text as a number, or null when it is not one.',
  },
});

import { ZONE_ABBREVIATIONS } from '../../engine';

/**
 * Event time parsing. Runs once per imported event, so the usual shapes are parsed by hand with
 * charCodeAt and plain integer arithmetic: a regex plus Date.parse costs several times more, and
 * Date.parse would read a zone-less `2016-08-24 10:00:01` as local time of whatever machine runs
 * the import.
 *
 * Accepted:
 * - ISO 8601 / RFC 3339 and Splunk's own rendering: `YYYY-MM-DD[T ]HH:MM[:SS[.fraction]]`, or
 *   with slashes (`YYYY/MM/DD`, as Japanese and many Asian exports write dates), followed by
 *   nothing, `Z`, a numeric offset (`+09:00`, `-0700`, `+07`, `+9`), or after a space a zone
 *   abbreviation Splunk knows (`JST`, `KST`, `CEST`; see {@link ZONE_ABBREVIATIONS}) or `UTC`/`GMT`
 *   with an offset (`UTC+9`, `GMT-07:00`). Fractions beyond milliseconds are truncated.
 * - Epoch numbers, by magnitude (see {@link parseEpoch}): seconds with an optional fraction
 *   (`1503545774`, `1503545774.415`, what Splunk's `_time` and Zeek's `ts` hold), milliseconds
 *   (JavaScript, Elastic), microseconds (Plaso) or nanoseconds.
 *
 * A value with neither zone nor offset is taken as UTC; {@link hasExplicitZone} tells the importer
 * when that guess was made so it can say so once per file.
 */

const MS_PER_DAY = 86_400_000;

export { ZONE_ABBREVIATIONS };

const CH_0 = 48;
const CH_PLUS = 43;
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_COMMA = 44;
const CH_COLON = 58;
const CH_SLASH = 47;
const CH_SPACE = 32;
const CH_T = 84;
const CH_t = 116;
const CH_Z = 90;
const CH_z = 122;

/** Set by {@link parseInto}: whether the last value parsed carried its own zone or offset. */
let lastHadZone = false;

/** Epoch milliseconds (UTC) of a Splunk `_time`-like value, or null when it is not one. */
export function parseEventTime(value: string): number | null {
  const ms = parseInto(value);
  return ms === ms ? ms : null; // NaN check without a call
}

/**
 * Whether the value pins its own instant: epoch numbers do, as do ISO and Splunk times with `Z`,
 * an offset or a zone abbreviation. False for zone-less times (read as UTC) and for unparsable
 * values.
 */
export function hasExplicitZone(value: string): boolean {
  const ms = parseInto(value);
  return ms === ms && lastHadZone;
}

function parseInto(value: string): number {
  let s = value;
  let len = s.length;
  if (len === 0) return NaN;
  if (s.charCodeAt(0) <= CH_SPACE || s.charCodeAt(len - 1) <= CH_SPACE) {
    s = s.trim();
    len = s.length;
    if (len === 0) return NaN;
  }
  const dateSep = s.charCodeAt(4);
  if (len >= 16 && (dateSep === CH_MINUS || dateSep === CH_SLASH)) return parseDateTime(s, len);
  lastHadZone = true;
  return parseEpoch(s, len);
}

/** Value of the digit at i, or -1. */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - CH_0;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Two digits at i as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function parseDateTime(s: string, len: number): number {
  const dateSep = s.charCodeAt(4);
  const y0 = twoDigits(s, 0);
  const y1 = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const sep = s.charCodeAt(10);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  if (
    y0 < 0 ||
    y1 < 0 ||
    s.charCodeAt(7) !== dateSep ||
    (sep !== CH_T && sep !== CH_SPACE && sep !== CH_t) ||
    s.charCodeAt(13) !== CH_COLON ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59
  ) {
    return NaN;
  }
  const year = y0 * 100 + y1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;

  let i = 16;
  let second = 0;
  let millis = 0;
  if (i < len && s.charCodeAt(i) === CH_COLON) {
    second = twoDigits(s, i + 1);
    // 60 is a leap second; it lands on the next minute's first second, as Date.UTC would do.
    if (second < 0 || second > 60) return NaN;
    i += 3;
    const c = i < len ? s.charCodeAt(i) : 0;
    if (c === CH_DOT || c === CH_COMMA) {
      i++;
      const start = i;
      let d: number;
      while (i < len && (d = digit(s, i)) >= 0) {
        // Truncate to milliseconds, like Splunk does when it shows them.
        if (i - start < 3) millis = millis * 10 + d;
        i++;
      }
      const digits = i - start;
      if (digits === 0) return NaN;
      if (digits === 1) millis *= 100;
      else if (digits === 2) millis *= 10;
    }
  }

  const offsetMinutes = parseZone(s, i, len);
  if (offsetMinutes !== offsetMinutes) return NaN;
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    millis
  );
}

/**
 * Offset east of UTC, in minutes, of the zone text starting at i; 0 with lastHadZone false when
 * nothing follows the time; NaN for anything unrecognised.
 */
function parseZone(s: string, start: number, len: number): number {
  let i = start;
  while (i < len && s.charCodeAt(i) === CH_SPACE) i++;
  if (i === len) {
    lastHadZone = false;
    return 0;
  }
  lastHadZone = true;
  const c = s.charCodeAt(i);
  if ((c === CH_Z || c === CH_z) && i + 1 === len) return 0;
  if (c === CH_PLUS || c === CH_MINUS) return parseNumericOffset(s, i, len);
  const zone = s.slice(i).toUpperCase();
  const known = ZONE_ABBREVIATIONS.get(zone);
  if (known !== undefined) return known;
  // `UTC+02:00` / `GMT-0700` / `UTC+9`: an abbreviation for zero followed by an offset.
  if ((zone.startsWith('UTC') || zone.startsWith('GMT')) && zone.length > 3) {
    const sign = zone.charCodeAt(3);
    if (sign === CH_PLUS || sign === CH_MINUS) return parseNumericOffset(s, i + 3, len);
  }
  return NaN;
}

/** `+HH`, `+HHMM`, `+HH:MM`, `+H` or `+H:MM` at i running to the end of the string. */
function parseNumericOffset(s: string, i: number, len: number): number {
  const sign = s.charCodeAt(i) === CH_MINUS ? -1 : 1;
  let hours = twoDigits(s, i + 1);
  let j = i + 3;
  // One digit of hours (`+9`, `UTC+9`, as Splunk's own pattern allows), alone or before `:MM`.
  if (hours < 0 && digit(s, i + 1) >= 0 && (i + 2 === len || s.charCodeAt(i + 2) === CH_COLON)) {
    hours = digit(s, i + 1);
    j = i + 2;
  }
  if (hours < 0 || hours > 23) return NaN;
  let minutes = 0;
  if (j < len) {
    if (s.charCodeAt(j) === CH_COLON) j++;
    minutes = twoDigits(s, j);
    if (minutes < 0 || minutes > 59 || j + 2 !== len) return NaN;
  }
  return sign * (hours * 60 + minutes);
}

/**
 * Epoch numbers by magnitude: up to 11 integer digits are seconds (to the year 5138), 12-14
 * milliseconds, 15-17 microseconds (Plaso, Timesketch), 18-19 nanoseconds. Only seconds may
 * carry a fraction: a fraction of a millisecond or finer is below what is kept.
 */
function parseEpoch(s: string, len: number): number {
  let i = 0;
  let negative = false;
  if (s.charCodeAt(0) === CH_MINUS) {
    negative = true;
    i = 1;
  }
  const intStart = i;
  let whole = 0;
  let d: number;
  while (i < len && (d = digit(s, i)) >= 0) {
    whole = whole * 10 + d;
    i++;
  }
  const intDigits = i - intStart;
  if (intDigits === 0 || intDigits > 19) return NaN;
  let ms: number;
  if (intDigits > 11) {
    if (i !== len) return NaN;
    const divisor = intDigits <= 14 ? 1 : intDigits <= 17 ? 1e3 : 1e6;
    ms = Math.floor(whole / divisor);
  } else if (i === len) {
    ms = whole * 1000;
  } else {
    if (s.charCodeAt(i) !== CH_DOT) return NaN;
    i++;
    const fracStart = i;
    let millis = 0;
    while (i < len && (d = digit(s, i)) >= 0) {
      if (i - fracStart < 3) millis = millis * 10 + d;
      i++;
    }
    const fracDigits = i - fracStart;
    if (i !== len || fracDigits === 0) return NaN;
    if (fracDigits === 1) millis *= 100;
    else if (fracDigits === 2) millis *= 10;
    ms = whole * 1000 + millis;
  }
  return negative ? -ms : ms;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): pure
 * integer arithmetic, cheaper than a Date.UTC call per event.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Event time parsing. Runs once per imported event, so the usual shapes are parsed by hand with
 * charCodeAt and plain integer arithmetic: a regex plus Date.parse costs several times more, and
 * Date.parse would read a zone-less `2016-08-24 10:00:01` as local time of whatever machine runs
 * the import.
 *
 * Accepted:
 * - ISO 8601 / RFC 3339 and Splunk's own rendering: `YYYY-MM-DD[T ]HH:MM[:SS[.fraction]]`
 *   followed by nothing, `Z`, a numeric offset (`+00:00`, `-0700`, `+07`) or, after a space, a
 *   zone abbreviation from {@link ZONE_ABBREVIATIONS}. Fractions beyond milliseconds are truncated.
 * - Epoch seconds with an optional fraction (`1503545774`, `1503545774.415`), which is what
 *   Splunk's `_time` holds. A bare 13-digit integer is read as epoch milliseconds instead: as
 *   seconds it would lie past the year 33000, so it can only be a millisecond timestamp from
 *   another tool (JavaScript, Elastic, many JSON loggers).
 *
 * A value with neither zone nor offset is taken as UTC; {@link hasExplicitZone} tells the importer
 * when that guess was made so it can say so once per file.
 */

import { constMap } from '../../engine/data-map';

const MS_PER_DAY = 86_400_000;

/**
 * US abbreviations as Splunk prints them, as fixed offsets in minutes. An abbreviation names its
 * offset exactly (MDT is always UTC-6), so no zone database is needed.
 */
export const ZONE_ABBREVIATIONS = constMap<number>({
  UTC: 0,
  GMT: 0,
  UT: 0,
  Z: 0,
  EST: -5 * 60,
  EDT: -4 * 60,
  CST: -6 * 60,
  CDT: -5 * 60,
  MST: -7 * 60,
  MDT: -6 * 60,
  PST: -8 * 60,
  PDT: -7 * 60,
  AKST: -9 * 60,
  AKDT: -8 * 60,
  HST: -10 * 60,
});

const CH_0 = 48;
const CH_PLUS = 43;
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_COMMA = 44;
const CH_COLON = 58;
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
  if (len >= 16 && s.charCodeAt(4) === CH_MINUS) return parseDateTime(s, len);
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
    s.charCodeAt(7) !== CH_MINUS ||
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
  const known = ZONE_ABBREVIATIONS[zone];
  if (known !== undefined) return known;
  // `UTC+02:00` / `GMT-0700`: an abbreviation for zero followed by an offset.
  if ((zone.startsWith('UTC') || zone.startsWith('GMT')) && zone.length > 3) {
    const sign = zone.charCodeAt(3);
    if (sign === CH_PLUS || sign === CH_MINUS) return parseNumericOffset(s, i + 3, len);
  }
  return NaN;
}

/** `+HH`, `+HHMM` or `+HH:MM` at i running to the end of the string. */
function parseNumericOffset(s: string, i: number, len: number): number {
  const sign = s.charCodeAt(i) === CH_MINUS ? -1 : 1;
  const hours = twoDigits(s, i + 1);
  if (hours < 0 || hours > 23) return NaN;
  let j = i + 3;
  let minutes = 0;
  if (j < len) {
    if (s.charCodeAt(j) === CH_COLON) j++;
    minutes = twoDigits(s, j);
    if (minutes < 0 || minutes > 59 || j + 2 !== len) return NaN;
  }
  return sign * (hours * 60 + minutes);
}

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
  if (intDigits === 0 || intDigits > 13) return NaN;
  let ms: number;
  if (i === len) {
    ms = intDigits === 13 ? whole : whole * 1000;
  } else {
    if (s.charCodeAt(i) !== CH_DOT || intDigits === 13) return NaN;
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

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): pure
 * integer arithmetic, cheaper than a Date.UTC call per event.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

import { daysFromCivil, daysInMonth } from './parse-time';

/**
 * parseEventTime's common shapes read straight from a CSV cell's UTF-8 bytes, so the byte path
 * needs no string per event for its time: epoch seconds (with a fraction) or milliseconds and
 * finer, and `YYYY-MM-DD[T ]HH:MM[:SS[.fraction]]` (or with slashes) followed by nothing, `Z` or
 * a numeric offset. Returns NaN for anything else (surrounding spaces, zone abbreviations, values
 * that are no time at all): the caller then asks parseEventTime, which knows every shape and
 * gives the same milliseconds for these (parse-time-bytes.test.ts holds the two together).
 */
export function parseEventTimeBytes(b: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len >= 16) {
    const sep = b[start + 4];
    if (sep === 45 || sep === 47) return dateTime(b, start, end, sep);
  }
  return epoch(b, start, end);
}

/** Two digits at i as a number, or -1. */
function two(b: Uint8Array, i: number): number {
  const x = b[i] - 48;
  const y = b[i + 1] - 48;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

function dateTime(b: Uint8Array, s: number, end: number, dateSep: number): number {
  const y0 = two(b, s);
  const y1 = two(b, s + 2);
  const month = two(b, s + 5);
  const day = two(b, s + 8);
  const t = b[s + 10];
  const hour = two(b, s + 11);
  const minute = two(b, s + 14);
  if (
    y0 < 0 ||
    y1 < 0 ||
    b[s + 7] !== dateSep ||
    (t !== 84 && t !== 32 && t !== 116) ||
    b[s + 13] !== 58 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59
  )
    return NaN;
  const year = y0 * 100 + y1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  let i = s + 16;
  let second = 0;
  let millis = 0;
  if (i < end && b[i] === 58) {
    second = two(b, i + 1);
    if (second < 0 || second > 60) return NaN;
    i += 3;
    const c = i < end ? b[i] : 0;
    if (c === 46 || c === 44) {
      const from = ++i;
      while (i < end && b[i] >= 48 && b[i] <= 57) {
        if (i - from < 3) millis = millis * 10 + b[i] - 48;
        i++;
      }
      const digits = i - from;
      if (digits === 0) return NaN;
      if (digits === 1) millis *= 100;
      else if (digits === 2) millis *= 10;
    }
  }
  const offset = i === end ? 0 : zone(b, i, end);
  if (offset !== offset) return NaN;
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    ((hour * 60 + minute - offset) * 60 + second) * 1000 +
    millis
  );
}

/** `Z`, `+HH:MM`, `+HHMM` or `+HH` running to the end, in minutes east of UTC; else NaN. */
function zone(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  if ((c === 90 || c === 122) && i + 1 === end) return 0;
  if (c !== 43 && c !== 45) return NaN;
  const hours = two(b, i + 1);
  if (hours < 0 || hours > 23) return NaN;
  let j = i + 3;
  let minutes = 0;
  if (j < end) {
    if (b[j] === 58) j++;
    minutes = two(b, j);
    if (minutes < 0 || minutes > 59 || j + 2 !== end) return NaN;
  }
  return (c === 45 ? -1 : 1) * (hours * 60 + minutes);
}

/** Epoch numbers by magnitude, as parseEpoch reads them. */
function epoch(b: Uint8Array, s: number, end: number): number {
  let i = s;
  const negative = i < end && b[i] === 45;
  if (negative) i++;
  const from = i;
  let whole = 0;
  while (i < end && b[i] >= 48 && b[i] <= 57) whole = whole * 10 + (b[i++] - 48);
  const digits = i - from;
  if (digits === 0 || digits > 19) return NaN;
  let ms: number;
  if (digits > 11) {
    if (i !== end) return NaN;
    ms = Math.floor(whole / (digits <= 14 ? 1 : digits <= 17 ? 1e3 : 1e6));
  } else if (i === end) {
    ms = whole * 1000;
  } else {
    if (b[i] !== 46) return NaN;
    const fracFrom = ++i;
    let millis = 0;
    while (i < end && b[i] >= 48 && b[i] <= 57) {
      if (i - fracFrom < 3) millis = millis * 10 + b[i] - 48;
      i++;
    }
    const fracDigits = i - fracFrom;
    if (i !== end || fracDigits === 0) return NaN;
    if (fracDigits === 1) millis *= 100;
    else if (fracDigits === 2) millis *= 10;
    ms = whole * 1000 + millis;
  }
  return negative ? -ms : ms;
}

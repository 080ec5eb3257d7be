/**
 * Showing instants in the analyst's chosen IANA zone. Intl.DateTimeFormat knows the zone rules but
 * formatToParts costs microseconds, and tables and axes format thousands of times; so Intl is asked
 * only for the zone's offset, through the engine's offset cache (one per app), and the digits are
 * produced from UTC arithmetic.
 *
 * An unknown zone name makes Intl throw a RangeError, which is passed on: the settings that choose
 * the zone should validate it with {@link isValidTimeZone}.
 */

import { isValidTimeZone, zoneOffsetMs } from '../../engine';

export { isValidTimeZone, zoneOffsetMs };

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad3(n: number): string {
  return n < 10 ? '00' + n : n < 100 ? '0' + n : String(n);
}

/** `2017-08-23 20:36:14.000`: the instant's wall-clock time in the zone, to the millisecond. */
export function formatTime(ms: number, timeZone: string): string {
  const d = new Date(ms + zoneOffsetMs(ms, timeZone));
  const year = d.getUTCFullYear();
  const y = year >= 0 && year < 10000 ? String(year).padStart(4, '0') : String(year);
  return (
    y +
    '-' +
    pad2(d.getUTCMonth() + 1) +
    '-' +
    pad2(d.getUTCDate()) +
    ' ' +
    pad2(d.getUTCHours()) +
    ':' +
    pad2(d.getUTCMinutes()) +
    ':' +
    pad2(d.getUTCSeconds()) +
    '.' +
    pad3(d.getUTCMilliseconds())
  );
}

/** `2017-08-23 20:36:14 (UTC-07:00)`: an import date; milliseconds mean nothing there. */
export function formatSecond(ms: number, timeZone: string): string {
  return `${formatTime(ms, timeZone).slice(0, -4)} (${zoneOffsetLabel(ms, timeZone)})`;
}

/** `UTC-07:00`: the zone's offset at that instant. */
export function zoneOffsetLabel(ms: number, timeZone: string): string {
  const minutes = Math.round(zoneOffsetMs(ms, timeZone) / 60_000);
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * `2017-08-01 00:00:00 – 2017-08-31 23:59:59 (UTC-07:00)`, to the second. When a DST change falls
 * inside the range each end gets its own offset, so neither end is misread. Empty string when either
 * end is not a number (an empty dataset keeps NaN bounds).
 */
export function formatRange(minMs: number, maxMs: number, timeZone: string): string {
  if (!Number.isFinite(minMs) || !Number.isFinite(maxMs)) return '';
  const from = formatTime(minMs, timeZone).slice(0, -4);
  const to = formatTime(maxMs, timeZone).slice(0, -4);
  const fromZone = zoneOffsetLabel(minMs, timeZone);
  const toZone = zoneOffsetLabel(maxMs, timeZone);
  if (fromZone === toZone) return `${from} – ${to} (${fromZone})`;
  return `${from} (${fromZone}) – ${to} (${toZone})`;
}

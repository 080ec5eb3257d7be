import { dataMap } from '../../engine/data-map';
/**
 * Showing instants in the analyst's chosen IANA zone. Intl.DateTimeFormat knows the zone rules but
 * formatToParts costs microseconds, and tables and axes format thousands of times; so Intl is asked
 * only for the zone's offset, which is cached per 15-minute slice of time, and the digits are
 * produced from UTC arithmetic. Every real-world offset change since the 1970s happens on a
 * quarter-hour in UTC, so an offset read anywhere inside a slice holds for all of it.
 *
 * An unknown zone name makes Intl throw a RangeError, which is passed on: the settings that choose
 * the zone should validate it with {@link isValidTimeZone}.
 */

const SLICE_MS = 15 * 60_000;
const MAX_CACHED_SLICES = 20_000;

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, f);
  }
  return f;
}

function isUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'GMT';
}

/** Offset of the zone from UTC at that instant, in milliseconds (negative west of Greenwich). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  const slice = Math.floor(ms / SLICE_MS);
  let zoneCache = offsetCache.get(timeZone);
  if (!zoneCache) {
    zoneCache = new Map();
    offsetCache.set(timeZone, zoneCache);
  }
  const cached = zoneCache.get(slice);
  if (cached !== undefined) return cached;
  const offset = computeOffset(slice * SLICE_MS, timeZone);
  if (zoneCache.size >= MAX_CACHED_SLICES) zoneCache.clear();
  zoneCache.set(slice, offset);
  return offset;
}

function computeOffset(ms: number, timeZone: string): number {
  const fields = dataMap<string>();
  for (const part of offsetFormatter(timeZone).formatToParts(ms)) fields[part.type] = part.value;
  let year = Number(fields.year);
  if (fields.era === 'BC' || fields.era === 'B') year = 1 - year;
  const wall = Date.UTC(
    year,
    Number(fields.month) - 1,
    Number(fields.day),
    Number(fields.hour),
    Number(fields.minute),
    Number(fields.second),
  );
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear undoes that for the rare ancient date.
  const fixed = year >= 0 && year < 100 ? new Date(wall).setUTCFullYear(year) : wall;
  return fixed - (ms - mod(ms, 1000));
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

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

/** Whether Intl knows the zone name (an IANA name such as `America/Los_Angeles`, or `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    offsetFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

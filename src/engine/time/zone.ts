import { fieldsToLocalMs, localMsToFields, MS_PER_DAY, type LocalFields } from './calendar';

// Intl is the only zone database a browser worker has; building a DateTimeFormat is costly, so one
// per zone is kept for the life of the worker.
const fieldFormatters = new Map<string, Intl.DateTimeFormat>();
const nameFormatters = new Map<string, Intl.DateTimeFormat>();
// Offsets are looked up once per zone and minute: event times cluster, and formatToParts is slow.
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 20_000;
const SLICE_MS = 15 * 60_000;

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z', 'Etc/Zulu', 'Zulu']);

function fieldFormatter(tz: string): Intl.DateTimeFormat {
  let f = fieldFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    fieldFormatters.set(tz, f);
  }
  return f;
}

/** Whether Intl knows the zone name. */
export function isValidTimeZone(tz: string): boolean {
  try {
    fieldFormatter(tz);
    return true;
  } catch {
    return false;
  }
}

function intlFields(ms: number, tz: string): LocalFields {
  const out: LocalFields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };
  let bc = false;
  for (const p of fieldFormatter(tz).formatToParts(ms)) {
    switch (p.type) {
      case 'year':
        out.year = Number(p.value);
        break;
      case 'month':
        out.month = Number(p.value);
        break;
      case 'day':
        out.day = Number(p.value);
        break;
      case 'hour':
        out.hour = Number(p.value);
        break;
      case 'minute':
        out.minute = Number(p.value);
        break;
      case 'second':
        out.second = Number(p.value);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
    }
  }
  if (bc) out.year = 1 - out.year;
  return out;
}

/**
 * The zone's offset from UTC at an instant, in ms (east positive: Asia/Kolkata is +19 800 000).
 * Intl is asked once per 15-minute slice of time and zone: every real-world offset change since
 * the 1970s happens on a quarter-hour in UTC, so an offset read at a slice's start holds for all
 * of it. This is the one offset cache of the app (the display formatting uses it too).
 */
export function zoneOffsetMs(epochMs: number, tz: string): number {
  if (UTC_NAMES.has(tz)) return 0;
  const slice = Math.floor(epochMs / SLICE_MS);
  let cache = offsetCache.get(tz);
  if (!cache) {
    cache = new Map();
    offsetCache.set(tz, cache);
  }
  let off = cache.get(slice);
  if (off === undefined) {
    off = intlOffsetMs(slice * SLICE_MS, tz);
    if (cache.size >= OFFSET_CACHE_LIMIT) cache.clear();
    cache.set(slice, off);
  }
  return off;
}

/** The zone's offset at a whole minute, straight from Intl (uncached). */
export function intlOffsetMs(epochMs: number, tz: string): number {
  return fieldsToLocalMs(intlFields(epochMs, tz)) - epochMs;
}

/** Whether the zone name is one of UTC's, whose offset is 0 without asking Intl. */
export function isUtcZone(tz: string): boolean {
  return UTC_NAMES.has(tz);
}

/** Wall-clock time of an instant in the zone, as a "local epoch" (fields read as if UTC). */
export function toLocalMs(epochMs: number, tz: string): number {
  return epochMs + zoneOffsetMs(epochMs, tz);
}

/** Wall-clock fields of an instant in the zone. */
export function localFields(epochMs: number, tz: string): LocalFields {
  return localMsToFields(toLocalMs(epochMs, tz));
}

/**
 * The instant at which the zone's clocks show a wall-clock time (given as a "local epoch").
 * In a DST gap (02:30 on a spring-forward night) the offset from before the change is used, so the
 * time moves forward by the gap (03:30 daylight time), as POSIX mktime does. In an overlap (01:30 on
 * a fall-back night) the earlier instant (still daylight time) is chosen.
 */
export function fromLocalMs(localMs: number, tz: string): number {
  if (UTC_NAMES.has(tz)) return localMs;
  // Zones change offset at most once within a day, so the offsets a day either side are the
  // only two candidates.
  const before = zoneOffsetMs(localMs - MS_PER_DAY, tz);
  const after = zoneOffsetMs(localMs + MS_PER_DAY, tz);
  const tBefore = localMs - before;
  const tAfter = localMs - after;
  const okBefore = zoneOffsetMs(tBefore, tz) === before;
  const okAfter = zoneOffsetMs(tAfter, tz) === after;
  if (okBefore && okAfter) return Math.min(tBefore, tAfter);
  if (okBefore) return tBefore;
  if (okAfter) return tAfter;
  return tBefore;
}

/** The instant of wall-clock fields in the zone (see fromLocalMs for gaps and overlaps). */
export function fromLocalFields(f: LocalFields, tz: string): number {
  return fromLocalMs(fieldsToLocalMs(f), tz);
}

/**
 * The zone's short name at an instant (PDT, PST, UTC). Where Intl has no abbreviation for the zone
 * in US English it gives the offset instead ("GMT+5:30"), which is kept.
 */
export function zoneAbbreviation(epochMs: number, tz: string): string {
  let f = nameFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'short' });
    nameFormatters.set(tz, f);
  }
  const part = f.formatToParts(epochMs).find((p) => p.type === 'timeZoneName');
  return part ? part.value : 'UTC';
}

import {
  formatRange,
  formatTime,
  zoneOffsetLabel,
  zoneOffsetMs,
} from '../../data/time/format-time';

/**
 * Time ranges of the picker. The URL keeps only numbers, so "All time" chosen over a step that
 * has its own range is written as [0, ALL_TIME_END), and both bounds read back as open.
 */
export const ALL_TIME_END = Date.UTC(3000, 0, 1);

export interface Range {
  earliest?: number;
  latest?: number;
}

/** Drops the bounds that mean "open". */
export function openBounds(r: Range): Range {
  return {
    earliest: r.earliest !== undefined && r.earliest > 0 ? r.earliest : undefined,
    latest: r.latest !== undefined && r.latest < ALL_TIME_END ? r.latest : undefined,
  };
}

/** The picker's label: the range in the user's zone, offset shown. */
export function rangeLabel(r: Range, tz: string, allTime: string): string {
  const { earliest, latest } = openBounds(r);
  if (earliest === undefined && latest === undefined) return allTime;
  if (earliest !== undefined && latest !== undefined) return formatRange(earliest, latest, tz);
  const at = (earliest ?? latest) as number;
  const text = `${formatTime(at, tz).slice(0, -4)} (${zoneOffsetLabel(at, tz)})`;
  return earliest !== undefined ? `≥ ${text}` : `< ${text}`;
}

/**
 * `2017-08-23 20:36:14`: `ms` in the zone as the absolute range's inputs show it, written as
 * every time in the app is (and as Splunk shows them), whatever the browser's own language.
 */
export function toLocalInput(ms: number, tz: string): string {
  return formatTime(ms, tz).slice(0, 19);
}

/**
 * The instant a typed local time names in the zone: `2017-08-23 20:36:14`, with `/` or `-`
 * between the date's parts, `T` or a space before the clock, seconds optional. Undefined when it
 * is not a real date and time.
 */
export function fromLocalInput(text: string, tz: string): number | undefined {
  const m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[3], m[4], m[5], m[6], m[7] ?? '0'].map(
    Number,
  );
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls Feb 30 over into March; such a date is a typo, not an instant.
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  // The offset depends on the instant; a second pass settles it next to a DST change.
  const first = wall - zoneOffsetMs(wall, tz);
  return wall - zoneOffsetMs(first, tz);
}

/**
 * Twice the range around its middle. Open bounds stand for the data's own ends; with neither
 * known there is nothing to widen (undefined).
 */
export function zoomOutRange(r: Range, data: Range): Range | undefined {
  const { earliest: e0, latest: l0 } = openBounds(r);
  const earliest = e0 ?? data.earliest;
  const latest = l0 ?? (data.latest !== undefined ? data.latest + 1 : undefined);
  if (earliest === undefined || latest === undefined || latest <= earliest) return undefined;
  const half = (latest - earliest) / 2;
  return { earliest: Math.floor(earliest - half), latest: Math.ceil(latest + half) };
}

import type { Row, Value } from '../../../engine';
import { formatTime, zoneOffsetLabel } from '../../../data/time/format-time';

/** A cell's texts as shown: one per value; a time in the user's zone, with its offset unless the header has it. */
export function cellTexts(
  value: Value,
  field: string,
  tz: string,
  offsetInHeader: boolean,
): string[] {
  if (value === null) return [];
  if (field === '_time' && typeof value === 'number') {
    const ms = value * 1000;
    const time = formatTime(ms, tz);
    return [offsetInHeader ? time : `${time} (${zoneOffsetLabel(ms, tz)})`];
  }
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** The zone offset that every time on the page shares, shown once in the header; none if mixed. */
export function sharedOffset(rows: readonly Row[], tz: string): string | undefined {
  let label: string | undefined;
  for (const row of rows) {
    const v = row._time;
    if (typeof v !== 'number') continue;
    const l = zoneOffsetLabel(v * 1000, tz);
    if (label === undefined) label = l;
    else if (l !== label) return undefined;
  }
  return label;
}

// Short values (addresses, IDs, actions, counts, times) stay on one line; long ones (command
// lines, replies) wrap anywhere, so one of them cannot push the others off the table.
const LONG_TEXT = 40;

export function cellClass(texts: string[], field: string, numeric: boolean): string {
  if (numeric) return 'num';
  if (field === '_time') return 'time';
  return texts.some((s) => s.length > LONG_TEXT) ? 'long' : '';
}

import { fromLocalMs, strptime } from '../../engine';
import { hasExplicitZone, parseEventTime } from './parse-time';
import { parseEventTimeBytes } from './parse-time-bytes';

/**
 * The user's choice of where a file's events take their time (the import dialog's): a field,
 * optionally a strptime format for its text (as Splunk's `TIME_FORMAT`), and the zone of times
 * that carry none (as Splunk's `TZ`; UTC when absent). Without a format the value is read as the
 * importer reads any time: ISO 8601, epoch numbers, Splunk's own form.
 */
export interface TimeRule {
  field: string;
  format?: string;
  tz?: string;
}

/** How events find their time: in one chosen field, or (field null) in the usual ones. */
export interface TimeReading {
  field: string | null;
  parse(text: string): number | null;
  /**
   * The same reading of the UTF-8 bytes b[start, end), where it can do without a string (the CSV
   * byte path); NaN where it cannot tell, and `parse` must then read the text.
   */
  bytes?: (b: Uint8Array, start: number, end: number) => number;
}

export const AUTOMATIC_TIME: TimeReading = {
  field: null,
  parse: parseEventTime,
  bytes: parseEventTimeBytes,
};

export function timeReading(rule: TimeRule | undefined): TimeReading {
  if (rule === undefined) return AUTOMATIC_TIME;
  const format = rule.format?.trim();
  const tz = rule.tz || 'UTC';
  if (!format) {
    if (tz === 'UTC') return { ...AUTOMATIC_TIME, field: rule.field };
    return {
      field: rule.field,
      parse(text) {
        const ms = parseEventTime(text);
        // A zone-less time was read as UTC wall-clock time; it is the chosen zone's.
        return ms === null || hasExplicitZone(text) ? ms : fromLocalMs(ms, tz);
      },
    };
  }
  return {
    field: rule.field,
    parse(text) {
      // `%z` or `%Z` in the format reads the zone from the text; otherwise it is the rule's.
      const seconds = strptime(text.trim(), format, tz);
      return seconds === null || !Number.isFinite(seconds) ? null : Math.floor(seconds * 1000);
    },
  };
}

let last: { key: string; reading: TimeReading } | null = null;

/**
 * The same reading object for the same rule, block after block: the CSV byte path keys what it
 * works out per header to it.
 */
export function sharedTimeReading(rule: TimeRule | undefined): TimeReading {
  if (rule === undefined) return AUTOMATIC_TIME;
  const key = `${rule.field}\u0000${rule.format ?? ''}\u0000${rule.tz ?? ''}`;
  if (last?.key !== key) last = { key, reading: timeReading(rule) };
  return last.reading;
}

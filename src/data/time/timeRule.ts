import { strptime } from '../../engine/time/strptime';
import { parseEventTime } from './parseTime';

/**
 * The user's choice of where a file's events take their time (the import dialog's): a field, and
 * optionally a strptime format for its text, as Splunk's `TIME_FORMAT`. Without a format the
 * value is read as the importer reads any time (ISO 8601, epoch numbers, Splunk's own form).
 */
export interface TimeRule {
  field: string;
  format?: string;
}

/** How events find their time: in one chosen field, or (field null) in the usual ones. */
export interface TimeReading {
  field: string | null;
  parse(text: string): number | null;
}

export const AUTOMATIC_TIME: TimeReading = { field: null, parse: parseEventTime };

/**
 * A zone-less text read with a format is taken as UTC, as the importer takes every zone-less time
 * (docs/import.md); `%z` or `%Z` in the format reads the zone from the text.
 */
export function timeReading(rule: TimeRule | undefined): TimeReading {
  if (rule === undefined) return AUTOMATIC_TIME;
  const format = rule.format?.trim();
  if (!format) return { field: rule.field, parse: parseEventTime };
  return {
    field: rule.field,
    parse(text) {
      const seconds = strptime(text.trim(), format, 'UTC');
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
  const key = `${rule.field}\u0000${rule.format ?? ''}`;
  if (last?.key !== key) last = { key, reading: timeReading(rule) };
  return last.reading;
}

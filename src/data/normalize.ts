import type { EventRecord, FieldValue, SourceRecord } from './model';
import { parseEventTime } from './time/parseTime';

/**
 * Splunk-internal bookkeeping that exports carry along: bucket and serial numbers, the search
 * head's field metadata, UI colours. They mean nothing outside the Splunk that produced them and
 * would only widen every chunk, so they are not stored. Other `_` fields (`_indextime`, ...) stay.
 */
export const DROPPED_INTERNAL_FIELDS: readonly string[] = [
  '_serial',
  '_si',
  '_bkt',
  '_cd',
  '_sourcetype',
  '_kv',
  '_eventtype_color',
];

/**
 * Where an event's time is looked for, in order: Splunk's `_time`, then the names plain JSON logs
 * use (Suricata's eve.json has `timestamp`).
 */
export const TIME_FIELDS: readonly string[] = ['_time', 'timestamp', 'time'];

const NOT_FIELDS = new Set(['_time', '_raw', ...DROPPED_INTERNAL_FIELDS]);

export type NormalizeError = { error: string; field: string };

/**
 * The field and text an event's time is taken from (the first value of a multivalue field), or
 * null when it has none. The importer uses it to check once per file whether times carry a zone.
 */
export function timeSource(
  fields: Record<string, FieldValue>,
): { field: string; value: string } | null {
  for (const field of TIME_FIELDS) {
    const v = fields[field];
    if (v === undefined) continue;
    const value = typeof v === 'string' ? v : v[0];
    if (value !== undefined) return { field, value };
  }
  return null;
}

/** A reader's record as a storable event, or why it cannot be one. */
export function toEvent(rec: SourceRecord): EventRecord | NormalizeError {
  const src = rec.fields;
  const found = timeSource(src);
  if (found === null) return { error: 'no _time field', field: '_time' };
  const time = parseEventTime(found.value);
  if (time === null) {
    const shown = found.value.length > 40 ? found.value.slice(0, 40) + '…' : found.value;
    return { error: `unparsable ${found.field} "${shown}"`, field: found.field };
  }

  const fields: Record<string, FieldValue> = {};
  for (const name in src) {
    if (!NOT_FIELDS.has(name)) fields[name] = src[name];
  }
  const rawValue = src._raw;
  const raw =
    rawValue === undefined
      ? synthesizeRaw(fields)
      : typeof rawValue === 'string'
        ? rawValue
        : rawValue.join('\n');
  return { time, raw, fields };
}

/**
 * A table export (`| table ...`) has no `_raw`, but keyword searches look at the raw text. Giving
 * such an event Splunk's own key="value" rendering of its fields keeps `search 10.0.2.109` and
 * `search user=billy*` style hunts working on it. Fields starting with `_` are left out, as Splunk
 * leaves them out of what it shows.
 */
export function synthesizeRaw(fields: Record<string, FieldValue>): string {
  const parts: string[] = [];
  for (const name in fields) {
    if (name.startsWith('_')) continue;
    const v = fields[name];
    if (typeof v === 'string') parts.push(`${name}="${escapeQuotes(v)}"`);
    else for (const one of v) parts.push(`${name}="${escapeQuotes(one)}"`);
  }
  return parts.join(' ');
}

function escapeQuotes(value: string): string {
  return value.indexOf('"') === -1 && value.indexOf('\\') === -1
    ? value
    : value.replace(/[\\"]/g, '\\$&');
}

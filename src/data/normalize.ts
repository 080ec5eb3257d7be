import {
  fieldsOf,
  type EventRecord,
  type EventRow,
  type FieldValue,
  type SourceRecord,
} from './model';
import { t } from '../i18n/messages';
import { AUTOMATIC_TIME, type TimeReading } from './time/time-rule';

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
 * Where an event's time is looked for, in order: Splunk's `_time`, then the names other tools'
 * logs use: Elastic/ECS and Beats `@timestamp`, Suricata's `timestamp`, Zeek's `ts`,
 * Timesketch/Plaso's `datetime`, the `SystemTime` of evtx_dump's JSON (with or without its
 * `#attributes` level), EvtxECmd's `TimeCreated`, and last a plain `time`.
 */
export const TIME_FIELDS: readonly string[] = [
  '_time',
  '@timestamp',
  'timestamp',
  'ts',
  'datetime',
  'Event.System.TimeCreated.SystemTime',
  'Event.System.TimeCreated.#attributes.SystemTime',
  'TimeCreated',
  'time',
];

const NOT_FIELDS = new Set(['_time', '_raw', ...DROPPED_INTERNAL_FIELDS]);

export type NormalizeError = { error: string; field: string };

/** What toEvent needs to know about a names array, worked out once per array. */
export interface Layout {
  names: readonly string[];
  /** The one time field chosen by the user, or null for TIME_FIELDS. */
  timeField: string | null;
  /** Positions of the TIME_FIELDS present, in TIME_FIELDS order. */
  time: number[];
  /** Position of `_raw`, or -1. */
  raw: number;
  columns: (string | null)[];
}

// One entry is enough: a block worker reads one file at a time, and every row of a CSV file
// shares one names array. JSON records each bring their own and simply miss.
let lastLayout: Layout | null = null;

export function layoutOf(names: readonly string[], timeField: string | null = null): Layout {
  if (lastLayout !== null && lastLayout.names === names && lastLayout.timeField === timeField) {
    return lastLayout;
  }
  const columns = names.map((name) => (NOT_FIELDS.has(name) ? null : name));
  const time: number[] = [];
  for (const field of timeField === null ? TIME_FIELDS : [timeField]) {
    const at = names.indexOf(field);
    if (at !== -1) time.push(at);
  }
  lastLayout = { names, timeField, time, raw: names.indexOf('_raw'), columns };
  return lastLayout;
}

/** Position in `values` of the value the time is taken from, or -1. */
function timeAt(layout: Layout, values: SourceRecord['values']): number {
  for (const at of layout.time) {
    const v = values[at];
    if (v !== undefined && (typeof v === 'string' || v.length > 0)) return at;
  }
  return -1;
}

/**
 * The field and text an event's time is taken from (the first value of a multivalue field), or
 * null when it has none.
 */
export function timeSource(rec: SourceRecord): { field: string; value: string } | null {
  const at = timeAt(layoutOf(rec.names), rec.values);
  if (at === -1) return null;
  const v = rec.values[at] as FieldValue;
  return { field: rec.names[at], value: typeof v === 'string' ? v : v[0] };
}

/**
 * A reader's record as a storable event, or why it cannot be one. The event shares the record's
 * values array rather than copying the fields it keeps.
 */
export function toEvent(
  rec: SourceRecord,
  reading: TimeReading = AUTOMATIC_TIME,
): EventRow | NormalizeError {
  const { names, values } = rec;
  const layout = layoutOf(names, reading.field);
  const at = timeAt(layout, values);
  if (at === -1)
    return {
      error: t('import.problem.noTime', { field: reading.field ?? '_time' }),
      field: '_time',
    };
  const v = values[at] as FieldValue;
  const text = typeof v === 'string' ? v : v[0];
  const time = reading.parse(text);
  if (time === null) {
    const shown = text.length > 40 ? text.slice(0, 40) + '…' : text;
    return {
      error: t('import.problem.badTime', { field: names[at], value: shown }),
      field: names[at],
    };
  }
  const rawValue = layout.raw === -1 ? undefined : values[layout.raw];
  const raw =
    rawValue === undefined
      ? synthesizeRaw(names, values)
      : typeof rawValue === 'string'
        ? rawValue
        : rawValue.join('\n');
  return { time, raw, columns: layout.columns, values };
}

/** An event with its fields as an object. */
export function eventRecord(ev: EventRow): EventRecord {
  return { time: ev.time, raw: ev.raw, fields: fieldsOf(ev.columns, ev.values) };
}

/**
 * A table export (`| table ...`) has no `_raw`, but keyword searches look at the raw text. Giving
 * such an event Splunk's own key="value" rendering of its fields keeps `search 10.0.2.109` and
 * `search user=billy*` style hunts working on it. Fields starting with `_` are left out, as Splunk
 * leaves them out of what it shows. Values are written exactly as stored, without escaping (which
 * would show the value CORP\bob as `User="CORP\\bob"`, a backslash the data does not have): the
 * text is for reading and keyword search, never parsed back.
 */
export function synthesizeRaw(
  names: readonly string[],
  values: readonly (FieldValue | undefined)[],
): string {
  const parts: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const v = values[i];
    if (v === undefined || name.startsWith('_')) continue;
    if (typeof v === 'string') parts.push(`${name}="${v}"`);
    else for (const one of v) parts.push(`${name}="${one}"`);
  }
  return parts.join(' ');
}

/**
 * Whether an event's `_raw` is the text {@link synthesizeRaw} built from its fields at import (the
 * file had no `_raw`), so the UI can say so rather than call it the raw event. `fields` are the
 * event's stored fields; `index` may have been added after the text was built (the import's
 * default index), so the text may or may not hold it.
 */
export function isSynthesizedRaw(raw: string, fields: Record<string, unknown>): boolean {
  const parts: string[] = [];
  let indexPart: string | null = null;
  for (const name in fields) {
    if (name.startsWith('_')) continue;
    const v = fields[name];
    const values = Array.isArray(v) ? v : v === null || v === undefined ? [] : [v];
    for (const one of values) {
      const part = `${name}="${String(one)}"`;
      if (name === 'index') indexPart = part;
      else parts.push(part);
    }
  }
  const fits = (list: string[]) =>
    list.length > 0 &&
    raw.length === list.reduce((n, p) => n + p.length, list.length - 1) &&
    list.every((p) => raw.includes(p));
  return fits(parts) || (indexPart !== null && fits([...parts, indexPart]));
}

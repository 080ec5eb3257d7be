import type { PinSnapshot } from '../../data/db/schema-types';
import { formatTime, zoneOffsetLabel } from '../../data/time/format-time';
import { formatCell, type ResultSet, type Row, type Value } from '../../engine';

/** Enough rows to show what a result says; a pin is a quote, not a copy of the data. */
export const PIN_ROW_LIMIT = 200;
/** Fields of an event shown beside its raw text, the usual ones first. */
const EVENT_FIELD_LIMIT = 30;
const FIRST_FIELDS = ['host', 'source', 'sourcetype'];

/** A time with its zone offset, so a reader elsewhere cannot misread it. */
export function timeText(seconds: number, tz: string): string {
  const ms = seconds * 1000;
  return `${formatTime(ms, tz)} (${zoneOffsetLabel(ms, tz)})`;
}

function valueText(value: Value, field: string, tz: string): string {
  if (value === null) return '';
  if (field === '_time' && typeof value === 'number') return timeText(value, tz);
  return Array.isArray(value) ? value.map(String).join('\n') : String(value);
}

/** A result's columns and its first rows as shown (formats applied, times in the zone). */
export function tableSnapshot(
  result: Pick<ResultSet, 'fields' | 'rows' | 'formats'>,
  tz: string,
  limit = PIN_ROW_LIMIT,
): PinSnapshot {
  const columns = [...result.fields];
  const rows = result.rows
    .slice(0, limit)
    .map((row) => columns.map((f) => valueText(formatCell(result, row, f), f, tz)));
  return { columns, rows, totalRows: result.rows.length };
}

/** An event's time, raw text and its main fields. */
export function eventSnapshot(row: Row, tz: string): PinSnapshot {
  const time = typeof row._time === 'number' ? timeText(row._time, tz) : '';
  const raw = valueText(row._raw ?? null, '_raw', tz);
  const names = Object.keys(row).filter((k) => !k.startsWith('_'));
  const ordered = [
    ...FIRST_FIELDS.filter((f) => names.includes(f)),
    ...names.filter((f) => !FIRST_FIELDS.includes(f)).sort(),
  ].slice(0, EVENT_FIELD_LIMIT);
  const fields = ordered.map((f): [string, string] => [f, valueText(row[f] ?? null, f, tz)]);
  return { time, raw, fields };
}

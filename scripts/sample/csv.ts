/**
 * Writing events as Splunk's search page exports them to CSV: the indexed fields first, then the
 * extracted fields in name order (ASCII, so Windows' CamelCase names come first), one row per
 * event. A cell is quoted unless purely alphanumeric, `"` is doubled, an absent field is an
 * empty cell, and a multivalue field is one cell with its values on separate lines.
 */
import type { FieldValue, SampleEvent } from './event';
import { INDEX, SPLUNK_SERVER } from './event';
import { isoPacific } from './time';

const LEADING = [
  '_time',
  'host',
  'source',
  'sourcetype',
  'index',
  'splunk_server',
  'linecount',
  '_raw',
];
const NEEDS_QUOTES = /[^A-Za-z0-9]/;

export function csvCell(value: FieldValue | undefined): string {
  if (value === undefined) return '';
  const s =
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value)
        : value.join('\n');
  if (s === '') return '';
  if (!NEEDS_QUOTES.test(s)) return s;
  return '"' + s.replace(/"/g, '""') + '"';
}

export function fieldColumns(events: readonly SampleEvent[]): string[] {
  const names = new Set<string>();
  for (const e of events)
    for (const [k, v] of Object.entries(e.fields)) if (v !== undefined) names.add(k);
  return [...names].sort();
}

/** The whole export; `events` must already be in the order the rows should have. */
export function toCsv(events: readonly SampleEvent[]): string {
  const columns = fieldColumns(events);
  const lines = [[...LEADING, ...columns].map(csvCell).join(',')];
  for (const e of events) {
    const lineCount = e.raw.split('\n').length;
    const leading = [
      isoPacific(e.time),
      e.host,
      e.source,
      e.sourcetype,
      INDEX,
      SPLUNK_SERVER,
      lineCount,
      e.raw,
    ];
    const cells = leading.map(csvCell);
    for (const c of columns) cells.push(csvCell(e.fields[c]));
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

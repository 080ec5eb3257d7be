import type { PlainEvent, ResultSet, Row } from '../engine';
import { dataMap } from '../engine/data-map';
import { createReader, detectFormat } from '../data/formats';
import { fieldsOf } from '../data/model';
import { ColumnList } from '../data/lookups/readLookup';
import { toEvent } from '../data/normalize';

/** What reading one export gave: its events, and the records that could not be events. */
export interface ExportEvents {
  events: PlainEvent[];
  problems: { line: number; message: string }[];
}

/**
 * An export's text as in-memory events, through the same readers and normalisation as an import,
 * so that the hunt check sees the fields the app would store.
 */
export function eventsFromExport(text: string, fileName: string): ExportEvents {
  const format = detectFormat(text.slice(0, 65536), fileName);
  if (format === null) {
    return { events: [], problems: [{ line: 1, message: 'not a supported export format' }] };
  }
  const events: PlainEvent[] = [];
  const problems: ExportEvents['problems'] = [];
  const reader = createReader(format, {
    record(rec) {
      const ev = toEvent(rec);
      if ('error' in ev) problems.push({ line: rec.line, message: ev.error });
      else events.push({ time: ev.time, raw: ev.raw, fields: fieldsOf(ev.columns, ev.values) });
    },
    issue: (line, message) => problems.push({ line, message }),
  });
  // Pieces keep the reader's buffers small; a whole 70 MB string in one push is slower.
  const piece = 1 << 20;
  for (let i = 0; i < text.length; i += piece) reader.push(text.slice(i, i + piece));
  reader.end();
  return { events, problems };
}

/** A lookup table (CSV with a header row) as the rows `lookup` reads. */
export function lookupTable(csvText: string): ResultSet {
  const columns = new ColumnList();
  const rows: Row[] = [];
  const reader = createReader('splunk-csv', {
    record(rec) {
      // Columns in the header's order, even where the first rows leave a cell empty.
      columns.add(rec.names);
      const row: Row = dataMap();
      rec.names.forEach((name, i) => {
        const v = rec.values[i];
        if (v !== undefined && v !== '') row[name] = v;
      });
      rows.push(row);
    },
    issue: () => {},
  });
  reader.push(csvText);
  reader.end();
  return { fields: columns.fields, rows };
}

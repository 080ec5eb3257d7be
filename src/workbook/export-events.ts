import type { PlainEvent, ResultSet } from '../engine';
import { createReader, detectFormat } from '../data/formats';
import { fieldsOf } from '../data/model';
import { readLookupCsv } from '../data/lookups/read-lookup';
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

/**
 * A lookup table (CSV with a header row) as the rows `lookup` reads: the app's own lookup reader,
 * so the hunt check refuses the files the app refuses and reads the rest the same.
 */
export function lookupTable(csvText: string, file = 'lookup.csv'): ResultSet {
  return readLookupCsv(file, csvText);
}

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { MacrosConfError, parseMacrosConf, type ConfMacro } from '../../src/engine/macros';
import type { PlainEvent } from '../../src/engine/source';
import type { ResultSet, Row } from '../../src/engine/values';
import { createReader, detectFormat, SUPPORTED_FORMATS_TEXT } from '../../src/data/formats';
import { fieldsOf } from '../../src/data/model';
import { DEFAULT_INDEX } from '../../src/data/indexName';
import { toEvent } from '../../src/data/normalize';

/** A file the command line cannot use; its message is shown as it is. */
export class InputError extends Error {}

function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(
      `${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? err})`,
    );
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      throw new InputError(
        `${path}: the gzip data is corrupt or truncated (${(err as Error).message})`,
      );
    }
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/**
 * The events of an export file, read with the app's own format detection, readers and
 * normalisation (so `_time` and `_raw` mean what they mean after an import), events without an
 * index given `index`. Records the app would skip are skipped and counted.
 */
export function readEvents(
  path: string,
  index = DEFAULT_INDEX,
): { events: PlainEvent[]; skipped: number } {
  const text = readTextFile(path);
  const format = detectFormat(text.slice(0, 64 * 1024), basename(path.replace(/\.gz$/i, '')));
  if (!format)
    throw new InputError(`${path}: not a supported format. Supported: ${SUPPORTED_FORMATS_TEXT}`);
  const events: PlainEvent[] = [];
  let skipped = 0;
  const fileName = basename(path.replace(/\.gz$/i, ''));
  const reader = createReader(
    format,
    {
      record: (rec) => {
        const ev = toEvent(rec);
        if ('error' in ev) {
          skipped++;
          return;
        }
        const fields = fieldsOf(ev.columns, ev.values);
        // As the app's import does: every event has an index, its own or the one given.
        fields.index ??= index;
        events.push({ time: ev.time, raw: ev.raw, fields });
      },
      issue: () => skipped++,
    },
    { fileName },
  );
  reader.push(text);
  reader.end();
  return { events, skipped };
}

/** A lookup table from a CSV file with a header row; empty cells are absent values. */
export function readLookup(path: string): ResultSet {
  const text = readTextFile(path);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...body] = parsed.data;
  if (!header || header.length === 0) throw new InputError(`${path}: no header row`);
  const rows = body.map((cells) => {
    const row: Row = Object.create(null);
    header.forEach((name, i) => {
      const v = cells[i];
      if (v !== undefined && v !== '') row[name] = v;
    });
    return row;
  });
  return { fields: header, rows };
}

/** The macros of a `macros.conf` file; a bad file is an InputError naming the line. */
export function readMacros(path: string): ConfMacro[] {
  try {
    return parseMacrosConf(readTextFile(path), path);
  } catch (err) {
    if (err instanceof MacrosConfError) throw new InputError(err.message);
    throw err;
  }
}

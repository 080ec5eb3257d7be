import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { LookupFileError, readLookupCsv } from '../../src/data/lookups/read-lookup';
import {
  type ConfMacro,
  MacrosConfError,
  parseMacrosConf,
  type PlainEvent,
  type ResultSet,
} from '../../src/engine';
import {
  createReader,
  detectFormat,
  SUPPORTED_FORMATS_TEXT,
  type RecordReader,
} from '../../src/data/formats';
import { FileDecoder } from '../../src/data/formats/decode';
import { inflateLimit, inflateLimitMessage } from '../../src/data/formats/limits';
import { fieldsOf } from '../../src/data/model';
import { DEFAULT_INDEX } from '../../src/data/index-name';
import { toEvent } from '../../src/data/normalize';

/** A file the command line cannot use; its message is shown as it is. */
export class InputError extends Error {}

/** What reading a file's text found besides the text. */
export interface TextReport {
  /** The encoding (UTF-8 unless a UTF-16 byte order mark said otherwise). */
  encoding: string;
  /** Characters not valid in it, shown as U+FFFD. */
  replaced: number;
}

const HEAD_CHARS = 64 * 1024;

/**
 * A file's text in pieces, as the app reads it: gunzipped while streaming (stopped past the same
 * size limit as an import), decoded as UTF-8 or UTF-16 with a byte order mark. Nothing holds the
 * whole file.
 */
async function* textPieces(path: string, report: TextReport): AsyncGenerator<string> {
  let size: number;
  let gzip: boolean;
  try {
    size = statSync(path).size;
    gzip = startsWithGzipMagic(path);
  } catch (err) {
    throw new InputError(
      `${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? err})`,
    );
  }
  const decoder = new FileDecoder();
  const limit = gzip ? inflateLimit(size) : Infinity;
  let read = 0;
  try {
    for await (const chunk of bytes(path, gzip)) {
      read += chunk.length;
      if (read > limit) throw new InputError(`${inflateLimitMessage(path, size)}.`);
      yield decoder.push(chunk);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const what = gzip ? 'the gzip data is corrupt or truncated' : 'cannot read the file';
    throw new InputError(`${path}: ${what} (${(err as Error).message})`);
  }
  yield decoder.end();
  report.encoding = decoder.encoding.toUpperCase();
  report.replaced = decoder.replaced;
}

function startsWithGzipMagic(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const magic = Buffer.alloc(2);
    readSync(fd, magic, 0, 2, 0);
    return magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

function bytes(path: string, gzip: boolean): AsyncIterable<Buffer> {
  const file = createReadStream(path);
  if (!gzip) return file;
  const gunzip = createGunzip();
  file.on('error', (err) => gunzip.destroy(err));
  return file.pipe(gunzip);
}

/**
 * The events of an export file, read with the app's own format detection, readers and
 * normalisation (so `_time` and `_raw` mean what they mean after an import), events without an
 * index given `index`. Records the app would skip are skipped and counted.
 */
export async function readEvents(
  path: string,
  index = DEFAULT_INDEX,
): Promise<{ events: PlainEvent[]; skipped: number } & TextReport> {
  const report: TextReport = { encoding: 'UTF-8', replaced: 0 };
  const events: PlainEvent[] = [];
  let skipped = 0;
  let head = '';
  let reader: RecordReader | null = null;
  const fileName = basename(path.replace(/\.gz$/i, ''));
  const start = (): RecordReader => {
    const format = detectFormat(head.slice(0, HEAD_CHARS), fileName);
    if (!format) {
      throw new InputError(`${path}: not a supported format. Supported: ${SUPPORTED_FORMATS_TEXT}`);
    }
    const r = createReader(
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
    r.push(head);
    return r;
  };
  // The first 64 KB decide the format, as in the app; then the text streams into the reader.
  for await (const piece of textPieces(path, report)) {
    if (reader !== null) reader.push(piece);
    else {
      head += piece;
      if (head.length >= HEAD_CHARS) reader = start();
    }
  }
  (reader ?? start()).end();
  return { events, skipped, ...report };
}

/**
 * A lookup table from a CSV file with a header row; empty cells are absent values. Read by the
 * app's lookup reader, so the CLI and the app see the same rows and refuse the same files.
 */
export async function readLookup(path: string): Promise<ResultSet> {
  let text = '';
  for await (const piece of textPieces(path, { encoding: 'UTF-8', replaced: 0 })) text += piece;
  try {
    return readLookupCsv(path, text);
  } catch (err) {
    if (err instanceof LookupFileError) throw new InputError(err.message);
    throw err;
  }
}

/** The macros of a `macros.conf` file; a bad file is an InputError naming the line. */
export async function readMacros(path: string): Promise<ConfMacro[]> {
  let text = '';
  for await (const piece of textPieces(path, { encoding: 'UTF-8', replaced: 0 })) text += piece;
  try {
    return parseMacrosConf(text, path);
  } catch (err) {
    if (err instanceof MacrosConfError) throw new InputError(err.message);
    throw err;
  }
}

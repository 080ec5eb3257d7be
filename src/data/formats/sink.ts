import type { SourceRecord } from '../model';
import { t } from '../../i18n/messages';

/** Where a reader delivers what it found. */
export interface ReaderSink {
  /** One complete record, fields as exported. */
  record(rec: SourceRecord): void;
  /** A malformed record (skipped) or a problem with the whole file (reported on line 1). */
  issue(line: number, message: string, field?: string): void;
}

/**
 * A streaming reader for one file. Text may arrive split anywhere; records come out in file
 * order. Readers never throw on bad data: they report it through the sink.
 */
export interface RecordReader {
  push(text: string): void;
  /** The file is complete: flush the last record and report anything left unfinished. */
  end(): void;
}

/**
 * Longest single record a reader will hold while waiting for its end. A real event is at most a
 * few MB; beyond this the file is almost certainly broken (an unbalanced quote or bracket), and
 * buffering the rest of it would cost memory and quadratic re-scanning for nothing.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export function oversizeMessage(line: number): string {
  return t('import.problem.oversize', { line: String(line), mb: MAX_RECORD_CHARS / (1024 * 1024) });
}

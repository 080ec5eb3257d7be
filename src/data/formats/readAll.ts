import type { SourceRecord } from '../model';
import { createReader } from './createReader';
import type { FormatId } from './detect';

export interface ReaderIssue {
  line: number;
  message: string;
  field?: string;
}

/**
 * Everything a reader makes of a whole text fed in pieces of `pieceSize` characters (whole when
 * omitted). For tests and small inputs; imports stream through createReader instead.
 */
export function readAll(
  format: FormatId,
  text: string,
  pieceSize = text.length,
): { records: SourceRecord[]; issues: ReaderIssue[] } {
  const records: SourceRecord[] = [];
  const issues: ReaderIssue[] = [];
  const reader = createReader(format, {
    record: (rec) => records.push(rec),
    issue: (line, message, field) =>
      issues.push(field === undefined ? { line, message } : { line, message, field }),
  });
  const step = Math.max(1, pieceSize);
  for (let i = 0; i < text.length; i += step) reader.push(text.slice(i, i + step));
  reader.end();
  return { records, issues };
}

import { fieldsOf, type FieldValue } from '../model';
import { createReader } from './create-reader';
import type { FormatId } from './detect';

/** A record with its fields as an object, which is what tests want to compare. */
export interface ReadRecord {
  line: number;
  fields: Record<string, FieldValue>;
}

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
): { records: ReadRecord[]; issues: ReaderIssue[] } {
  const records: ReadRecord[] = [];
  const issues: ReaderIssue[] = [];
  const reader = createReader(format, {
    record: (rec) => records.push({ line: rec.line, fields: fieldsOf(rec.names, rec.values) }),
    issue: (line, message, field) =>
      issues.push(field === undefined ? { line, message } : { line, message, field }),
  });
  const step = Math.max(1, pieceSize);
  for (let i = 0; i < text.length; i += step) reader.push(text.slice(i, i + step));
  reader.end();
  return { records, issues };
}

import { createReader, detectFormat, type FormatId } from '../formats';
import type { FieldValue, SourceRecord } from '../model';
import { TIME_FIELDS } from '../normalize';
import { parseEventTime } from '../time/parse-time';
import { timeReading, type TimeRule } from '../time/time-rule';
import { isGzip, readHead, type NamedBlob } from './read-text';

/** Records of a file's head looked at to find its time field. */
const SAMPLE_RECORDS = 50;
/** Times from two fields of one event farther apart than this disagree (a zone, another clock). */
const AGREE_MS = 1000;
const HEAD_CHARS = 64 * 1024;

/**
 * Why a file's events cannot take their time as the importer would by itself: no known time
 * field, none of its values readable, or two known fields giving different times.
 */
export type TimeProblem = 'none' | 'unparsable' | 'disagree';

export interface FileTimeCheck {
  file: string;
  format: FormatId | null;
  /** Every field name of the sampled records, in the order first seen. */
  fields: string[];
  /** The known time fields (TIME_FIELDS) the sample holds, in the order they are tried. */
  found: string[];
  problem: TimeProblem | null;
  /** The field the import dialog offers first. */
  suggested: string | null;
  /** The sampled records, for the dialog's preview. */
  records: SourceRecord[];
}

/** Looks at the head of each file (the first 64 KB) before anything is stored. */
export async function checkFileTimes(files: NamedBlob[]): Promise<FileTimeCheck[]> {
  const out: FileTimeCheck[] = [];
  for (const file of files) {
    const head = file.size === 0 ? '' : await readHead(file, await isGzip(file));
    out.push(checkTimes(head, file.name, head.length < HEAD_CHARS));
  }
  return out;
}

/** What the head of a file (complete: the whole file) says about its events' times. */
export function checkTimes(head: string, fileName: string, complete: boolean): FileTimeCheck {
  const format = detectFormat(head, fileName.replace(/\.gz$/i, ''));
  const records: SourceRecord[] = [];
  if (format !== null) {
    const reader = createReader(
      format,
      {
        record: (rec) => {
          if (records.length < SAMPLE_RECORDS) records.push(rec);
        },
        issue: () => {},
      },
      { fileName },
    );
    reader.push(head);
    // A head cut short ends in a partial record, which would only be reported as broken.
    if (complete) reader.end();
  }
  const fields: string[] = [];
  const seen = new Set<string>();
  for (const rec of records) {
    rec.names.forEach((name, k) => {
      if (rec.values[k] !== undefined && !seen.has(name)) {
        seen.add(name);
        fields.push(name);
      }
    });
  }
  const found = TIME_FIELDS.filter((f) => seen.has(f));
  const problem = format === null ? null : problemOf(records, found);
  return {
    file: fileName,
    format,
    fields,
    found,
    problem,
    suggested: found[0] ?? fields.find((f) => /time|date|^ts$/i.test(f)) ?? fields[0] ?? null,
    records,
  };
}

function problemOf(records: SourceRecord[], found: string[]): TimeProblem | null {
  if (records.length === 0) return null;
  if (found.length === 0) return 'none';
  let timed = 0;
  let disagree = false;
  for (const rec of records) {
    let first: number | null = null;
    for (const field of found) {
      const text = textOf(rec, field);
      const ms = text === undefined ? null : parseEventTime(text);
      if (ms === null) continue;
      if (first === null) first = ms;
      else if (Math.abs(ms - first) > AGREE_MS) disagree = true;
    }
    if (first !== null) timed++;
  }
  if (timed === 0) return 'unparsable';
  return disagree ? 'disagree' : null;
}

function textOf(rec: SourceRecord, field: string): string | undefined {
  const at = rec.names.indexOf(field);
  const v: FieldValue | undefined = at === -1 ? undefined : rec.values[at];
  if (v === undefined) return undefined;
  return typeof v === 'string' ? v : v[0];
}

export interface TimePreview {
  line: number;
  /** The field's text, or undefined where the record lacks it. */
  text: string | undefined;
  /** Epoch ms, or null where the text cannot be read with the rule. */
  time: number | null;
}

/** The first records' times as the rule would read them, for the dialog's preview. */
export function previewTimes(check: FileTimeCheck, rule: TimeRule, count = 5): TimePreview[] {
  const reading = timeReading(rule);
  return check.records.slice(0, count).map((rec) => {
    const text = textOf(rec, rule.field);
    return { line: rec.line, text, time: text === undefined ? null : reading.parse(text) };
  });
}

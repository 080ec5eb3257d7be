import { dataMap } from '../engine';

/** A field's value as Splunk exports it: one string, or several for a multivalue field. */
export type FieldValue = string | string[];

/**
 * One record as a format reader produced it, before `_time` and `_raw` are interpreted.
 *
 * Fields come as parallel arrays rather than an object: a CSV file's rows all share the header's
 * names array, so what depends on names alone (where `_time` is, which column builder a value goes
 * to) is worked out once per file instead of once per field of every row, and no per-row object
 * with hundreds of distinct keys across the file is built (V8 keeps those in slow dictionary mode).
 */
export interface SourceRecord {
  /** 1-based line of the (decompressed) file on which the record starts. */
  line: number;
  /**
   * Every field name of the record, `_time` and `_raw` included, kept exactly as exported; no name
   * twice. Never changed once handed out, so consumers may key what they derive to its identity.
   */
  names: readonly string[];
  /** `values[i]` is the value of `names[i]`; undefined where the record lacks that field. */
  values: readonly (FieldValue | undefined)[];
}

/** An event ready to be stored, with its fields as an object (tests, small inputs). */
export interface EventRecord {
  /** Epoch milliseconds (UTC). */
  time: number;
  /** The event text; term-indexed and kept apart from the columns. */
  raw: string;
  /** All other fields; never contains `_time` or `_raw`. */
  fields: Record<string, FieldValue>;
}

/** An event ready to be stored, sharing its record's values array (what imports use). */
export interface EventRow {
  /** Epoch milliseconds (UTC). */
  time: number;
  /** The event text; term-indexed and kept apart from the columns. */
  raw: string;
  /**
   * Per position of `values`, the column the value is stored in, or null where it is no column
   * (`_time`, `_raw`, dropped internal fields). Shared and stable like {@link SourceRecord.names}.
   */
  columns: readonly (string | null)[];
  values: readonly (FieldValue | undefined)[];
}

/** A record of the given fields; object key order becomes field order. */
export function recordOf(line: number, fields: Record<string, FieldValue>): SourceRecord {
  return { line, names: Object.keys(fields), values: Object.values(fields) };
}

/**
 * The present fields of parallel name and value arrays as an object without a prototype (names
 * are data); null names are skipped.
 */
export function fieldsOf(
  names: readonly (string | null)[],
  values: readonly (FieldValue | undefined)[],
): Record<string, FieldValue> {
  const fields = dataMap<FieldValue>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const value = values[i];
    if (name !== null && value !== undefined) fields[name] = value;
  }
  return fields;
}

/** Something wrong with one record (line set) or with a whole file (line absent). */
export interface ImportIssue {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

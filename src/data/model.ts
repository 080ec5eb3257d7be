/** A field's value as Splunk exports it: one string, or several for a multivalue field. */
export type FieldValue = string | string[];

/** One record as a format reader produced it, before `_time` and `_raw` are interpreted. */
export interface SourceRecord {
  /** 1-based line of the (decompressed) file on which the record starts. */
  line: number;
  /** Every field of the record, `_time` and `_raw` included, names kept exactly as exported. */
  fields: Record<string, FieldValue>;
}

/** An event ready to be stored. */
export interface EventRecord {
  /** Epoch milliseconds (UTC). */
  time: number;
  /** The event text; term-indexed and kept apart from the columns. */
  raw: string;
  /** All other fields; never contains `_time` or `_raw`. */
  fields: Record<string, FieldValue>;
}

/** Something wrong with one record (line set) or with a whole file (line absent). */
export interface ImportIssue {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

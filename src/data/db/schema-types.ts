import type { ImportIssue } from '../model';

export type DatasetStatus = 'importing' | 'ready';

export interface DatasetFile {
  name: string;
  /** Bytes as read from disk (compressed size for .gz). */
  bytes: number;
  format: string;
  events: number;
  skipped: number;
}

/** One imported dataset. Visible to the app only when status is 'ready'. */
export interface DatasetRecord {
  id: string;
  name: string;
  status: DatasetStatus;
  files: DatasetFile[];
  eventCount: number;
  /** Epoch ms; NaN while empty. */
  minTime: number;
  maxTime: number;
  /** Event counts by sourcetype / host. */
  sourcetypes: Record<string, number>;
  hosts: Record<string, number>;
  /** Input bytes (sum of files). */
  bytes: number;
  /** Approximate bytes of the encoded chunks (columns, term index, raw). */
  storedBytes: number;
  chunkCount: number;
  importedAt: number;
  skipped: number;
  /** The first few skipped records, for the summary. */
  issues: ImportIssue[];
}

/** A lookup table (CSV), used by `lookup`/`inputlookup` and for asset and identity enrichment. */
export interface LookupRecord {
  /** As searches name it, e.g. `assets.csv`. */
  name: string;
  /** Column names in the file's order. */
  fields: string[];
  /** Rows as field -> value; empty cells are absent. */
  rows: Record<string, string>[];
  /** Where it came from: a file name, or `sample` for the workshop's own. */
  origin: string;
  importedAt: number;
}

/** A learner's progress in one hunt: kept across reloads until they reset it. */
export interface HuntProgressRecord {
  huntId: string;
  /** The step last open. */
  stepId?: string;
  /** Answers by question id, as given. */
  answers: Record<string, { value: string | number | string[]; verdict: 'right' | 'wrong' }>;
  /** Questions whose answer the learner revealed. */
  revealed: string[];
  /** How many hints are shown, by question id. */
  hints: Record<string, number>;
  /** Notes by step id (Markdown). */
  notes: Record<string, string>;
  /** Steps the learner marked done or moved past. */
  visited: string[];
  updatedAt: number;
}

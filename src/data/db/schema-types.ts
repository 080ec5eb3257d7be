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

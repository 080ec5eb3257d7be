import type { DatasetRecord } from '../db/schema-types';
import type { ImportIssue } from '../model';
import type { TimeRule } from '../time/time-rule';

export interface ImportProgress {
  /** File being read now. */
  file: string;
  fileIndex: number;
  fileCount: number;
  /** Events stored or buffered so far, all files. */
  events: number;
  skipped: number;
  /** Bytes read from disk so far (compressed bytes for .gz), all files. */
  bytesRead: number;
  totalBytes: number;
  eventsPerSec: number;
  /** Estimated seconds left; null until it can be estimated. */
  etaSec: number | null;
  /** 'reading' while files stream in, 'finishing' while the last chunks are written. */
  phase: 'reading' | 'finishing';
}

/** Why an import did not complete. kind 'cancelled' is the user's own doing. */
export interface ImportFailure {
  kind: 'cancelled' | 'unsupported' | 'no-events' | 'quota' | 'error';
  message: string;
  issues: ImportIssue[];
}

export interface ImportOptions {
  name: string;
  /** The index of events without their own; `main` when absent. Checked by the caller. */
  index?: string;
  /** Per file (by position), where its events take their time, if the user chose. */
  timeRules?: (TimeRule | undefined)[];
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportHandle {
  /** Resolves with the stored dataset; rejects with an ImportFailureError. */
  done: Promise<DatasetRecord>;
  cancel(): void;
}

export class ImportFailureError extends Error {
  readonly failure: ImportFailure;
  constructor(failure: ImportFailure) {
    super(failure.message);
    this.name = 'ImportFailureError';
    this.failure = failure;
  }
}

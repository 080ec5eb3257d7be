import type { DatasetRecord } from '../db/schema-types';
import type { TimeRule } from '../time/time-rule';
import type { ImportFailure, ImportProgress } from './types';

export type ToImportWorker =
  /** `language`: the interface's, for the messages the import writes. */
  | {
      type: 'start';
      files: File[];
      name: string;
      datasetId: string;
      index: string;
      timeRules: (TimeRule | undefined)[];
      language: string;
    }
  /** Stops the import of that dataset (a late cancel must not stop the worker's next import). */
  | { type: 'cancel'; datasetId: string };

export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; dataset: DatasetRecord }
  | { type: 'failed'; failure: ImportFailure };

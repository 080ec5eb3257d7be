import type { DatasetRecord } from '../db/schema-types';
import type { TimeRule } from '../time/timeRule';
import type { ImportFailure, ImportProgress } from './types';

export type ToImportWorker =
  | {
      type: 'start';
      files: File[];
      name: string;
      datasetId: string;
      index: string;
      timeRules: (TimeRule | undefined)[];
    }
  | { type: 'cancel' };

export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; dataset: DatasetRecord }
  | { type: 'failed'; failure: ImportFailure };

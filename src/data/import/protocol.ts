import type { DatasetRecord } from '../db/schema-types';
import type { ImportFailure, ImportProgress } from './types';

export type ToImportWorker =
  { type: 'start'; files: File[]; name: string; datasetId: string } | { type: 'cancel' };

export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; dataset: DatasetRecord }
  | { type: 'failed'; failure: ImportFailure };

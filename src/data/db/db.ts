import Dexie, { type Table } from 'dexie';
import { adoptDataMaps } from '../../engine/data-map';
import type { ChunkMeta, ColumnsRecord, RawRecord, TermIndexRecord } from '../chunk';
import {
  adoptDatasetMaps,
  type DatasetRecord,
  type HuntFileRecord,
  type HuntProgressRecord,
  type LookupRecord,
  type MacroRecord,
  type TrainerNoteRecord,
} from './schema-types';

export const DB_NAME = 'hunting-workbook';

/** Rows of the per-chunk tables are keyed by [datasetId, seq]. */
interface ChunkKeyed {
  datasetId: string;
  seq: number;
}
export type ChunkMetaRow = ChunkKeyed & ChunkMeta;
export type ColumnsRow = ChunkKeyed & { data: ColumnsRecord };
export type TermsRow = ChunkKeyed & { data: TermIndexRecord };
export type RawRow = ChunkKeyed & { data: RawRecord };

/**
 * One chunk is split over four tables so that each kind of read loads only what it needs:
 * pruning reads `chunks` (small metadata), filtering reads `columns`, keyword search reads
 * `terms`, and only events that are shown or verified read `raws`.
 */
export class WorkbookDB extends Dexie {
  datasets!: Table<DatasetRecord, string>;
  chunks!: Table<ChunkMetaRow, [string, number]>;
  columns!: Table<ColumnsRow, [string, number]>;
  terms!: Table<TermsRow, [string, number]>;
  raws!: Table<RawRow, [string, number]>;
  lookups!: Table<LookupRecord, string>;
  progress!: Table<HuntProgressRecord, string>;
  trainerNotes!: Table<TrainerNoteRecord, [string, string]>;
  macros!: Table<MacroRecord, string>;
  huntFiles!: Table<HuntFileRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      datasets: 'id, status',
      chunks: '[datasetId+seq], datasetId',
      columns: '[datasetId+seq], datasetId',
      terms: '[datasetId+seq], datasetId',
      raws: '[datasetId+seq], datasetId',
    });
    // Lookup tables (asset lists) and each hunt's progress; small, one record each.
    this.version(2).stores({
      lookups: 'name',
      progress: 'huntId',
    });
    // A trainer's own notes per step, for the speaker window.
    this.version(3).stores({
      trainerNotes: '[huntId+stepId], huntId',
    });
    // Search macros imported from macros.conf files, keyed as Splunk keys them (`name(2)`).
    this.version(4).stores({
      macros: 'key',
    });
    // Hunt files the user imported, as their text.
    this.version(5).stores({
      huntFiles: 'id',
    });
    // IndexedDB gives stored objects Object.prototype again: maps keyed by data lose it here, on
    // every read, so a lookup row without a `constructor` cell has none (see engine/data-map.ts).
    // (Dexie calls the hooks with undefined too, for a key it did not find.)
    this.lookups.hook('reading', (record?: LookupRecord) => {
      if (record) adoptDataMaps(record.rows);
      return record;
    });
    this.datasets.hook('reading', (record?: DatasetRecord) => record && adoptDatasetMaps(record));
  }

  /** Tables holding per-chunk rows, in the order a chunk is written. */
  chunkTables(): Table<ChunkKeyed, [string, number]>[] {
    return [this.chunks, this.columns, this.terms, this.raws];
  }
}

let shared: WorkbookDB | undefined;

/** The database of this browsing context (page or worker), opened on first use. */
export function getDb(): WorkbookDB {
  shared ??= new WorkbookDB();
  return shared;
}

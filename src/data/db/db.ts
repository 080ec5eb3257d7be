import Dexie, { type Table } from 'dexie';
import { adoptDataMaps, type ChunkSummary } from '../../engine';
import type { ChunkBody, ChunkMeta, ChunkValueCounts } from '../chunk';
import { migrateChunksToBodies } from './migrate-bodies';
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
/**
 * One stored chunk: its metadata (what pruning reads), its summary (what counts read instead of
 * its events), its fields' value counts (what completion reads instead of its columns) and its
 * body, one Blob whose parts a search reads as slices (chunk-body.ts).
 */
export type ChunkMetaRow = ChunkKeyed &
  ChunkMeta & {
    body: ChunkBody;
    /** Null when the chunk cannot be summarised exactly (chunk-summary.ts). */
    summary: ChunkSummary | null;
    /**
     * Absent in chunks stored before imports counted values (a property, not an index: no
     * schema version); completion reads their columns instead (value-counts.ts).
     */
    valueCounts?: ChunkValueCounts;
  };

/**
 * Chunks are one row each (`chunks`): since version 6 their columns, term index and raw texts
 * are parts of one Blob instead of rows of three tables, so an import stores a chunk as one
 * IndexedDB value and a search reads only the parts it needs.
 */
export class WorkbookDB extends Dexie {
  datasets!: Table<DatasetRecord, string>;
  chunks!: Table<ChunkMetaRow, [string, number]>;
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
    // Each chunk's columns, term index and raw texts move into one Blob in its `chunks` row,
    // with a summary of its counts; the three tables that held them go.
    this.version(6)
      .stores({ columns: null, terms: null, raws: null })
      .upgrade((tx) => migrateChunksToBodies(tx));
    // IndexedDB gives stored objects Object.prototype again: maps keyed by data lose it here, on
    // every read, so a lookup row without a `constructor` cell has none (see engine/data-map.ts).
    // (Dexie calls the hooks with undefined too, for a key it did not find.)
    this.lookups.hook('reading', (record?: LookupRecord) => {
      if (record) adoptDataMaps(record.rows);
      return record;
    });
    this.datasets.hook('reading', (record?: DatasetRecord) => record && adoptDatasetMaps(record));
  }

  /** Tables holding per-chunk rows. */
  chunkTables(): Table<ChunkKeyed, [string, number]>[] {
    return [this.chunks];
  }
}

let shared: WorkbookDB | undefined;

/** The database of this browsing context (page or worker), opened on first use. */
export function getDb(): WorkbookDB {
  shared ??= new WorkbookDB();
  return shared;
}

import { ChunkBuilder } from '../../data/chunk';
import type { DatasetRecord } from '../../data/db/schema-types';
import type { PlainEvent } from '../../engine/source';

/**
 * The database as versions 1-5 of the app stored it, before chunk bodies (version 6): four rows
 * per chunk, in `chunks` (metadata), `columns`, `terms` and `raws`. Tests of the upgrade write
 * these rows with Dexie (unit, fake-indexeddb) or with IndexedDB itself in Chromium (e2e).
 */
export const VERSION_FIVE_STORES = {
  datasets: 'id, status',
  chunks: '[datasetId+seq], datasetId',
  columns: '[datasetId+seq], datasetId',
  terms: '[datasetId+seq], datasetId',
  raws: '[datasetId+seq], datasetId',
  lookups: 'name',
  progress: 'huntId',
  trainerNotes: '[huntId+stepId], huntId',
  macros: 'key',
  huntFiles: 'id',
} as const;

export interface VersionFiveRows {
  dataset: DatasetRecord;
  chunks: object[];
  columns: object[];
  terms: object[];
  raws: object[];
}

/**
 * One dataset's rows as version 5's writeChunk wrote them. `withIndex: false` is a dataset from
 * before imports wrote indexes: its events have no `index` and its record no list of them.
 */
export function versionFiveRows(
  id: string,
  events: readonly PlainEvent[],
  chunkSize: number,
  withIndex: boolean,
): VersionFiveRows {
  const rows: VersionFiveRows = {
    dataset: datasetRecord(id, events.length, withIndex),
    chunks: [],
    columns: [],
    terms: [],
    raws: [],
  };
  const builder = new ChunkBuilder();
  let seq = 0;
  for (let i = 0; i < events.length; i += chunkSize) {
    for (const e of events.slice(i, i + chunkSize)) {
      const fields = { ...(e.fields ?? {}) };
      if (!withIndex) delete fields.index;
      builder.add({ time: e.time, raw: e.raw, fields });
    }
    const chunk = builder.build();
    const key = { datasetId: id, seq: seq++ };
    rows.chunks.push({ ...key, ...chunk.meta });
    rows.columns.push({ ...key, data: chunk.columns });
    rows.terms.push({ ...key, data: chunk.terms });
    rows.raws.push({ ...key, data: chunk.raw });
  }
  rows.dataset.chunkCount = seq;
  return rows;
}

function datasetRecord(id: string, eventCount: number, withIndex: boolean): DatasetRecord {
  const record: DatasetRecord = {
    id,
    name: id,
    status: 'ready',
    files: [],
    eventCount,
    minTime: NaN,
    maxTime: NaN,
    sourcetypes: {},
    hosts: {},
    indexes: ['main'],
    bytes: 0,
    storedBytes: 0,
    chunkCount: 0,
    importedAt: 0,
    skipped: 0,
    issues: [],
  };
  if (!withIndex) delete (record as Partial<DatasetRecord>).indexes;
  return record;
}

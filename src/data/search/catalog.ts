import type { ChunkInfo, ChunkSummary } from '../../engine';
import type { ChunkBody, ChunkValueCounts } from '../chunk';
import type { ChunkMetaRow, WorkbookDB } from '../db/db';
import { DEFAULT_INDEX } from '../index-name';

/** What a search knows of a stored chunk before reading any part of it. */
export interface CatalogEntry {
  datasetId: string;
  seq: number;
  info: ChunkInfo;
  body: ChunkBody;
  summary: ChunkSummary | null;
  /** Its fields' value counts; null in chunks stored before they were kept. */
  valueCounts: ChunkValueCounts | null;
  /** A chunk stored before imports gave every event an index, with no `index` at all. */
  noIndex: boolean;
}

/** The chunk rows of datasets already read, by dataset, with the record they were read for. */
export type Catalogs = Map<string, { stamp: string; entries: Promise<CatalogEntry[]> }>;

/**
 * A dataset's chunks in order, read from IndexedDB once and then kept (a ready dataset never
 * changes): their metadata, summaries and body directories, a few megabytes for ten million
 * events. Each search checks the dataset's record, so a dataset deleted, or imported again under
 * its id, is read again. Chunks without a dataset record (tests, the bench) are read every time.
 */
export async function catalogOf(
  db: WorkbookDB,
  datasetId: string,
  catalogs: Catalogs,
): Promise<CatalogEntry[]> {
  const record = await db.datasets.get(datasetId);
  const stamp = record && `${record.status}\u0000${record.importedAt}\u0000${record.chunkCount}`;
  const known = catalogs.get(datasetId);
  if (stamp !== undefined && known?.stamp === stamp) return known.entries;
  if (!record) catalogs.delete(datasetId);
  // Only datasets stored before indexes were written lack the list (schema-types.ts).
  const legacy = record !== undefined && record.indexes === undefined;
  const entries = db.chunks
    .where('datasetId')
    .equals(datasetId)
    .sortBy('seq')
    .then((rows) => rows.map((row) => toEntry(row, legacy)));
  // Only a ready dataset's chunks are final.
  if (record?.status === 'ready') catalogs.set(datasetId, { stamp: stamp!, entries });
  entries.catch(() => {
    if (catalogs.get(datasetId)?.entries === entries) catalogs.delete(datasetId);
  });
  return entries;
}

function toEntry(m: ChunkMetaRow, legacy: boolean): CatalogEntry {
  const noIndex = legacy && !m.fields.includes('index');
  const info: ChunkInfo = {
    count: m.count,
    minTime: m.minTime,
    maxTime: m.maxTime,
    indexes: m.indexes,
    sourcetypes: m.sourcetypes,
    hosts: m.hosts,
    sources: m.sources,
    fields: m.fields,
  };
  return {
    datasetId: m.datasetId,
    seq: m.seq,
    info: noIndex ? withDefaultIndex(info) : info,
    body: m.body,
    summary: noIndex ? null : m.summary,
    valueCounts: m.valueCounts ?? null,
    noIndex,
  };
}

/**
 * A chunk of a dataset imported before every event got an index is searched as if its events
 * were in `main`, which is what an import gives them now: `index=*` must not hide them.
 */
function withDefaultIndex(info: ChunkInfo): ChunkInfo {
  return { ...info, indexes: [DEFAULT_INDEX], fields: [...info.fields, 'index'].sort() };
}

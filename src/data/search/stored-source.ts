import type { ChunkInfo, EventChunk, EventSource } from '../../engine/source';
import { ChunkColumns, type RawRecord } from '../chunk';
import { storedSize } from '../chunk/stored-size';
import type { ChunkMetaRow, WorkbookDB } from '../db/db';
import { ByteLru } from './lru';
import { ChunkData, StoredChunk } from './stored-chunk';

/**
 * Decoded chunks kept between searches. Columns and term indexes of a million events take about
 * a hundred MB, so the default holds them all and a second search reads no IndexedDB; raw texts
 * are several times larger and only a few chunks' worth are kept.
 */
export class ChunkCache {
  readonly data: ByteLru<string, ChunkData>;
  readonly raws: ByteLru<string, RawRecord>;

  constructor(opts: { dataBytes?: number; rawBytes?: number } = {}) {
    this.data = new ByteLru(opts.dataBytes ?? 256e6);
    this.raws = new ByteLru(opts.rawBytes ?? 32e6);
  }

  clear(): void {
    this.data.clear();
    this.raws.clear();
  }
}

export interface StoredSourceOptions {
  cache?: ChunkCache;
  /**
   * Whether the raw texts of a loaded chunk will be read, so load() fetches them with the rest
   * (the engine's `raw` is synchronous). Without it every load fetches them; a chunk loaded
   * without them fetches them on `loadRaw`.
   */
  needsRaw?: (chunk: EventChunk) => boolean;
}

/** Counters for tests and the bench: what the source read from IndexedDB. */
export interface StoredSourceStats {
  dataReads: number;
  rawReads: number;
}

interface ChunkKey {
  datasetId: string;
  seq: number;
}

/**
 * An EventSource over stored datasets. `chunks()` reads only the small metadata table; `load`
 * reads a chunk's columns and term index (or takes them from the cache) and, when asked, its raw
 * texts.
 */
export async function openStoredSource(
  db: WorkbookDB,
  datasetIds: readonly string[],
  opts: StoredSourceOptions = {},
): Promise<EventSource & { stats: StoredSourceStats }> {
  const cache = opts.cache ?? new ChunkCache();
  const stats: StoredSourceStats = { dataReads: 0, rawReads: 0 };
  const keys: ChunkKey[] = [];
  const infos: ChunkInfo[] = [];
  for (const datasetId of new Set(datasetIds)) {
    const metas = await db.chunks.where('datasetId').equals(datasetId).sortBy('seq');
    for (const m of metas) {
      keys.push({ datasetId, seq: m.seq });
      infos.push(toInfo(m));
    }
  }
  const cacheKey = (k: ChunkKey) => `${k.datasetId}\u0000${k.seq}`;

  const fetchRaw = async (k: ChunkKey): Promise<RawRecord> => {
    const id = cacheKey(k);
    const hit = cache.raws.get(id);
    if (hit) return hit;
    const row = await db.raws.get([k.datasetId, k.seq]);
    if (!row) throw new Error(`Chunk ${k.seq} of dataset ${k.datasetId} has no raw texts`);
    stats.rawReads++;
    // What the decompressed text will take, since that is what stays in memory with it.
    cache.raws.set(id, row.data, row.data.bytes * 2 + row.data.packed.byteLength);
    return row.data;
  };

  const loadData = async (i: number): Promise<ChunkData> => {
    const k = keys[i];
    const id = cacheKey(k);
    const hit = cache.data.get(id);
    if (hit) return hit;
    const [cols, terms] = await db.transaction('r', [db.columns, db.terms], () =>
      Promise.all([db.columns.get([k.datasetId, k.seq]), db.terms.get([k.datasetId, k.seq])]),
    );
    if (!cols || !terms) throw new Error(`Chunk ${k.seq} of dataset ${k.datasetId} is missing`);
    stats.dataReads++;
    const data = new ChunkData(infos[i], new ChunkColumns(cols.data), terms.data);
    cache.data.set(id, data, storedSize(cols.data) + storedSize(terms.data));
    return data;
  };

  return {
    stats,
    chunks: () => infos,
    async load(i: number): Promise<EventChunk> {
      if (!(i >= 0 && i < keys.length)) throw new RangeError(`No chunk ${i}`);
      const k = keys[i];
      const chunk = new StoredChunk(await loadData(i), null, () => fetchRaw(k));
      if (!opts.needsRaw || opts.needsRaw(chunk)) await chunk.loadRaw();
      return chunk;
    },
  };
}

function toInfo(m: ChunkMetaRow): ChunkInfo {
  return {
    count: m.count,
    minTime: m.minTime,
    maxTime: m.maxTime,
    indexes: m.indexes,
    sourcetypes: m.sourcetypes,
    hosts: m.hosts,
    sources: m.sources,
    fields: m.fields,
  };
}

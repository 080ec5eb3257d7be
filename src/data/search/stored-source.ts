import type { ChunkInfo, EventChunk, EventSource } from '../../engine/source';
import type { ColumnsRecord, RawRecord } from '../chunk';
import type { ChunkMetaRow, WorkbookDB } from '../db/db';
import { DEFAULT_INDEX } from '../indexName';
import { ByteLru } from './lru';
import { ChunkData, StoredChunk } from './stored-chunk';

/**
 * Decoded chunks kept between searches, counted by the memory they hold. For a million events the
 * term indexes take about 90 MB and the times and the columns a count reads some 15 MB more, so
 * the default keeps those for every chunk and a second search reads no IndexedDB; all forty-odd
 * columns would take another 80 MB and are kept only while they fit. Raw texts are several times
 * larger and only a few chunks' worth are kept.
 */
export class ChunkCache {
  readonly data: ByteLru<string, ChunkData>;
  readonly raws: ByteLru<string, RawRecord>;
  /** Reads of chunk data under way, so a search and the warm-up never read a chunk twice. */
  readonly reading = new Map<string, Promise<ChunkData>>();

  constructor(opts: { dataBytes?: number; rawBytes?: number } = {}) {
    this.data = new ByteLru(opts.dataBytes ?? 140e6);
    this.raws = new ByteLru(opts.rawBytes ?? 24e6);
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
  /**
   * The only fields the search reads (see `fieldNeedOf`); the cache then keeps just those columns
   * of the chunks it loads. Without it every column is loaded and kept.
   */
  fields?: ReadonlySet<string> | null;
}

/** Counters for tests and the bench: what the source read from IndexedDB. */
export interface StoredSourceStats {
  dataReads: number;
  rawReads: number;
}

interface ChunkKey {
  datasetId: string;
  seq: number;
  /** A chunk stored before imports gave every event an index, with no `index` at all. */
  noIndex: boolean;
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
    // Only datasets stored before indexes were written lack the list (schema-types.ts).
    const record = await db.datasets.get(datasetId);
    const legacy = record !== undefined && record.indexes === undefined;
    const metas = await db.chunks.where('datasetId').equals(datasetId).sortBy('seq');
    for (const m of metas) {
      const noIndex = legacy && !m.fields.includes('index');
      keys.push({ datasetId, seq: m.seq, noIndex });
      infos.push(noIndex ? withDefaultIndex(toInfo(m)) : toInfo(m));
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
    cache.raws.set(id, row.data, rawBytes(row.data));
    return row.data;
  };

  // Made outside loadData: a closure there would keep its whole scope, the replaced copy too.
  const growerOf = (id: string) => (n: number) => cache.data.grow(id, n);
  const fields = opts.fields ?? null;
  const loadData = async (i: number): Promise<ChunkData> => {
    const k = keys[i];
    const id = cacheKey(k);
    const inFlight = cache.reading.get(id);
    if (inFlight) {
      const done = await inFlight.catch(() => null);
      if (done?.holds(fields)) return done;
    }
    const hit = cache.data.get(id);
    if (hit?.holds(fields)) return hit;
    const read = readData(i, id, hit);
    cache.reading.set(id, read);
    try {
      return await read;
    } finally {
      if (cache.reading.get(id) === read) cache.reading.delete(id);
    }
  };
  const readData = async (
    i: number,
    id: string,
    hit: ChunkData | undefined,
  ): Promise<ChunkData> => {
    const k = keys[i];
    const [cols, terms] = await db.transaction('r', [db.columns, db.terms], () =>
      Promise.all([
        db.columns.get([k.datasetId, k.seq]),
        // A cached copy short of some columns still has the whole term index.
        hit ? { data: hit.terms } : db.terms.get([k.datasetId, k.seq]),
      ]),
    );
    if (!cols || !terms) throw new Error(`Chunk ${k.seq} of dataset ${k.datasetId} is missing`);
    stats.dataReads++;
    // Columns the cached copy held stay held, so two searches by different fields do not take
    // turns reading the chunk.
    const held = fields && new Set([...(hit?.fields ?? []), ...fields]);
    const record = k.noIndex ? withIndexColumn(cols.data) : cols.data;
    const data = new ChunkData(infos[i], record, terms.data, held, growerOf(id));
    cache.data.set(id, data, data.bytes);
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

/**
 * Memory a cached raw record holds once read: the packed bytes, and the decompressed text with its
 * start offsets (kept with the record by rawAt). V8 keeps a text of only Latin-1 characters at one
 * byte per character, any other at two.
 */
export function rawBytes(rec: RawRecord): number {
  let chars = 0;
  for (let i = 0; i < rec.count; i++) chars += rec.lengths[i];
  const oneByte = rec.encoding === 'utf8' && chars === rec.bytes;
  return (
    rec.packed.byteLength + rec.lengths.byteLength + 4 * (rec.count + 1) + chars * (oneByte ? 1 : 2)
  );
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

/**
 * A chunk of a dataset imported before every event got an index is searched as if its events
 * were in `main`, which is what an import gives them now: `index=*` must not hide them.
 */
function withDefaultIndex(info: ChunkInfo): ChunkInfo {
  return { ...info, indexes: [DEFAULT_INDEX], fields: [...info.fields, 'index'].sort() };
}

function withIndexColumn(rec: ColumnsRecord): ColumnsRecord {
  const index = {
    kind: 'dict' as const,
    name: 'index',
    dict: [DEFAULT_INDEX],
    codes: new Uint8Array(rec.count),
  };
  const columns = [...rec.columns, index].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return { ...rec, columns };
}

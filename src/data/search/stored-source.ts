import type { ChunkInfo, EventChunk, EventSource, ReadPlan, TermNeed } from '../../engine';
import {
  pageCountOf,
  pagesFor,
  partIndex,
  unpackColumnPart,
  unpackRaw,
  unpackTermPage,
  unpackTimes,
  type ChunkValueCounts,
  type ColumnRecord,
  type RawRecord,
  type TermIndexRecord,
} from '../chunk';
import type { WorkbookDB } from '../db/db';
import { DEFAULT_INDEX } from '../index-name';
import { catalogOf, type CatalogEntry, type Catalogs } from './catalog';
import { HuntLru } from './hunt-lru';
import { ByteLru } from './lru';
import { readParts, type ReadPart, type ReadStats } from './part-reader';
import { ChunkData, columnBytes, StoredChunk, termPageBytes } from './stored-chunk';

/** A decoded part of a chunk's body, as the cache keeps it. */
type Part = Float64Array | ColumnRecord | TermIndexRecord;

/**
 * What the search worker keeps between searches: each dataset's chunk list (read once), and the
 * parts of chunks searches read, each on its own (a column, a term page, the times), counted by
 * the memory they hold in a {@link HuntLru} that keeps what repeated searches use. Raw texts
 * are several times larger and only a few chunks' worth are kept.
 */
export class ChunkCache {
  readonly data: HuntLru<string, Part>;
  readonly raws: ByteLru<string, RawRecord>;
  /** Reads of parts under way, so a search and the warm-up never read a part twice. */
  readonly reading = new Map<string, Promise<Part>>();
  readonly catalogs: Catalogs = new Map();
  /** What has been read from the chunks' bodies since the cache was made. */
  readonly reads: ReadStats = { slices: 0, bytes: 0 };

  readonly basis: string;

  constructor(opts: { dataBytes?: number; rawBytes?: number; basis?: string } = {}) {
    this.data = new HuntLru(opts.dataBytes ?? 140e6);
    this.raws = new ByteLru(opts.rawBytes ?? 24e6);
    this.basis = opts.basis ?? 'default';
  }

  /** What the cache holds and has read, for the inspector and the bench. */
  stats(): CacheStats {
    return {
      heldBytes: this.data.bytes + this.raws.bytes,
      budgetBytes: this.data.maxBytes + this.raws.maxBytes,
      basis: this.basis,
      entries: this.data.size + this.raws.size,
      keptBytes: this.data.protectedBytes,
      read: { ...this.reads },
    };
  }

  clear(): void {
    this.data.clear();
    this.raws.clear();
    this.catalogs.clear();
  }
}

export interface CacheStats {
  heldBytes: number;
  budgetBytes: number;
  basis: string;
  /** Parts and raw texts held. */
  entries: number;
  /** Bytes of parts more than one search used (kept ahead of the rest). */
  keptBytes: number;
  read: ReadStats;
}

/** What a load reads of a chunk; a search takes it from the engine's read plan (`readPlan`). */
export interface StoredSourceOptions {
  cache?: ChunkCache;
  /**
   * Whether the raw texts of a loaded chunk will be read, so load() fetches them with the rest
   * (the engine's `raw` is synchronous). Without it every load fetches them; a chunk loaded
   * without them fetches them on `loadRaw`.
   */
  needsRaw?: ReadPlan['raw'];
  /** The only fields the search reads: load() then reads just those columns; without it, all. */
  fields?: ReadPlan['fields'];
  /** The only terms the search looks up; without it every term page is read. */
  terms?: ReadPlan['terms'];
}

/** Counters for tests, the bench and the inspector: what the source read from IndexedDB. */
export interface StoredSourceStats {
  /** Chunk loads that read some part (other than raw texts) from storage. */
  dataReads: number;
  /** Chunk loads that found every part in the worker's cache. */
  cacheLoads: number;
  /** Chunk loads that waited for parts another search or the warm-up was reading. */
  joinedReads: number;
  rawReads: number;
  /** What this source's reads took from the chunks' bodies (raw texts included). */
  slices: number;
  bytes: number;
}

export function emptySourceStats(): StoredSourceStats {
  return { dataReads: 0, cacheLoads: 0, joinedReads: 0, rawReads: 0, slices: 0, bytes: 0 };
}

/** The source over stored datasets, with what it read and each chunk's value counts. */
export type StoredSource = EventSource & {
  stats: StoredSourceStats;
  /** Each chunk's dataset, by the chunk's index in `chunks()` (the inspector's per dataset). */
  datasetOf: readonly string[];
  /** The chunk's fields' value counts (value-counts.ts); null when it was stored without. */
  valueCounts(index: number): ChunkValueCounts | null;
};

/**
 * An EventSource over stored datasets. `chunks()`, `summary()` and `valueCounts()` need no read
 * past each dataset's chunk list; `load` reads the parts of a chunk the search needs (or takes
 * them from the cache) and, when asked, its raw texts.
 */
export async function openStoredSource(
  db: WorkbookDB,
  datasetIds: readonly string[],
  opts: StoredSourceOptions = {},
): Promise<StoredSource> {
  const cache = opts.cache ?? new ChunkCache();
  const stats = emptySourceStats();
  const entries: CatalogEntry[] = [];
  for (const id of new Set(datasetIds)) entries.push(...(await catalogOf(db, id, cache.catalogs)));
  const infos: ChunkInfo[] = entries.map((e) => e.info);
  const fields = opts.fields ?? null;
  const terms = opts.terms ?? null;

  const fetchRaw = async (e: CatalogEntry): Promise<RawRecord> => {
    const id = chunkKey(e);
    const hit = cache.raws.get(id);
    if (hit) return hit;
    const part = partIndex(e.body, { kind: 'raw' });
    const read = (await readCounted(e.body, [part], cache, stats)).get(part)!;
    const rec = unpackRaw(read.buf, read.at);
    stats.rawReads++;
    cache.raws.set(id, rec, rawBytes(rec));
    return rec;
  };

  const columnsOf = (e: CatalogEntry) =>
    fields ? [...fields].filter((f) => e.body.columns.includes(f)) : [...e.body.columns];
  // The chunks the search said it will load, and those whose reads have been started early.
  let plan = new Map<number, number>();
  let order: readonly number[] = [];
  // Held here until loaded, so a small cache cannot drop them before they are used.
  const ahead = new Map<number, Promise<Map<string, Part>>>();
  const readAhead = (i: number) => {
    const at = plan.get(i);
    if (at === undefined) return;
    for (let k = at + 1; k <= at + READ_AHEAD && k < order.length; k++) {
      const c = order[k];
      if (ahead.has(c)) continue;
      const e = entries[c];
      const read = loadParts(e, columnsOf(e), pagesNeeded(e, terms), cache, stats);
      // A failed read is reported by the load that needs it.
      read.catch(() => undefined);
      ahead.set(c, read);
    }
  };

  return {
    stats,
    // The dataset of each chunk, so the inspector can say what was read of which.
    datasetOf: entries.map((e) => e.datasetId),
    chunks: () => infos,
    summary: (i: number) => entries[i]?.summary ?? null,
    valueCounts: (i: number) => entries[i]?.valueCounts ?? null,
    willLoad(indices) {
      order = indices;
      plan = new Map(indices.map((c, k) => [c, k]));
      ahead.clear();
    },
    async load(i: number): Promise<EventChunk> {
      if (!(i >= 0 && i < entries.length)) throw new RangeError(`No chunk ${i}`);
      const e = entries[i];
      const columns = columnsOf(e);
      const pages = pagesNeeded(e, terms);
      const reading = ahead.get(i) ?? loadParts(e, columns, pages, cache, stats);
      ahead.delete(i);
      readAhead(i);
      const parts = await reading;
      const held = [...columns.map((name) => parts.get(colKey(e, name)) as ColumnRecord)];
      if (e.noIndex && (!fields || fields.has('index'))) held.push(indexColumn(e.info.count));
      const pageMap = new Map<number, TermIndexRecord>();
      for (const p of pages) pageMap.set(p, parts.get(pageKey(e, p)) as TermIndexRecord);
      const data = new ChunkData(
        e.info,
        e.info.count,
        parts.get(timesKey(e)) as Float64Array,
        held.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
        e.body,
        pageMap,
        fields,
        (field, bytes) => cache.data.grow(colKey(e, field), bytes),
      );
      const chunk = new StoredChunk(data, null, () => fetchRaw(e));
      if (!opts.needsRaw || opts.needsRaw(chunk)) await chunk.loadRaw();
      return chunk;
    },
  };
}

/**
 * Chunks read ahead of the one a search works on: reading a slice of a stored Blob waits on the
 * browser's storage more than on the CPU, so a few reads under way keep the search busy.
 */
const READ_AHEAD = 8;

const chunkKey = (e: CatalogEntry) => `${e.datasetId}\u0000${e.seq}`;
const timesKey = (e: CatalogEntry) => `${chunkKey(e)}\u0000t`;
const colKey = (e: CatalogEntry, name: string) => `${chunkKey(e)}\u0000c\u0000${name}`;
const pageKey = (e: CatalogEntry, page: number) => `${chunkKey(e)}\u0000p\u0000${page}`;

/** The term pages a search reads of a chunk: those holding its terms, or all of them. */
function pagesNeeded(e: CatalogEntry, terms: TermNeed | null): number[] {
  const all = pageCountOf(e.body);
  if (!terms) return Array.from({ length: all }, (_, p) => p);
  const pages = new Set<number>();
  const add = ([from, to]: [number, number]) => {
    for (let p = from; p < to; p++) pages.add(p);
  };
  for (const t of terms.terms) add(pagesFor(e.body, t, false));
  for (const t of terms.prefixes) add(pagesFor(e.body, t, true));
  return [...pages].sort((a, b) => a - b);
}

/**
 * The parts a load needs, by cache key: from the cache, from a read under way, or read now, all
 * that are missing together. A load that reads anything counts as one data read.
 */
async function loadParts(
  e: CatalogEntry,
  columns: readonly string[],
  pages: readonly number[],
  cache: ChunkCache,
  stats: StoredSourceStats,
): Promise<Map<string, Part>> {
  const wanted: { key: string; part: number; decode: (r: ReadPart) => [Part, number] }[] = [
    {
      key: timesKey(e),
      part: partIndex(e.body, { kind: 'times' }),
      decode: (r) => {
        const times = unpackTimes(r.buf, r.at, e.info.count);
        return [times, times.byteLength + 64];
      },
    },
  ];
  for (const name of columns) {
    wanted.push({
      key: colKey(e, name),
      part: partIndex(e.body, { kind: 'column', name }),
      decode: (r) => {
        const c = unpackColumnPart(name, r.buf, r.at);
        return [c, columnBytes(c)];
      },
    });
  }
  for (const page of pages) {
    wanted.push({
      key: pageKey(e, page),
      part: partIndex(e.body, { kind: 'page', page }),
      decode: (r) => {
        const p = unpackTermPage(r.buf, r.at);
        return [p, termPageBytes(p)];
      },
    });
  }
  const out = new Map<string, Part>();
  const waits: Promise<void>[] = [];
  const missing: typeof wanted = [];
  for (const w of wanted) {
    const hit = cache.data.get(w.key);
    if (hit) out.set(w.key, hit);
    else {
      const pending = cache.reading.get(w.key);
      if (pending) waits.push(pending.then((p) => void out.set(w.key, p)));
      else missing.push(w);
    }
  }
  if (missing.length > 0) stats.dataReads++;
  else if (waits.length > 0) stats.joinedReads++;
  else stats.cacheLoads++;
  if (missing.length > 0) {
    const read = readCounted(
      e.body,
      missing.map((w) => w.part),
      cache,
      stats,
    );
    for (const w of missing) {
      const one = read.then((parts) => {
        const [part, bytes] = w.decode(parts.get(w.part)!);
        cache.data.set(w.key, part, bytes);
        return part;
      });
      cache.reading.set(w.key, one);
      const done = () => {
        if (cache.reading.get(w.key) === one) cache.reading.delete(w.key);
      };
      one.then(done, done);
      waits.push(one.then((p) => void out.set(w.key, p)));
    }
  }
  await Promise.all(waits);
  return out;
}

/** Reads parts of a body, counted in the cache's totals and the source's own. */
async function readCounted(
  body: CatalogEntry['body'],
  parts: readonly number[],
  cache: ChunkCache,
  stats: StoredSourceStats,
): Promise<Map<number, ReadPart>> {
  const read = await readParts(body, parts, cache.reads);
  const slices = new Set<ArrayBuffer>();
  for (const p of read.values()) slices.add(p.buf);
  for (const buf of slices) stats.bytes += buf.byteLength;
  stats.slices += slices.size;
  return read;
}

/** The `index` column of a chunk stored before every event had one: all `main`. */
function indexColumn(count: number): ColumnRecord {
  return { kind: 'dict', name: 'index', dict: [DEFAULT_INDEX], codes: new Uint8Array(count) };
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

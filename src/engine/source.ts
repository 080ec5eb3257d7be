import { splitTerms } from './text/split-terms';

/** A field's value as stored: one string, or several for a multivalue field. */
export type StoredValue = string | string[];

/**
 * What the engine knows about a chunk before reading any event: enough to skip it. The lists are
 * the distinct values of the fields index, sourcetype, host and source, and every field name that
 * occurs in the chunk (without _time and _raw).
 */
export interface ChunkInfo {
  count: number;
  /** Epoch ms; NaN for an empty chunk. */
  minTime: number;
  maxTime: number;
  indexes: readonly string[];
  sourcetypes: readonly string[];
  hosts: readonly string[];
  sources: readonly string[];
  fields: readonly string[];
}

/**
 * A loaded chunk. Positions are 0 .. count-1. Everything is read on demand: `raw` especially
 * should be cheap to not call, because the search uses the term lookups to avoid it.
 */
export interface EventChunk {
  readonly info: ChunkInfo;
  readonly count: number;
  /** _time per event, epoch ms. */
  readonly times: Float64Array;
  value(field: string, i: number): StoredValue | undefined;
  raw(i: number): string;
  /**
   * Ascending positions of the events whose _raw contains the (lower-case) segmentation term, or
   * null when the chunk has no term index (the search then scans `raw`).
   */
  eventsWithTerm(term: string): ArrayLike<number> | null;
  /** Same for every term that starts with `prefix`. */
  eventsWithPrefix(prefix: string): ArrayLike<number> | null;
  /**
   * The field's values as one dictionary code per event, for fast paths that count by value
   * without making a row per event (`fast/`), and for the search, which decides `field=value`
   * once per code instead of once per event. Null when the chunk cannot give the field that way
   * (some event holds a list): callers then read `value`. Optional: sources may omit it.
   */
  column?(field: string): ChunkColumn | null;
  /**
   * Makes `raw` ready. Sources whose `raw` may need an asynchronous read first (the browser
   * store) implement it, and their `raw` throws `RawNotLoadedError` until it has resolved.
   */
  loadRaw?(): Promise<void>;
}

/**
 * One field of a chunk as dictionary codes: event i has the single value `dict[codes[i]]`, or
 * lacks the field when `codes[i] === dict.length`. A chunk without the field gives an empty dict
 * and all codes 0. The dict holds each value once and may hold values no event has.
 */
export interface ChunkColumn {
  readonly dict: readonly string[];
  readonly codes: ArrayLike<number>;
}

/**
 * A chunk's events counted by time and by the values of a few fields (Splunk's indexed fields:
 * index, sourcetype, host, source), written when the chunk was stored. Counts, time charts and
 * tstats that read no other field answer from it without reading the chunk's events, where it
 * answers exactly (fast/summary-fold.ts says when).
 */
export interface ChunkSummary {
  /** Length of a time cell, ms: cell k covers [k * cellMs, (k + 1) * cellMs) in epoch ms. */
  readonly cellMs: number;
  /** The fields counted. Every event has at most one value of each (else no summary). */
  readonly fields: readonly string[];
  /** Per field, its values in the chunk. */
  readonly values: readonly (readonly string[])[];
  /** Per combination of values some event has: one value number per field, -1 for none. */
  readonly combos: Int32Array;
  /** Per non-empty (cell, combination), ordered by cell: the cell number, combination, events. */
  readonly cells: Float64Array;
  readonly cellCombos: Uint32Array;
  readonly cellCounts: Uint32Array;
}

/** Thrown by `EventChunk.raw` of a source whose texts must be loaded first (`loadRaw`). */
export class RawNotLoadedError extends Error {
  constructor() {
    super('The raw texts of this chunk are not loaded');
    this.name = 'RawNotLoadedError';
  }
}

/**
 * Where a search reads events from. `chunks` lists every chunk's summary; `load` fetches one (may
 * be async: the browser store reads IndexedDB). The engine decides which to load from the infos.
 */
export interface EventSource {
  chunks(): readonly ChunkInfo[] | Promise<readonly ChunkInfo[]>;
  /** The chunk at `index` in the list `chunks()` returned. */
  load(index: number): EventChunk | Promise<EventChunk>;
  /**
   * The chunk's summary, read without loading the chunk; null when it has none. Optional:
   * without it every count reads the events.
   */
  summary?(index: number): ChunkSummary | null | Promise<ChunkSummary | null>;
  /**
   * The chunks the caller is about to load, in order (after pruning). Optional: a source that
   * reads storage starts reading the next few while the caller works on one.
   */
  willLoad?(indices: readonly number[]): void;
}

/** One event for the in-memory source: time in epoch ms, the raw text, and the other fields. */
export interface PlainEvent {
  time: number;
  raw: string;
  fields?: Record<string, StoredValue>;
}

/** Counts raw() calls, so tests can check that searches use the term index. */
export interface RawCounter {
  rawReads: number;
}

const META: ReadonlyArray<[keyof ChunkInfo, string]> = [
  ['indexes', 'index'],
  ['sourcetypes', 'sourcetype'],
  ['hosts', 'host'],
  ['sources', 'source'],
];

class MemoryChunk implements EventChunk {
  readonly info: ChunkInfo;
  readonly count: number;
  readonly times: Float64Array;
  private readonly terms = new Map<string, number[]>();

  constructor(
    private readonly events: readonly PlainEvent[],
    private readonly counter: RawCounter,
  ) {
    this.count = events.length;
    this.times = Float64Array.from(events, (e) => e.time);
    const fields = new Set<string>();
    const meta = new Map<string, Set<string>>(META.map(([, f]) => [f, new Set()]));
    events.forEach((e, i) => {
      for (const [name, v] of Object.entries(e.fields ?? {})) {
        fields.add(name);
        const set = meta.get(name);
        if (set) for (const x of Array.isArray(v) ? v : [v]) set.add(x);
      }
      for (const t of splitTerms(e.raw)) {
        const list = this.terms.get(t);
        if (list) list.push(i);
        else this.terms.set(t, [i]);
      }
    });
    const times = [...this.times];
    const sorted = (f: string) => [...(meta.get(f) ?? [])].sort();
    this.info = {
      count: this.count,
      minTime: times.length ? Math.min(...times) : NaN,
      maxTime: times.length ? Math.max(...times) : NaN,
      indexes: sorted('index'),
      sourcetypes: sorted('sourcetype'),
      hosts: sorted('host'),
      sources: sorted('source'),
      fields: [...fields].sort(),
    };
  }

  value(field: string, i: number): StoredValue | undefined {
    return this.events[i].fields?.[field];
  }

  raw(i: number): string {
    this.counter.rawReads++;
    return this.events[i].raw;
  }

  eventsWithTerm(term: string): number[] {
    return this.terms.get(term) ?? [];
  }

  eventsWithPrefix(prefix: string): number[] {
    const hits = new Set<number>();
    for (const [t, list] of this.terms) if (t.startsWith(prefix)) for (const i of list) hits.add(i);
    return [...hits].sort((a, b) => a - b);
  }
}

/**
 * An EventSource over plain events, cut into chunks of `chunkSize` in the given order. Used by
 * tests and the command line; `rawReads` counts raw() calls across all chunks.
 */
export function fromEvents(
  events: readonly PlainEvent[],
  opts: { chunkSize?: number } = {},
): EventSource & RawCounter {
  const size = Math.max(1, opts.chunkSize ?? 1000);
  const counter = { rawReads: 0 };
  const chunks: MemoryChunk[] = [];
  for (let i = 0; i < events.length; i += size) {
    chunks.push(new MemoryChunk(events.slice(i, i + size), counter));
  }
  return Object.assign(counter, {
    chunks: () => chunks.map((c) => c.info),
    load: (i: number) => chunks[i],
  }) as EventSource & RawCounter;
}

import type { RunContext } from '../context';
import { throwIfAborted } from '../errors';
import { since } from '../profile';
import type { CompiledSearch, EventView } from '../search/compile';
import { loadChunk, storedToValue } from '../search/scan';
import type { ChunkColumn, EventChunk } from '../source';
import type { Row } from '../values';
import type { AddCount, CountedRows, CountPlan } from './count-types';
import { summaryFold } from './summary-fold';

/** Reads the chunks like the base search does, counting instead of making rows. */
export async function scanCounts(
  search: CompiledSearch,
  ctx: RunContext,
  plan: CountPlan,
): Promise<CountedRows> {
  const earliest = Math.max(
    search.time.earliest ?? ctx.earliest ?? -Infinity,
    plan.earliest ?? -Infinity,
  );
  const latest = Math.min(search.time.latest ?? ctx.latest ?? Infinity, plan.latest ?? Infinity);
  const range = { earliest, latest };
  const infos = await ctx.source.chunks();
  ctx.counts.chunksTotal += infos.length;
  const scan = ctx.profile?.scan('counts', infos.length, ctx.counts);
  const out: CountedRows = {
    rows: [],
    weights: new Map(),
    bucketOf: new Map(),
    minTime: NaN,
    maxTime: NaN,
  };
  // Rows by bucket then by value key ('' for no field).
  const byKey = new Map<string, Row>();
  const add = (bucketMs: number, key: string, value: Row[string] | undefined, n: number) => {
    const k = `${bucketMs}\u0000${key}`;
    let row = byKey.get(k);
    if (!row) {
      row = Object.create(null) as Row;
      if (plan.bucket) {
        row._time = bucketMs / 1000;
        out.bucketOf.set(row, bucketMs);
      }
      if (plan.field !== null && value !== undefined && value !== null) row[plan.field] = value;
      byKey.set(k, row);
      out.rows.push(row);
      out.weights.set(row, 0);
    }
    out.weights.set(row, out.weights.get(row)! + n);
  };

  // Which chunks count from their summaries, which are read (those the source reads ahead).
  const folds = new Map<number, (add: AddCount, out: CountedRows) => number>();
  const wanted: number[] = [];
  for (let c = 0; c < infos.length; c++) {
    const info = infos[c];
    if (info.count === 0 || info.maxTime < earliest || info.minTime >= latest) {
      scan?.chunk(c, 'time');
      continue;
    }
    if (!search.mayMatchChunk(info)) {
      scan?.chunk(c, 'meta');
      continue;
    }
    const summary = ctx.source.summary ? await ctx.source.summary(c) : null;
    const fold = summary && summaryFold(summary, info, search, plan, range);
    if (fold) folds.set(c, fold);
    wanted.push(c);
  }
  ctx.source.willLoad?.(wanted.filter((c) => !folds.has(c)));
  for (const c of wanted) {
    throwIfAborted(ctx.signal);
    const info = infos[c];
    const fold = folds.get(c);
    if (fold) {
      ctx.counts.chunksRead++;
      ctx.counts.summaryChunks = (ctx.counts.summaryChunks ?? 0) + 1;
      ctx.counts.scanned += info.count;
      ctx.counts.matched += fold(add, out);
      scan?.chunk(c, 'summary');
      ctx.onProgress?.({ ...ctx.counts });
      continue;
    }
    const { chunk, loaded: t1 } = await loadChunk(ctx, c, scan);
    const { hits, ruledOut } = await matchChunk(search, chunk, earliest, latest);
    ctx.counts.matched += hits.length;
    foldChunk(chunk, hits, plan, add, out);
    scan?.matched(since(scan, t1));
    scan?.chunk(c, ruledOut ? 'term' : 'events');
    ctx.onProgress?.({ ...ctx.counts });
  }
  scan?.end();
  return out;
}

/** Positions of the chunk's matching events; loads the raw texts if the search must read them. */
async function matchChunk(
  search: CompiledSearch,
  chunk: EventChunk,
  earliest: number,
  latest: number,
): Promise<ChunkMatches> {
  for (;;) {
    try {
      return matchLoaded(search, chunk, earliest, latest);
    } catch (err) {
      if (!(err instanceof Error && err.name === 'RawNotLoadedError' && chunk.loadRaw)) throw err;
      await chunk.loadRaw();
    }
  }
}

function matchLoaded(
  search: CompiledSearch,
  chunk: EventChunk,
  earliest: number,
  latest: number,
): ChunkMatches {
  const terms = search.forChunk(chunk);
  const hits: number[] = [];
  // One view for every event: matches() reads it synchronously and keeps nothing.
  let at = 0;
  let raw: string | undefined;
  const view: EventView = {
    field: (name) => {
      if (name === '_time') return chunk.times[at] / 1000;
      if (name === '_raw') return (raw ??= chunk.raw(at));
      return storedToValue(chunk.value(name, at));
    },
    raw: () => (raw ??= chunk.raw(at)),
  };
  const visit = (i: number) => {
    const t = chunk.times[i];
    if (t < earliest || t >= latest) return;
    at = i;
    raw = undefined;
    if (terms.exact || terms.matches(i, view)) hits.push(i);
  };
  if (terms.candidates) for (const i of terms.candidates) visit(i);
  else for (let i = 0; i < chunk.count; i++) visit(i);
  return { hits, ruledOut: terms.candidates?.length === 0 };
}

interface ChunkMatches {
  hits: number[];
  /** The term index left no event to examine. */
  ruledOut: boolean;
}

function foldChunk(
  chunk: EventChunk,
  matched: readonly number[],
  plan: CountPlan,
  add: (bucketMs: number, key: string, value: Row[string] | undefined, n: number) => void,
  out: CountedRows,
): void {
  if (matched.length === 0) return;
  const { times } = chunk;
  for (const i of matched) {
    const t = times[i];
    if (!(t >= out.minTime)) out.minTime = Number.isNaN(out.minTime) ? t : Math.min(out.minTime, t);
    if (!(t <= out.maxTime)) out.maxTime = Number.isNaN(out.maxTime) ? t : Math.max(out.maxTime, t);
  }
  const buckets = plan.bucket ? bucketsOf(times, matched, plan.bucket) : null;
  const column: ChunkColumn | null =
    plan.field === null
      ? { dict: [], codes: new Uint8Array(chunk.count) }
      : (chunk.column?.(plan.field) ?? null);
  if (column) {
    // Count per (bucket, code) in a typed array, then hand out one add per non-zero cell.
    const width = column.dict.length + 1;
    const bucketIds = buckets ? buckets.ids : null;
    const nb = buckets ? buckets.starts.length : 1;
    const cells = new Uint32Array(nb * width);
    const { codes } = column;
    for (let k = 0; k < matched.length; k++) {
      cells[(bucketIds ? bucketIds[k] : 0) * width + codes[matched[k]]]++;
    }
    for (let b = 0; b < nb; b++) {
      for (let code = 0; code < width; code++) {
        const n = cells[b * width + code];
        if (n === 0) continue;
        const present = code < column.dict.length;
        const value = present ? column.dict[code] : undefined;
        add(buckets ? buckets.starts[b] : 0, present ? `s${value}` : '', value, n);
      }
    }
    return;
  }
  const field = plan.field as string;
  for (let k = 0; k < matched.length; k++) {
    const v = chunk.value(field, matched[k]);
    const key = v === undefined ? '' : typeof v === 'string' ? `s${v}` : `l${JSON.stringify(v)}`;
    add(buckets ? buckets.starts[buckets.ids[k]] : 0, key, storedToValue(v) ?? undefined, 1);
  }
}

/**
 * Bucket of each matched event, as an index into `starts`. Bucketing in a zone is slow (an Intl
 * lookup), but a bucket of a second or more holds whole seconds, so it is worked out once per
 * second of the events' times: consecutive events mostly share one, and a chunk's events are
 * mostly in time order, so the last second and the last bucket answer almost every event. (A map
 * of every second seen cost more than the calls it saved: most seconds are seen once.)
 */
function bucketsOf(
  times: Float64Array,
  matched: readonly number[],
  bucket: (ms: number) => number,
): { ids: Uint32Array; starts: number[] } {
  const ids = new Uint32Array(matched.length);
  const starts: number[] = [];
  const idOfStart = new Map<number, number>();
  let lastSecond = NaN;
  let lastStart = NaN;
  let lastId = 0;
  for (let k = 0; k < matched.length; k++) {
    const second = Math.floor(times[matched[k]] / 1000);
    if (second !== lastSecond) {
      const start = bucket(second * 1000);
      if (start !== lastStart) {
        let id = idOfStart.get(start);
        if (id === undefined) {
          id = starts.length;
          starts.push(start);
          idOfStart.set(start, id);
        }
        lastStart = start;
        lastId = id;
      }
      lastSecond = second;
    }
    ids[k] = lastId;
  }
  return { ids, starts };
}

import type { RunContext } from '../context';
import { throwIfAborted } from '../errors';
import { fromValues } from '../eval/coerce';
import { clock, since, type ScanRecorder } from '../profile';
import type { EventChunk } from '../source';
import type { ResultSet, Row, Value } from '../values';
import type { CompiledSearch, EventView } from './compile';

/**
 * The base search: reads the chunks that can match, newest first, and returns matching
 * events newest first (Splunk's order) with `_time` in epoch seconds.
 */
export interface ScanOptions {
  /** Only these fields go into the rows (and no `_raw`): tstats reads no raw text it need not. */
  fields?: readonly string[];
}

export async function scanEvents(
  search: CompiledSearch,
  ctx: RunContext,
  opts: ScanOptions = {},
): Promise<ResultSet> {
  // Time modifiers written in the search override the run's range, as in Splunk.
  const earliest = search.time.earliest ?? ctx.earliest ?? -Infinity;
  const latest = search.time.latest ?? ctx.latest ?? Infinity;
  const infos = await ctx.source.chunks();
  ctx.counts.chunksTotal += infos.length;
  const scan = ctx.profile?.scan('events', infos.length, ctx.counts);
  const found: Array<{ t: number; row: Row }> = [];
  const fields = new Set<string>();

  // Newest chunks first, so events handed out early (onEvents) are the ones shown first.
  const newest = (c: number) => (Number.isNaN(infos[c].maxTime) ? -Infinity : infos[c].maxTime);
  const order = infos
    .map((_, c) => c)
    .filter((c) => {
      const info = infos[c];
      if (info.count === 0 || info.maxTime < earliest || info.minTime >= latest) {
        scan?.chunk(c, 'time');
        return false;
      }
      const may = search.mayMatchChunk(info);
      if (!may) scan?.chunk(c, 'meta');
      return may;
    })
    .sort((a, b) => newest(b) - newest(a) || a - b);
  ctx.source.willLoad?.(order);
  for (const c of order) {
    throwIfAborted(ctx.signal);
    const info = infos[c];
    const { chunk, loaded: t1 } = await loadChunk(ctx, c, scan);
    const terms = search.forChunk(chunk);
    scan?.chunk(c, terms.candidates?.length === 0 ? 'term' : 'events');
    const batch: Row[] = [];
    const visit = (i: number) => {
      const t = chunk.times[i];
      if (t < earliest || t >= latest) return;
      const view = chunkView(chunk, i);
      if (!terms.exact && !terms.matches(i, view)) return;
      const row = opts.fields ? fieldRow(chunk, i, opts.fields) : eventRow(chunk, i, view.raw());
      batch.push(row);
      found.push({ t, row });
    };
    if (terms.candidates) for (const i of terms.candidates) visit(i);
    else for (let i = 0; i < chunk.count; i++) visit(i);
    scan?.matched(since(scan, t1));
    if (batch.length > 0) {
      for (const f of info.fields) if (!opts.fields || opts.fields.includes(f)) fields.add(f);
    }
    ctx.counts.matched += batch.length;
    if (batch.length > 0 && ctx.onEvents) {
      ctx.onEvents(batch.sort((a, b) => (b._time as number) - (a._time as number)));
    }
    ctx.onProgress?.({ ...ctx.counts });
  }
  found.sort((a, b) => b.t - a.t);
  scan?.end();
  const names = eventFieldOrder(fields);
  return {
    fields: opts.fields ? names.filter((f) => f !== '_raw') : names,
    rows: found.map((f) => f.row),
  };
}

/**
 * Loads chunk `c` for a scan: the read's time goes to the profile (when on) and the chunk to the
 * run's counts. `loaded` is the clock after the read, where the match time starts.
 */
export async function loadChunk(
  ctx: RunContext,
  c: number,
  scan: ScanRecorder | undefined,
): Promise<{ chunk: EventChunk; loaded: number }> {
  const t0 = clock(scan);
  const chunk = await ctx.source.load(c);
  const loaded = clock(scan);
  scan?.read(loaded - t0);
  throwIfAborted(ctx.signal);
  ctx.counts.chunksRead++;
  ctx.counts.scanned += chunk.count;
  return { chunk, loaded };
}

/** `_time`, `_raw`, then the other fields alphabetically (as Splunk's field list). */
export function eventFieldOrder(fields: Iterable<string>): string[] {
  const rest = [...fields].filter((f) => f !== '_time' && f !== '_raw').sort();
  return ['_time', '_raw', ...rest];
}

export function storedToValue(v: string | string[] | undefined): Value {
  if (v === undefined) return null;
  return typeof v === 'string' ? v : fromValues(v);
}

function chunkView(chunk: EventChunk, i: number): EventView {
  let raw: string | undefined;
  return {
    field: (name) => {
      if (name === '_time') return chunk.times[i] / 1000;
      if (name === '_raw') return (raw ??= chunk.raw(i));
      return storedToValue(chunk.value(name, i));
    },
    raw: () => (raw ??= chunk.raw(i)),
  };
}

function eventRow(chunk: EventChunk, i: number, raw: string): Row {
  const row: Row = Object.create(null);
  row._time = chunk.times[i] / 1000;
  row._raw = raw;
  for (const f of chunk.info.fields) {
    const v = storedToValue(chunk.value(f, i));
    if (v !== null) row[f] = v;
  }
  return row;
}

function fieldRow(chunk: EventChunk, i: number, fields: readonly string[]): Row {
  const row: Row = Object.create(null);
  row._time = chunk.times[i] / 1000;
  for (const f of fields) {
    if (f === '_time' || f === '_raw') continue;
    const v = storedToValue(chunk.value(f, i));
    if (v !== null) row[f] = v;
  }
  return row;
}

/** Reads a result row the way a search expression reads an event. */
export function rowView(row: Row): EventView {
  return {
    field: (name) => row[name] ?? null,
    raw: () => {
      const r = row._raw;
      return typeof r === 'string' ? r : '';
    },
  };
}

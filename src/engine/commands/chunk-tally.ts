import type { RunContext } from '../context';
import { throwIfAborted } from '../errors';
import { since } from '../profile';
import { loadChunk } from '../search/scan';
import { wildcardMatcher } from '../search/wildcard';
import type { ChunkColumn, EventChunk } from '../source';

/** Events per value of one field, with the first and last event time (epoch ms). */
export interface Tally {
  count: number;
  first: number;
  last: number;
}

export interface TallyPlan {
  /** The field counted by. */
  field: string;
  /** Index patterns (`botsv2`, `bots*`); events without a matching index are left out. */
  indexes: readonly string[];
  /** Bound by the run's time range (metadata); eventcount counts whole indexes. */
  timed: boolean;
}

/**
 * Counts the stored events by one field's value, chunk by chunk, from its dictionary codes (one
 * typed-array pass per chunk; no rows, no raw text). Chunks whose summary rules out the index
 * or the time range are not loaded. A multivalue event counts under each of its values.
 */
export async function tallyBy(ctx: RunContext, plan: TallyPlan): Promise<Map<string, Tally>> {
  const out = new Map<string, Tally>();
  const patterns = plan.indexes.filter((p) => p !== '*').map((p) => wildcardMatcher(p));
  const anyIndex = plan.indexes.length === 0 || plan.indexes.includes('*');
  const indexOk = (v: string) => patterns.some((matches) => matches(v));
  const earliest = plan.timed ? (ctx.earliest ?? -Infinity) : -Infinity;
  const latest = plan.timed ? (ctx.latest ?? Infinity) : Infinity;
  const infos = await ctx.source.chunks();
  ctx.counts.chunksTotal += infos.length;
  const scan = ctx.profile?.scan('tally', infos.length, ctx.counts);
  for (let c = 0; c < infos.length; c++) {
    throwIfAborted(ctx.signal);
    const info = infos[c];
    if (info.count === 0 || info.maxTime < earliest || info.minTime >= latest) {
      scan?.chunk(c, 'time');
      continue;
    }
    if (!anyIndex && !info.indexes.some(indexOk)) {
      scan?.chunk(c, 'meta');
      continue;
    }
    const { chunk, loaded: t1 } = await loadChunk(ctx, c, scan);
    scan?.chunk(c, 'events');
    const values = codesOf(chunk, plan.field);
    // index=* still needs an index; no index= counts every event.
    const index = plan.indexes.length === 0 ? null : codesOf(chunk, 'index');
    const indexPass = index?.dict.map((v) => anyIndex || indexOk(v));
    for (let i = 0; i < chunk.count; i++) {
      const t = chunk.times[i];
      if (t < earliest || t >= latest) continue;
      if (index && !index.codesOf(i).some((k) => indexPass![k])) continue;
      for (const k of values.codesOf(i)) {
        const v = values.dict[k];
        const tally = out.get(v);
        if (!tally) out.set(v, { count: 1, first: t, last: t });
        else {
          tally.count++;
          if (t < tally.first) tally.first = t;
          if (t > tally.last) tally.last = t;
        }
      }
    }
    scan?.matched(since(scan, t1));
  }
  scan?.end();
  return out;
}

interface Codes {
  dict: readonly string[];
  /** The codes of event i's values (none when it lacks the field). */
  codesOf(i: number): readonly number[];
}

const NONE: readonly number[] = [];

/** The chunk's column as codes; built from `value` when the chunk has no column for it. */
function codesOf(chunk: EventChunk, field: string): Codes {
  const col: ChunkColumn | null | undefined = chunk.column?.(field);
  if (col) {
    const one = [0];
    return {
      dict: col.dict,
      codesOf: (i) => {
        const k = col.codes[i];
        if (k >= col.dict.length) return NONE;
        one[0] = k;
        return one;
      },
    };
  }
  const dict: string[] = [];
  const codeOf = new Map<string, number>();
  const code = (v: string) => {
    let k = codeOf.get(v);
    if (k === undefined) {
      k = dict.length;
      dict.push(v);
      codeOf.set(v, k);
    }
    return k;
  };
  return {
    dict,
    codesOf: (i) => {
      const v = chunk.value(field, i);
      if (v === undefined) return NONE;
      return typeof v === 'string' ? [code(v)] : [...new Set(v)].map(code);
    },
  };
}

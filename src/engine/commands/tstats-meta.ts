import type { SearchExpr } from '../ast';
import type { ChunkInfo } from '../source';
import type { StatsArgs } from '../stats/aggregation';
import type { ResultSet, Row } from '../values';
import type { RunContext } from '../context';

/**
 * Event counts from the chunks' summaries alone, without loading a chunk: exact only when
 * nothing but time decides which events count (no where clause, no by-field) and every chunk
 * lies wholly inside or outside the time range. Null otherwise (the caller counts columns).
 * A summary lists the distinct values of a field but not whether every event has one, so
 * `where index=*` or `by sourcetype` still read the column.
 */
export async function countsFromChunkInfo(
  args: StatsArgs & { where: SearchExpr | null },
  ctx: RunContext,
): Promise<ResultSet | null> {
  if (args.by.length > 0 || (args.where && args.where.kind !== 'all')) return null;
  const infos = await ctx.source.chunks();
  const earliest = ctx.earliest ?? -Infinity;
  const latest = ctx.latest ?? Infinity;
  const total = countInRange(infos, earliest, latest);
  if (total === null) return null;
  ctx.counts.chunksTotal += infos.length;
  const scan = ctx.profile?.scan('info', infos.length, ctx.counts);
  if (scan) {
    infos.forEach((info, c) => {
      const outside = info.count === 0 || info.maxTime < earliest || info.minTime >= latest;
      scan.chunk(c, outside ? 'time' : 'summary');
    });
    scan.end();
  }
  const row: Row = Object.create(null);
  for (const a of args.aggs) row[a.name] = total;
  return { fields: args.aggs.map((a) => a.name), rows: [row] };
}

/** Events of the chunks within [earliest, latest); null when a chunk straddles a bound. */
export function countInRange(
  infos: readonly ChunkInfo[],
  earliest: number,
  latest: number,
): number | null {
  let total = 0;
  for (const info of infos) {
    if (info.count === 0 || info.maxTime < earliest || info.minTime >= latest) continue;
    if (info.minTime < earliest || info.maxTime >= latest) return null;
    total += info.count;
  }
  return total;
}

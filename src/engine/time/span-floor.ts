import { MS_PER_DAY } from './calendar';
import { floorToSpan, type TimeSpan } from './span';
import { BLOCK_MS, blockInRange, zoneStretches, type OffsetStretch } from './transitions';
import { FIXED_UNIT_MS } from './units';

// Past this many year-long blocks (times scattered over centuries) each new block would cost a
// year of Intl reads for a handful of events; those events take the per-event path instead.
const MAX_BLOCKS = 64;
const MAX_CACHED_DAYS = 100_000;

/** The stretch of constant offset that holds the last instant asked about. */
class OffsetCursor {
  from = 0;
  until = 0;
  offset = 0;
  private block = NaN;
  private stretches: readonly OffsetStretch[] = [];
  private readonly seen = new Set<number>();

  constructor(private readonly tz: string) {}

  /** Moves to the stretch holding `ms`; false when there is none to use (NaN, far-off times). */
  seek(ms: number): boolean {
    const block = Math.floor(ms / BLOCK_MS);
    if (block !== this.block) {
      if (!blockInRange(block)) return false;
      if (!this.seen.has(block)) {
        if (this.seen.size >= MAX_BLOCKS) return false;
        this.seen.add(block);
      }
      this.block = block;
      this.stretches = zoneStretches(this.tz, block);
    }
    for (const s of this.stretches) {
      if (ms < s.until) {
        this.from = s.from;
        this.until = s.until;
        this.offset = s.offset;
        return true;
      }
    }
    return false;
  }
}

/**
 * floorToSpan for many instants of one span and zone, with the same results at close to the cost
 * of UTC: the zone's offset is reused while instants stay in the same stretch between two offset
 * changes, instead of being looked up per instant. Day and longer buckets depend only on the local
 * day, so each day's bucket is computed once.
 */
export function spanFloor(span: TimeSpan, tz: string): (epochMs: number) => number {
  const cursor = new OffsetCursor(tz);
  const fixed = FIXED_UNIT_MS[span.unit];
  if (fixed !== undefined) {
    const size = fixed * span.n;
    return (ms) => {
      if (!(ms >= cursor.from && ms < cursor.until) && !cursor.seek(ms)) {
        return floorToSpan(ms, span, tz);
      }
      const local = ms + cursor.offset;
      return ms - (((local % size) + size) % size);
    };
  }
  const byDay = new Map<number, number>();
  let lastDay = NaN;
  let lastStart = 0;
  return (ms) => {
    if (!(ms >= cursor.from && ms < cursor.until) && !cursor.seek(ms)) {
      return floorToSpan(ms, span, tz);
    }
    const day = Math.floor((ms + cursor.offset) / MS_PER_DAY);
    if (day === lastDay) return lastStart;
    let start = byDay.get(day);
    if (start === undefined) {
      start = floorToSpan(ms, span, tz);
      if (byDay.size >= MAX_CACHED_DAYS) byDay.clear();
      byDay.set(day, start);
    }
    lastDay = day;
    lastStart = start;
    return start;
  };
}

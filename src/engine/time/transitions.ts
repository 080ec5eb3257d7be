import { MS_PER_DAY } from './calendar';
import { intlOffsetMs, isUtcZone } from './zone';

/** A stretch of time over which a zone's offset stays the same: [from, until). */
export interface OffsetStretch {
  from: number;
  until: number;
  offset: number;
}

const MINUTE = 60_000;
/** Transitions are found and cached per zone and year-long block of this many ms. */
export const BLOCK_MS = 366 * MS_PER_DAY;
// Dates reach ±8.64e15 ms; a block must end inside that for Intl to read its last day.
const LAST_BLOCK = Math.floor(8.64e15 / BLOCK_MS) - 1;
const FIRST_BLOCK = -LAST_BLOCK;
const MAX_CACHED_BLOCKS = 2_000;

const UTC_STRETCH: readonly OffsetStretch[] = [{ from: -Infinity, until: Infinity, offset: 0 }];
const blocks = new Map<string, Map<number, readonly OffsetStretch[]>>();

/** Whether zoneStretches can answer for the block (times near the ends of Date's range cannot). */
export function blockInRange(block: number): boolean {
  return block >= FIRST_BLOCK && block <= LAST_BLOCK;
}

/**
 * The stretches of constant offset that cover a block, in order. The offset is read from Intl at
 * every UTC midnight of the block and, between two midnights that differ, the minute of the change
 * is found by bisection; so the offset of any instant is the one zoneOffsetMs gives (which reads
 * Intl at the instant's whole minute), as long as a zone does not change and change back within
 * one day, which no zone has done.
 */
export function zoneStretches(tz: string, block: number): readonly OffsetStretch[] {
  if (isUtcZone(tz)) return UTC_STRETCH;
  let zone = blocks.get(tz);
  if (!zone) {
    zone = new Map();
    blocks.set(tz, zone);
  }
  let stretches = zone.get(block);
  if (!stretches) {
    stretches = findStretches(tz, block * BLOCK_MS, (block + 1) * BLOCK_MS);
    if (zone.size >= MAX_CACHED_BLOCKS) zone.clear();
    zone.set(block, stretches);
  }
  return stretches;
}

function findStretches(tz: string, start: number, end: number): OffsetStretch[] {
  const out: OffsetStretch[] = [];
  let from = start;
  let offset = intlOffsetMs(start, tz);
  for (let day = start; day < end; day += MS_PER_DAY) {
    const next = intlOffsetMs(day + MS_PER_DAY, tz);
    // Each pass finds the first change after `lo`; a second change the same day takes another.
    let lo = day;
    while (next !== offset) {
      const at = firstChange(tz, lo, day + MS_PER_DAY, offset);
      if (at >= end) break;
      out.push({ from, until: at, offset });
      from = at;
      lo = at;
      offset = intlOffsetMs(at, tz);
    }
  }
  out.push({ from, until: end, offset });
  return out;
}

/** The first whole minute in (lo, hi] whose offset is not `offset` (hi's is not). */
function firstChange(tz: string, lo: number, hi: number, offset: number): number {
  let a = lo / MINUTE;
  let b = hi / MINUTE;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (intlOffsetMs(mid * MINUTE, tz) === offset) a = mid;
    else b = mid;
  }
  return b * MINUTE;
}

import { describe, expect, it } from 'vitest';
import { BLOCK_MS, zoneStretches } from './transitions';
import { zoneOffsetMs } from './zone';

const H = 3_600_000;

/** Each offset change in [from, to) as [instant, new offset], read from the zone's stretches. */
function changes(tz: string, from: number, to: number): [string, number][] {
  const out: [string, number][] = [];
  let offset: number | null = null;
  for (let b = Math.floor(from / BLOCK_MS); b * BLOCK_MS < to; b++) {
    for (const s of zoneStretches(tz, b)) {
      if (s.from >= from && s.from < to && offset !== null && s.offset !== offset) {
        out.push([new Date(s.from).toISOString(), s.offset]);
      }
      offset = s.offset;
    }
  }
  return out;
}

describe('zoneStretches', () => {
  const from = Date.UTC(2017, 0, 1);
  const to = Date.UTC(2019, 0, 1);

  it('finds the summer-time changes of America/Los_Angeles and Europe/London to the minute', () => {
    expect(changes('America/Los_Angeles', from, to)).toEqual([
      ['2017-03-12T10:00:00.000Z', -7 * H],
      ['2017-11-05T09:00:00.000Z', -8 * H],
      ['2018-03-11T10:00:00.000Z', -7 * H],
      ['2018-11-04T09:00:00.000Z', -8 * H],
    ]);
    expect(changes('Europe/London', from, to)).toEqual([
      ['2017-03-26T01:00:00.000Z', H],
      ['2017-10-29T01:00:00.000Z', 0],
      ['2018-03-25T01:00:00.000Z', H],
      ['2018-10-28T01:00:00.000Z', 0],
    ]);
  });

  it('finds Lord Howe Island’s half-hour summer time', () => {
    expect(changes('Australia/Lord_Howe', from, to)).toEqual([
      ['2017-04-01T15:00:00.000Z', 10.5 * H],
      ['2017-09-30T15:30:00.000Z', 11 * H],
      ['2018-03-31T15:00:00.000Z', 10.5 * H],
      ['2018-10-06T15:30:00.000Z', 11 * H],
    ]);
  });

  it('gives one stretch for zones without changes', () => {
    const block = Math.floor(from / BLOCK_MS);
    expect(zoneStretches('Asia/Kolkata', block)).toEqual([
      { from: block * BLOCK_MS, until: (block + 1) * BLOCK_MS, offset: 5.5 * H },
    ]);
    expect(zoneStretches('UTC', block)).toEqual([{ from: -Infinity, until: Infinity, offset: 0 }]);
  });

  it('covers its block without gaps, each stretch with the offset zoneOffsetMs gives', () => {
    const block = Math.floor(Date.UTC(2017, 5, 1) / BLOCK_MS);
    const stretches = zoneStretches('America/Los_Angeles', block);
    expect(stretches[0].from).toBe(block * BLOCK_MS);
    expect(stretches[stretches.length - 1].until).toBe((block + 1) * BLOCK_MS);
    for (const [i, s] of stretches.entries()) {
      if (i > 0) expect(s.from).toBe(stretches[i - 1].until);
      expect(zoneOffsetMs(s.from, 'America/Los_Angeles')).toBe(s.offset);
      expect(zoneOffsetMs(s.until - 1, 'America/Los_Angeles')).toBe(s.offset);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { floorToSpan, nextBucket, parseSpan, type TimeSpan } from './span';

const LA = 'America/Los_Angeles';
const KOL = 'Asia/Kolkata';
const H = 3_600_000;
const T = Date.UTC(2017, 7, 24, 3, 36, 14); // 20:36:14 PDT, 09:06:14 IST

describe('parseSpan', () => {
  it.each([
    ['1h', { n: 1, unit: 'h' }],
    ['30m', { n: 30, unit: 'm' }],
    ['1d', { n: 1, unit: 'd' }],
    ['1mon', { n: 1, unit: 'mon' }],
    ['15min', { n: 15, unit: 'm' }],
    ['10s', { n: 10, unit: 's' }],
    ['2w', { n: 2, unit: 'w' }],
    ['h', { n: 1, unit: 'h' }],
  ])('%s', (text, want) => {
    expect(parseSpan(text)).toEqual(want);
  });

  it.each(['', 'abc', '0h', '1.5h', '-1h', '5parsecs'])('rejects %j', (text) => {
    expect(parseSpan(text)).toBeNull();
  });
});

const span = (text: string): TimeSpan => parseSpan(text)!;

describe('floorToSpan', () => {
  it.each([
    [T, '1h', 'UTC', Date.UTC(2017, 7, 24, 3)],
    [T, '30m', LA, Date.UTC(2017, 7, 24, 3, 30)],
    [T, '10s', 'UTC', Date.UTC(2017, 7, 24, 3, 36, 10)],
    // Kolkata is +05:30: hours start at :30 past in UTC.
    [T, '1h', KOL, Date.UTC(2017, 7, 24, 3, 30)],
    [T, '1d', KOL, Date.UTC(2017, 7, 23, 18, 30)],
    [T, '1d', LA, Date.UTC(2017, 7, 23, 7)],
    [T, '1d', 'UTC', Date.UTC(2017, 7, 24)],
    [T, '1w', LA, Date.UTC(2017, 7, 20, 7)],
    [T, '1mon', LA, Date.UTC(2017, 7, 1, 7)],
    [T, '1q', LA, Date.UTC(2017, 6, 1, 7)],
    [T, '1y', 'UTC', Date.UTC(2017, 0, 1)],
    [T, '3h', 'UTC', Date.UTC(2017, 7, 24, 3)],
    [T, '4h', 'UTC', Date.UTC(2017, 7, 24, 0)],
    // The two 01:40s of 2017-11-05 in LA fall in different hour buckets.
    [Date.UTC(2017, 10, 5, 8, 40), '1h', LA, Date.UTC(2017, 10, 5, 8)],
    [Date.UTC(2017, 10, 5, 9, 40), '1h', LA, Date.UTC(2017, 10, 5, 9)],
    [Date.UTC(2017, 2, 12, 10, 40), '1h', LA, Date.UTC(2017, 2, 12, 10)],
    [Date.UTC(2017, 2, 12, 10, 40), '1d', LA, Date.UTC(2017, 2, 12, 8)],
  ])('%i by %s in %s', (ms, s, tz, want) => {
    expect(floorToSpan(ms, span(s), tz)).toBe(want);
  });
});

describe('nextBucket', () => {
  it.each([
    [Date.UTC(2017, 7, 24, 3), '1h', 'UTC', Date.UTC(2017, 7, 24, 4)],
    [Date.UTC(2017, 7, 24, 3, 30), '1h', KOL, Date.UTC(2017, 7, 24, 4, 30)],
    // The spring-forward day is 23 hours long, the fall-back day 25.
    [Date.UTC(2017, 2, 12, 8), '1d', LA, Date.UTC(2017, 2, 13, 7)],
    [Date.UTC(2017, 10, 5, 7), '1d', LA, Date.UTC(2017, 10, 6, 8)],
    // 01:00 PST is followed by 03:00 PDT.
    [Date.UTC(2017, 2, 12, 9), '1h', LA, Date.UTC(2017, 2, 12, 10)],
    [Date.UTC(2017, 10, 5, 8), '1h', LA, Date.UTC(2017, 10, 5, 9)],
    [Date.UTC(2017, 7, 1, 7), '1mon', LA, Date.UTC(2017, 8, 1, 7)],
    [Date.UTC(2017, 9, 1, 7), '1mon', LA, Date.UTC(2017, 10, 1, 7)],
    [Date.UTC(2017, 10, 1, 7), '1mon', LA, Date.UTC(2017, 11, 1, 8)],
    [Date.UTC(2017, 7, 20, 7), '1w', LA, Date.UTC(2017, 7, 27, 7)],
  ])('after %i by %s in %s', (ms, s, tz, want) => {
    expect(nextBucket(ms, span(s), tz)).toBe(want);
  });

  it('walks a day in hour buckets across fall-back without gaps or repeats', () => {
    const starts: number[] = [];
    let t = floorToSpan(Date.UTC(2017, 10, 5, 7), span('1h'), LA);
    while (t < Date.UTC(2017, 10, 6, 8)) {
      starts.push(t);
      t = nextBucket(t, span('1h'), LA);
    }
    expect(starts).toHaveLength(25);
    expect(starts.every((s, i) => i === 0 || s - starts[i - 1] === H)).toBe(true);
  });
});

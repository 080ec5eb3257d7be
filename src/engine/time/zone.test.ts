import { describe, expect, it } from 'vitest';
import { fromLocalFields, localFields, zoneAbbreviation, zoneOffsetMs } from './zone';

const LA = 'America/Los_Angeles';
const H = 3_600_000;

describe('zoneOffsetMs', () => {
  it.each([
    [Date.UTC(2017, 7, 24, 3, 36, 14), LA, -7 * H],
    [Date.UTC(2017, 0, 15), LA, -8 * H],
    // Last second of PST and first of PDT on 2017-03-12 (02:00 PST -> 03:00 PDT at 10:00Z).
    [Date.UTC(2017, 2, 12, 9, 59, 59), LA, -8 * H],
    [Date.UTC(2017, 2, 12, 10), LA, -7 * H],
    // 2017-11-05: 02:00 PDT -> 01:00 PST at 09:00Z.
    [Date.UTC(2017, 10, 5, 8, 59, 59), LA, -7 * H],
    [Date.UTC(2017, 10, 5, 9), LA, -8 * H],
    [Date.UTC(2017, 7, 24), 'Asia/Kolkata', 5.5 * H],
    [Date.UTC(2017, 7, 24), 'UTC', 0],
    [Date.UTC(2017, 7, 24), 'Asia/Kathmandu', 5.75 * H],
  ])('%i in %s is %i', (ms, tz, want) => {
    expect(zoneOffsetMs(ms, tz)).toBe(want);
  });
});

describe('localFields / fromLocalFields', () => {
  it('reads wall-clock fields', () => {
    expect(localFields(Date.UTC(2017, 7, 24, 3, 36, 14), LA)).toEqual({
      year: 2017,
      month: 8,
      day: 23,
      hour: 20,
      minute: 36,
      second: 14,
      ms: 0,
    });
  });

  const at = (year: number, month: number, day: number, hour: number, minute = 0) => ({
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
    ms: 0,
  });

  it.each([
    ['an ordinary summer time', at(2017, 8, 23, 20), LA, Date.UTC(2017, 7, 24, 3)],
    ['Kolkata', at(2017, 8, 24, 9, 6), 'Asia/Kolkata', Date.UTC(2017, 7, 24, 3, 36)],
    // 02:30 does not exist on 2017-03-12 in LA: read with the offset before the change (PST),
    // which is 03:30 PDT, as POSIX mktime does.
    ['a time in the spring-forward gap', at(2017, 3, 12, 2, 30), LA, Date.UTC(2017, 2, 12, 10, 30)],
    // 01:30 happens twice on 2017-11-05: the first (PDT) is chosen.
    ['a time in the fall-back overlap', at(2017, 11, 5, 1, 30), LA, Date.UTC(2017, 10, 5, 8, 30)],
    ['the hour after the overlap', at(2017, 11, 5, 2, 30), LA, Date.UTC(2017, 10, 5, 10, 30)],
  ])('%s', (_label, fields, tz, want) => {
    expect(fromLocalFields(fields, tz)).toBe(want);
  });
});

describe('zoneAbbreviation', () => {
  it.each([
    [Date.UTC(2017, 7, 24), LA, 'PDT'],
    [Date.UTC(2017, 0, 24), LA, 'PST'],
    [Date.UTC(2017, 0, 24), 'UTC', 'UTC'],
    [Date.UTC(2017, 0, 24), 'Asia/Kolkata', 'GMT+5:30'],
  ])('%i in %s is %s', (ms, tz, want) => {
    expect(zoneAbbreviation(ms, tz)).toBe(want);
  });
});

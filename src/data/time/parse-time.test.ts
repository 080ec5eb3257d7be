import { describe, expect, it } from 'vitest';
import { hasExplicitZone, parseEventTime, ZONE_ABBREVIATIONS } from './parse-time';
import { NOT_TIMES, NOT_WORLD_TIMES, TIMES, WORLD_TIMES } from './parse-time-samples';

describe('parseEventTime', () => {
  it.each(TIMES)('%j → %d', (text, expected) => {
    expect(parseEventTime(text)).toBe(expected);
  });

  it('agrees with Date.UTC across years, leap days and the end of a year', () => {
    const cases: [string, number][] = [
      ['2016-02-29T23:59:59.999Z', Date.UTC(2016, 1, 29, 23, 59, 59, 999)],
      ['2000-02-29T00:00:00Z', Date.UTC(2000, 1, 29)],
      ['1999-12-31T23:59:59Z', Date.UTC(1999, 11, 31, 23, 59, 59)],
      ['1970-01-01T00:00:00Z', 0],
      ['1969-12-31T23:59:59Z', -1000],
      ['2038-01-19T03:14:08Z', 2 ** 31 * 1000],
      ['2100-03-01T00:00:00Z', Date.UTC(2100, 2, 1)],
      // A +14:00 offset moves the instant to the previous UTC day.
      ['2017-01-01T05:00:00+14:00', Date.UTC(2016, 11, 31, 15)],
      // Leap second: Splunk may show :60; it rolls over the way Date.UTC does.
      ['2016-12-31T23:59:60Z', Date.UTC(2017, 0, 1)],
    ];
    for (const [text, ms] of cases) expect(parseEventTime(text), text).toBe(ms);
    for (let day = 0; day < 3000; day += 7) {
      const ms = Date.UTC(2015, 0, 1) + day * 86_400_000 + day * 3_701;
      expect(parseEventTime(new Date(ms).toISOString())).toBe(ms);
    }
  });

  it.each(NOT_TIMES)('rejects %j', (text) => {
    expect(parseEventTime(text)).toBeNull();
  });

  it('covers every abbreviation it documents', () => {
    for (const [abbr, minutes] of ZONE_ABBREVIATIONS) {
      expect(parseEventTime(`2017-08-24 12:00:00 ${abbr}`), abbr).toBe(
        Date.UTC(2017, 7, 24, 12) - minutes * 60_000,
      );
    }
  });
});

describe('hasExplicitZone', () => {
  it.each([
    ['2017-08-24T03:55:14Z', true],
    ['2017-08-23T20:55:14.000-07:00', true],
    ['2017-08-23 21:55:14.415 MDT', true],
    ['1503546914.415', true],
    ['2017-08-24 03:55:14', false],
    ['2017-08-24T03:55:14.123', false],
    ['not a time', false],
    ['2017-08-24 03:55:14 XYZ', false],
  ])('%j → %s', (text, expected) => {
    expect(hasExplicitZone(text)).toBe(expected);
  });

  it('does not carry state over from the previous parse', () => {
    parseEventTime('2017-08-24 03:55:14');
    expect(hasExplicitZone('2017-08-24T03:55:14Z')).toBe(true);
    parseEventTime('2017-08-24T03:55:14Z');
    expect(hasExplicitZone('2017-08-24 03:55:14')).toBe(false);
  });
});

describe('zones of exports from around the world', () => {
  it.each(WORLD_TIMES)('reads %s', (text, want) => {
    expect(parseEventTime(text)).toBe(want);
    expect(hasExplicitZone(text)).toBe(true);
  });

  it.each(NOT_WORLD_TIMES)('rejects %s', (text) => {
    expect(parseEventTime(text)).toBeNull();
  });
});

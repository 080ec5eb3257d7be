import { describe, expect, it } from 'vitest';
import { hasExplicitZone, parseEventTime, ZONE_ABBREVIATIONS } from './parse-time';

// 2017-08-24T03:55:14Z, the instant most cases below spell in different ways.
const T = Date.UTC(2017, 7, 24, 3, 55, 14);

describe('parseEventTime', () => {
  it.each([
    ['2017-08-24T03:55:14.000+00:00', T],
    ['2017-08-23T20:55:14.000-07:00', T],
    ['2017-08-23T20:55:14-07:00', T],
    ['2017-08-24T03:55:14Z', T],
    ['2017-08-24T03:55:14z', T],
    ['2017-08-24T03:55:14.415Z', T + 415],
    ['2017-08-24T03:55:14.4Z', T + 400],
    ['2017-08-24T03:55:14.41Z', T + 410],
    ['2017-08-23T20:55:14.415926-07:00', T + 415],
    ['2017-08-23T20:55:14.415926-0700', T + 415],
    ['2017-08-24T03:55:14.000+0000', T],
    ['2017-08-24T09:25:14+05:30', T],
    ['2017-08-24T10:55:14+07', T],
    ['2017-08-24T03:55:14,250Z', T + 250],
    ['2017-08-24T03:55Z', T - 14_000],
    ['2017-08-24 03:55:14', T],
    ['2017-08-24T03:55:14', T],
    ['2017-08-23 21:55:14.415 MDT', T + 415],
    ['2017-08-23 20:55:14 PDT', T],
    ['2017-08-23 19:55:14 PST', T],
    ['2017-08-23 21:55:14 MST', T + 3_600_000],
    ['2017-08-23 23:55:14 EDT', T],
    ['2017-08-23 22:55:14 EST', T],
    ['2017-08-23 22:55:14 CDT', T],
    ['2017-08-23 21:55:14 CST', T],
    ['2017-08-23 19:55:14 AKDT', T],
    ['2017-08-23 18:55:14 AKST', T],
    ['2017-08-23 17:55:14 HST', T],
    ['2017-08-24 03:55:14 UTC', T],
    ['2017-08-24 03:55:14 GMT', T],
    ['2017-08-24 03:55:14 Z', T],
    ['2017-08-24 03:55:14 utc', T],
    ['2017-08-23 20:55:14.415 -0700', T + 415],
    ['2017-08-23 20:55:14 UTC-07:00', T],
    ['1503546914', T],
    ['1503546914.415', T + 415],
    ['1503546914.4159', T + 415],
    ['1503546914.4', T + 400],
    ['1503546914415', T + 415],
    ['1503546914415123', T + 415],
    ['1503546914415123456', T + 415],
    ['-86400000', -86_400_000_000],
    ['  1503546914  ', T],
    [' 2017-08-24T03:55:14Z\n', T],
    ['0', 0],
    ['-86400', -86_400_000],
  ])('%j → %d', (text, expected) => {
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

  it.each([
    '',
    '   ',
    'yesterday',
    '2017-13-01T00:00:00Z',
    '2017-02-29T00:00:00Z',
    '2017-04-31T00:00:00Z',
    '2017-08-24T24:00:00Z',
    '2017-08-24T23:60:00Z',
    '2017-08-24T23:59:61Z',
    '2017-08-24X03:55:14Z',
    '2017-08-24T03:55:14.Z',
    '2017-08-24T03:55:14 XYZ',
    '2017-08-24T03:55:14+25:00',
    '2017-08-24T03:55:14+07:0',
    '2017-08-24T03:55:14Zjunk',
    '1503546914.',
    '1503546914.4x',
    '1503546914415.5',
    '15035469144150000000',
    '0x1F',
    '-',
  ])('rejects %j', (text) => {
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
  it.each([
    ['2017-08-24 12:55:14 JST', T],
    ['2017/08/24 12:55:14 JST', T],
    ['2017/08/24 12:55:14.250 jst', T + 250],
    ['2017/08/24T12:55:14+09:00', T],
    ['2017-08-24 12:55:14 +0900', T],
    ['2017-08-24 12:55:14+9', T],
    ['2017-08-24 12:55:14 UTC+9', T],
    ['2017-08-24 12:55:14 GMT+09:00', T],
    ['2017-08-24 09:25:14 UTC+5:30', T],
    ['2017-08-24 12:55:14 KST', T],
    ['2017-08-24 11:55:14 HKT', T],
    ['2017-08-24 05:55:14 CEST', T],
    ['2017-08-24 05:55:14 MESZ', T],
    ['2017-08-24 04:55:14 CET', T],
    ['2017-08-24 04:55:14 BST', T],
    ['2017-08-24 09:25:14 IST', T],
    ['2017-08-24 06:55:14 MSK', T],
    ['2017-08-24 13:55:14 EAST', T],
    ['2017-08-24 00:55:14 ADT', T],
  ])('reads %s', (text, want) => {
    expect(parseEventTime(text)).toBe(want);
    expect(hasExplicitZone(text)).toBe(true);
  });

  it.each([
    '2017/08-24 12:55:14',
    '2017-08/24 12:55:14',
    '2017-08-24 12:55:14 +9x',
    '2017-08-24 12:55:14 UTC+24',
    '2017-08-24 12:55:14 XST',
  ])('rejects %s', (text) => {
    expect(parseEventTime(text)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { strftime } from './strftime';
import { strptime } from './strptime';

const LA = 'America/Los_Angeles';
const T = 1503545774; // 2017-08-24T03:36:14Z = 2017-08-23 20:36:14 PDT

describe('strptime', () => {
  it.each([
    ['2017-08-23 20:36:14', '%Y-%m-%d %H:%M:%S', LA, T],
    ['2017-08-24 03:36:14', '%Y-%m-%d %H:%M:%S', 'UTC', T],
    ['2017-08-24 09:06:14', '%Y-%m-%d %H:%M:%S', 'Asia/Kolkata', T],
    ['08/23/2017:20:00:00', '%m/%d/%Y:%H:%M:%S', LA, Date.UTC(2017, 7, 24, 3) / 1000],
    // A zone in the text wins over the given zone.
    ['2017-08-24T03:36:14Z', '%Y-%m-%dT%H:%M:%S%z', LA, T],
    ['2017-08-23T23:36:14-0400', '%Y-%m-%dT%H:%M:%S%z', LA, T],
    ['2017-08-24T09:06:14+05:30', '%Y-%m-%dT%H:%M:%S%z', 'UTC', T],
    ['2017-08-23 20:36:14 PDT', '%Y-%m-%d %H:%M:%S %Z', 'UTC', T],
    ['2017-08-23 23:36:14 EDT', '%Y-%m-%d %H:%M:%S %Z', 'UTC', T],
    ['2017-08-24 03:36:14 GMT', '%Y-%m-%d %H:%M:%S %Z', LA, T],
    // Splunk's zone abbreviations beyond the US, and offsets of every shape.
    ['2017/08/24 12:36:14 JST', '%Y/%m/%d %H:%M:%S %Z', LA, T],
    ['2017-08-24 12:36:14 kst', '%Y-%m-%d %H:%M:%S %Z', LA, T],
    ['2017-08-24 05:36:14 CEST', '%Y-%m-%d %H:%M:%S %Z', LA, T],
    ['2017-08-24 04:36:14 BST', '%Y-%m-%d %H:%M:%S %Z', LA, T],
    ['2017-08-24 09:06:14 IST', '%Y-%m-%d %H:%M:%S %Z', LA, T],
    ['2017-08-24 12:36:14 GMT+9', '%Y-%m-%d %H:%M:%S %Z', LA, T],
    ['2017-08-24 12:36:14 UTC+09:00', '%Y-%m-%d %H:%M:%S %Z', LA, T],
    ['2017-08-24 12:36:14 +0900', '%Y-%m-%d %H:%M:%S %Z', LA, T],
    ['2017-08-24 12:36:14 +09:00', '%Y-%m-%d %H:%M:%S %z', LA, T],
    ['2017-08-24 12:36:14 +9', '%Y-%m-%d %H:%M:%S %z', LA, T],
    ['2017-08-24 09:06:14 +5:30', '%Y-%m-%d %H:%M:%S %z', LA, T],
    ['Aug 23 2017 08:36:14 PM', '%b %d %Y %I:%M:%S %p', LA, T],
    ['Wednesday, August 23, 2017 8:36:14 pm', '%A, %B %d, %Y %I:%M:%S %p', LA, T],
    ['12:05 AM 2017-01-01', '%I:%M %p %Y-%m-%d', 'UTC', Date.UTC(2017, 0, 1, 0, 5) / 1000],
    ['1503545774', '%s', LA, T],
    ['2017-08-24 03:36:14.250', '%Y-%m-%d %H:%M:%S.%3N', 'UTC', T + 0.25],
    ['2017-08-24 03:36:14.123456', '%F %T.%6N', 'UTC', T + 0.123456],
    ['17-08-24 03:36:14', '%y-%m-%d %T', 'UTC', T],
    ['2017 236 03:36:14', '%Y %j %T', 'UTC', T],
    // Leading zeros are not required.
    ['8/3/2017 3:06:04', '%m/%d/%Y %H:%M:%S', 'UTC', Date.UTC(2017, 7, 3, 3, 6, 4) / 1000],
    // Trailing text is ignored, as C strptime does.
    ['2017-08-24 03:36:14 GET /index.html', '%Y-%m-%d %H:%M:%S', 'UTC', T],
    // DST: a gap time moves forward by the gap; an overlap time takes the first (PDT) instant.
    ['2017-03-12 02:30:00', '%Y-%m-%d %H:%M:%S', LA, Date.UTC(2017, 2, 12, 10, 30) / 1000],
    ['2017-11-05 01:30:00', '%Y-%m-%d %H:%M:%S', LA, Date.UTC(2017, 10, 5, 8, 30) / 1000],
  ])('strptime(%s, %s) in %s', (text, format, tz, want) => {
    expect(strptime(text, format, tz)).toBeCloseTo(want, 6);
  });

  it.each([
    ['hello', '%Y-%m-%d'],
    ['2017-13-01', '%Y-%m-%d'],
    ['2017-02-29', '%Y-%m-%d'],
    ['2017-08-24 25:00:00', '%Y-%m-%d %H:%M:%S'],
    ['2017/08/24', '%Y-%m-%d'],
    ['Foo 23 2017', '%b %d %Y'],
    ['2017-08-24 03:36:14 XYZ', '%Y-%m-%d %H:%M:%S %Z'],
  ])('gives null when %s does not fit %s', (text, format) => {
    expect(strptime(text, format, 'UTC')).toBeNull();
  });

  it.each(['%Y-%m-%d %H:%M:%S', '%c', '%F %T %z', '%s', '%d %B %Y %I:%M:%S %p %Z'])(
    'reads back what strftime wrote with %s',
    (format) => {
      for (const t of [T, Date.UTC(2017, 0, 1, 12) / 1000, Date.UTC(2017, 10, 5, 7, 15) / 1000]) {
        expect(strptime(strftime(t, format, LA), format, LA)).toBe(t);
      }
    },
  );
});

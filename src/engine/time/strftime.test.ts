import { describe, expect, it } from 'vitest';
import { strftime } from './strftime';

const LA = 'America/Los_Angeles';
// 2017-08-24T03:36:14Z, which is Wednesday 2017-08-23 20:36:14 PDT.
const T = 1503545774;
// 2017-04-01T00:00:00Z, a Saturday, day 91 of the year.
const APRIL = Date.UTC(2017, 3, 1) / 1000;

describe('strftime', () => {
  it.each([
    [T, '%B %H:%M:%S', LA, 'August 20:36:14'],
    [T, '%Z', LA, 'PDT'],
    [T, '%z', LA, '-0700'],
    [T, '%:z', LA, '-07:00'],
    [T, '%Ez', LA, '-420'],
    [T, '%Y-%m-%d', LA, '2017-08-23'],
    [T, '%F %T', LA, '2017-08-23 20:36:14'],
    [T, '%D', LA, '08/23/17'],
    [T, '%y %b %d %e', LA, '17 Aug 23 23'],
    [T, '%A %a', LA, 'Wednesday Wed'],
    [T, '%I:%M %p', LA, '08:36 PM'],
    [T, '%k|%l', LA, '20| 8'],
    [T, '%j', LA, '235'],
    [T, '%s', LA, '1503545774'],
    [T, '100%%', LA, '100%'],
    [T, '%w %u %U %V', LA, '3 3 34 34'],
    [T, '%c', LA, 'Wed Aug 23 20:36:14 2017'],
    [T, '%x %X', LA, '08/23/2017 20:36:14'],
    [T, '%H:%M %Z %z', 'UTC', '03:36 UTC +0000'],
    [T, '%H:%M %z', 'Asia/Kolkata', '09:06 +0530'],
    [T, '%Y-%m-%d', 'Asia/Kolkata', '2017-08-24'],
    [APRIL, '%d|%e|%k|%I %p|%j|%a', 'UTC', '01| 1| 0|12 AM|091|Sat'],
    // The evening before in LA: 2017-03-31 17:00 PDT.
    [APRIL, '%F %T %Z', LA, '2017-03-31 17:00:00 PDT'],
    [T + 0.123456, '%3N|%6N|%9N|%N|%Q', 'UTC', '123|123456|123456000|123456000|123'],
    [T + 0.5, '%S.%3N', 'UTC', '14.500'],
    // Sunday 2017-01-01: ISO week 52 of 2016, Sunday-based week 1, %u 7.
    [Date.UTC(2017, 0, 1, 12) / 1000, '%U %V %u %w', 'UTC', '01 52 7 0'],
    // Unknown codes stay as written.
    [T, '%q', 'UTC', '%q'],
  ])('strftime(%d, %j) in %s', (t, format, tz, want) => {
    expect(strftime(t, format, tz)).toBe(want);
  });

  it.each([
    // Around 2017-03-12 10:00Z, 02:00 PST becomes 03:00 PDT.
    [Date.UTC(2017, 2, 12, 9, 59, 59) / 1000, '01:59:59 PST -0800'],
    [Date.UTC(2017, 2, 12, 10) / 1000, '03:00:00 PDT -0700'],
    // 01:30 happens twice on 2017-11-05.
    [Date.UTC(2017, 10, 5, 8, 30) / 1000, '01:30:00 PDT -0700'],
    [Date.UTC(2017, 10, 5, 9, 30) / 1000, '01:30:00 PST -0800'],
  ])('follows DST in Los Angeles at %d', (t, want) => {
    expect(strftime(t, '%T %Z %z', LA)).toBe(want);
  });

  it('formats times before 1970', () => {
    expect(strftime(-86400, '%F %T', 'UTC')).toBe('1969-12-31 00:00:00');
  });
});

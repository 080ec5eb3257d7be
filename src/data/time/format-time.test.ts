import { describe, expect, it } from 'vitest';
import {
  formatRange,
  formatTime,
  isValidTimeZone,
  zoneOffsetLabel,
  zoneOffsetMs,
} from './format-time';

const LA = 'America/Los_Angeles';
// US DST 2017: began 2017-03-12 02:00 PST (10:00Z), ended 2017-11-05 02:00 PDT (09:00Z).
const SPRING = Date.UTC(2017, 2, 12, 10);
const FALL = Date.UTC(2017, 10, 5, 9);

describe('formatTime', () => {
  it('shows wall-clock time in the zone to the millisecond', () => {
    const ms = Date.UTC(2017, 7, 24, 3, 36, 14, 415);
    expect(formatTime(ms, LA)).toBe('2017-08-23 20:36:14.415');
    expect(formatTime(ms, 'UTC')).toBe('2017-08-24 03:36:14.415');
    expect(formatTime(ms, 'Asia/Kolkata')).toBe('2017-08-24 09:06:14.415');
    expect(formatTime(ms, 'Asia/Kathmandu')).toBe('2017-08-24 09:21:14.415');
  });

  it('follows the spring-forward gap', () => {
    expect(formatTime(SPRING - 1, LA)).toBe('2017-03-12 01:59:59.999');
    expect(formatTime(SPRING, LA)).toBe('2017-03-12 03:00:00.000');
  });

  it('shows the repeated hour after fall-back with different offsets', () => {
    expect(formatTime(FALL - 1, LA)).toBe('2017-11-05 01:59:59.999');
    expect(formatTime(FALL, LA)).toBe('2017-11-05 01:00:00.000');
    expect(zoneOffsetLabel(FALL - 1, LA)).toBe('UTC-07:00');
    expect(zoneOffsetLabel(FALL, LA)).toBe('UTC-08:00');
  });

  it('handles times before 1970 and milliseconds of negative instants', () => {
    expect(formatTime(-1, 'UTC')).toBe('1969-12-31 23:59:59.999');
    expect(formatTime(Date.UTC(1960, 0, 1, 12), LA)).toBe('1960-01-01 04:00:00.000');
  });

  it('gives the same answer from the cache as from a cold lookup', () => {
    const instants = [SPRING - 900_001, SPRING - 1, SPRING, SPRING + 1, FALL - 1, FALL];
    const first = instants.map((ms) => formatTime(ms, LA));
    const again = instants.map((ms) => formatTime(ms, LA));
    expect(again).toEqual(first);
  });
});

describe('zoneOffsetLabel', () => {
  it('labels the offset at the instant, including half and quarter hours', () => {
    expect(zoneOffsetLabel(SPRING - 1, LA)).toBe('UTC-08:00');
    expect(zoneOffsetLabel(SPRING, LA)).toBe('UTC-07:00');
    expect(zoneOffsetLabel(0, 'UTC')).toBe('UTC+00:00');
    expect(zoneOffsetLabel(SPRING, 'Asia/Kolkata')).toBe('UTC+05:30');
    expect(zoneOffsetLabel(SPRING, 'Asia/Kathmandu')).toBe('UTC+05:45');
    expect(zoneOffsetLabel(SPRING, 'America/St_Johns')).toBe('UTC-02:30');
    expect(zoneOffsetLabel(SPRING, 'Europe/Berlin')).toBe('UTC+01:00');
    expect(zoneOffsetLabel(Date.UTC(2017, 6, 1), 'Europe/Berlin')).toBe('UTC+02:00');
    expect(zoneOffsetLabel(Date.UTC(2017, 6, 1), 'Australia/Lord_Howe')).toBe('UTC+10:30');
    expect(zoneOffsetLabel(Date.UTC(2017, 0, 1), 'Australia/Lord_Howe')).toBe('UTC+11:00');
    expect(zoneOffsetMs(SPRING, 'Europe/Berlin')).toBe(3_600_000);
  });
});

describe('formatRange', () => {
  it('shows one offset when both ends share it', () => {
    expect(formatRange(Date.UTC(2017, 7, 1, 7), Date.UTC(2017, 8, 1, 6, 59, 59, 999), LA)).toBe(
      '2017-08-01 00:00:00 – 2017-08-31 23:59:59 (UTC-07:00)',
    );
  });

  it('shows each offset when a DST change lies inside the range', () => {
    expect(formatRange(Date.UTC(2017, 2, 1, 8), Date.UTC(2017, 2, 31, 7), LA)).toBe(
      '2017-03-01 00:00:00 (UTC-08:00) – 2017-03-31 00:00:00 (UTC-07:00)',
    );
  });

  it('is empty for an empty dataset', () => {
    expect(formatRange(NaN, NaN, LA)).toBe('');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects others', () => {
    expect(isValidTimeZone(LA)).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => formatTime(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

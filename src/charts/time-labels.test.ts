import { describe, expect, it } from 'vitest';
import { zoneOffsetLabel } from '../data/time/format-time';
import { axisLabel, fullLabel } from './time-labels';

// 2017-08-24 03:36:14 UTC is 20:36:14 on Aug 23 in Los Angeles (PDT, UTC-7).
const ms = Date.UTC(2017, 7, 24, 3, 36, 14);

describe('time labels', () => {
  it('formats in the given zone, not the browser’s', () => {
    expect(axisLabel(ms, 'America/Los_Angeles', 60_000)).toBe('Aug 23 20:36');
    expect(axisLabel(ms, 'Asia/Kolkata', 60_000)).toBe('Aug 24 09:06');
  });

  it('shows seconds for short buckets and only the day for day buckets', () => {
    expect(axisLabel(ms, 'America/Los_Angeles', 1000)).toBe('Aug 23 20:36:14');
    expect(axisLabel(ms, 'America/Los_Angeles', 86_400_000)).toBe('Aug 23');
  });

  it('keeps the offset visible in full labels, named as tables and the time picker name it', () => {
    expect(fullLabel(ms, 'America/Los_Angeles')).toBe('Aug 23 2017 20:36:14 UTC-07:00');
    expect(fullLabel(Date.UTC(2017, 0, 10), 'America/Los_Angeles')).toBe(
      'Jan 9 2017 16:00:00 UTC-08:00',
    );
    expect(fullLabel(ms, 'Asia/Kolkata')).toBe('Aug 24 2017 09:06:14 UTC+05:30');
    expect(fullLabel(ms, 'UTC')).toBe('Aug 24 2017 03:36:14 UTC+00:00');
    for (const tz of ['America/Los_Angeles', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC']) {
      expect(fullLabel(ms, tz).endsWith(` ${zoneOffsetLabel(ms, tz)}`)).toBe(true);
    }
  });

  it('writes dates in the interface’s language, the offset as everywhere else', () => {
    expect(axisLabel(ms, 'America/Los_Angeles', 60_000, 'ja')).toBe('8月23日 20:36');
    expect(axisLabel(ms, 'America/Los_Angeles', 86_400_000, 'ja')).toBe('8月23日');
    expect(fullLabel(ms, 'Asia/Tokyo', 'ja')).toBe('2017年8月24日 12:36:14 UTC+09:00');
  });
});

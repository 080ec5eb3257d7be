import { describe, expect, it } from 'vitest';
import { axisLabel, fullLabel, offsetLabel } from './time-labels';

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

  it('keeps the offset visible in full labels', () => {
    expect(fullLabel(ms, 'America/Los_Angeles')).toBe('Aug 23 2017 20:36:14 GMT-07:00');
    expect(offsetLabel(Date.UTC(2017, 0, 10), 'America/Los_Angeles')).toBe('GMT-08:00');
  });
});

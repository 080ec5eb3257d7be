import { describe, expect, it } from 'vitest';
import {
  ALL_TIME_END,
  fromLocalInput,
  openBounds,
  rangeLabel,
  toLocalInput,
  zoomOutRange,
} from './time-range';

const LA = 'America/Los_Angeles';

describe('time range', () => {
  it('reads the all-time sentinel as open bounds', () => {
    expect(openBounds({ earliest: 0, latest: ALL_TIME_END })).toEqual({
      earliest: undefined,
      latest: undefined,
    });
    expect(rangeLabel({ earliest: 0, latest: ALL_TIME_END }, LA, 'All time')).toBe('All time');
  });
  it('labels a range in the zone with its offset', () => {
    const from = Date.parse('2017-08-23T20:00:00-07:00');
    const to = Date.parse('2017-08-24T20:00:00-07:00');
    expect(rangeLabel({ earliest: from, latest: to }, LA, 'All time')).toBe(
      '2017-08-23 20:00:00 – 2017-08-24 20:00:00 (UTC-07:00)',
    );
  });
  it('converts typed local times in the zone both ways', () => {
    const ms = Date.parse('2017-08-23T20:36:00-07:00');
    expect(toLocalInput(ms, LA)).toBe('2017-08-23 20:36:00');
    expect(fromLocalInput(toLocalInput(ms, LA), LA)).toBe(ms);
    expect(fromLocalInput('2017-08-23T20:36', LA)).toBe(ms);
    expect(fromLocalInput(' 2017/08/23 20:36:00 ', LA)).toBe(ms);
    expect(fromLocalInput('2017-8-23 8:36:00', 'UTC')).toBe(Date.parse('2017-08-23T08:36:00Z'));
    expect(fromLocalInput('2017-01-10T08:00', LA)).toBe(Date.parse('2017-01-10T08:00:00-08:00'));
    expect(fromLocalInput('2017-08-23T20:36', 'UTC')).toBe(Date.parse('2017-08-23T20:36:00Z'));
    expect(fromLocalInput('nonsense', LA)).toBeUndefined();
    for (const typo of [
      '2017-02-30 10:00',
      '2017-08-23 24:00',
      '2017-08-23 20:60',
      '2017/08-23 20:36',
    ]) {
      expect(fromLocalInput(typo, LA), typo).toBeUndefined();
    }
  });
});

describe('zoomOutRange', () => {
  it('doubles the range around its middle', () => {
    expect(zoomOutRange({ earliest: 1000, latest: 3000 }, {})).toEqual({
      earliest: 0,
      latest: 4000,
    });
  });
  it('takes open bounds from the data, latest exclusive', () => {
    expect(
      zoomOutRange({ earliest: 0, latest: ALL_TIME_END }, { earliest: 100, latest: 299 }),
    ).toEqual({
      earliest: 0,
      latest: 400,
    });
  });
  it('gives nothing when neither the range nor the data has bounds', () => {
    expect(zoomOutRange({}, {})).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseTimeModifier, TimeModifierError } from './modifier';

const LA = 'America/Los_Angeles';
const H = 3_600_000;
// Wednesday 2017-08-23 20:36:14 PDT.
const NOW = Date.UTC(2017, 7, 24, 3, 36, 14);

describe('parseTimeModifier', () => {
  it.each([
    ['now', LA, NOW],
    ['0', LA, 0],
    ['1503460800', LA, 1503460800_000],
    ['08/23/2017:20:00:00', LA, Date.UTC(2017, 7, 24, 3)],
    ['08/23/2017:20:00:00', 'UTC', Date.UTC(2017, 7, 23, 20)],
    ['-24h@h', LA, Date.UTC(2017, 7, 23, 3)],
    ['-h', LA, NOW - H],
    ['-15m', LA, NOW - 15 * 60_000],
    ['-30s', LA, NOW - 30_000],
    ['-15min', LA, NOW - 15 * 60_000],
    ['+2d', LA, NOW + 48 * H],
    ['@d', LA, Date.UTC(2017, 7, 23, 7)],
    ['@day', LA, Date.UTC(2017, 7, 23, 7)],
    ['-1d@d', LA, Date.UTC(2017, 7, 22, 7)],
    ['-1d@d+8h', LA, Date.UTC(2017, 7, 22, 15)],
    ['@m', LA, Date.UTC(2017, 7, 24, 3, 36)],
    ['@w1', LA, Date.UTC(2017, 7, 21, 7)],
    ['@w0', LA, Date.UTC(2017, 7, 20, 7)],
    ['@w7', LA, Date.UTC(2017, 7, 20, 7)],
    ['@w', LA, Date.UTC(2017, 7, 20, 7)],
    // Today is a Wednesday: @w3 is this morning's midnight.
    ['@w3', LA, Date.UTC(2017, 7, 23, 7)],
    ['@w4', LA, Date.UTC(2017, 7, 17, 7)],
    ['-1mon@mon', LA, Date.UTC(2017, 6, 1, 7)],
    ['@q', LA, Date.UTC(2017, 6, 1, 7)],
    ['-1q@qtr', LA, Date.UTC(2017, 3, 1, 7)],
    // 2017-01-01 is in standard time (PST, -8).
    ['@y', LA, Date.UTC(2017, 0, 1, 8)],
    ['-1y', LA, Date.UTC(2016, 7, 24, 3, 36, 14)],
    ['@d', 'UTC', Date.UTC(2017, 7, 24)],
    // In Kolkata it is already 2017-08-24 09:06:14.
    ['@d', 'Asia/Kolkata', Date.UTC(2017, 7, 23, 18, 30)],
    ['@h', 'Asia/Kolkata', Date.UTC(2017, 7, 24, 3, 30)],
    ['-1d@d', 'Asia/Kolkata', Date.UTC(2017, 7, 22, 18, 30)],
  ])('%s in %s', (text, tz, want) => {
    expect(parseTimeModifier(text, NOW, tz)).toBe(want);
  });

  it.each([
    // Noon PDT on 2017-03-12; the day before at noon was PST, 23 hours earlier.
    ['-1d', Date.UTC(2017, 2, 12, 19), Date.UTC(2017, 2, 11, 20)],
    ['-24h', Date.UTC(2017, 2, 12, 19), Date.UTC(2017, 2, 11, 19)],
    ['@d', Date.UTC(2017, 2, 12, 19), Date.UTC(2017, 2, 12, 8)],
    ['+1d@d', Date.UTC(2017, 2, 12, 19), Date.UTC(2017, 2, 13, 7)],
    // Noon PST on 2017-11-05; the day before at noon was PDT, 25 hours earlier.
    ['-1d', Date.UTC(2017, 10, 5, 20), Date.UTC(2017, 10, 4, 19)],
    ['@d', Date.UTC(2017, 10, 5, 20), Date.UTC(2017, 10, 5, 7)],
    ['-1w', Date.UTC(2017, 10, 5, 20), Date.UTC(2017, 9, 29, 19)],
  ])('%s across DST in Los Angeles from %i', (text, now, want) => {
    expect(parseTimeModifier(text, now, LA)).toBe(want);
  });

  it('lands on the last day of a shorter month', () => {
    expect(parseTimeModifier('-1mon', Date.UTC(2017, 2, 31, 12), 'UTC')).toBe(
      Date.UTC(2017, 1, 28, 12),
    );
  });

  it.each([
    '',
    'yesterday',
    '-1x',
    '@w8',
    '@d3',
    '13/01/2017:00:00:00',
    '02/30/2017:00:00:00',
    '-1d@',
    '1d',
  ])('rejects %j', (text) => {
    expect(() => parseTimeModifier(text, NOW, LA)).toThrow(TimeModifierError);
  });
});

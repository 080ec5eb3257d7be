import { describe, expect, it } from 'vitest';
import { eventSnapshot, tableSnapshot } from './snapshot';

const tz = 'America/Los_Angeles';
// 2017-08-23 20:36:14 in Los Angeles.
const t0 = Date.UTC(2017, 7, 24, 3, 36, 14) / 1000;

describe('pin snapshots', () => {
  it('keep a table’s first rows as shown, and how many there were', () => {
    const rows = Array.from({ length: 250 }, (_, i) => ({ _time: t0 + i, n: i, mv: ['a', 'b'] }));
    const s = tableSnapshot({ fields: ['_time', 'n', 'mv'], rows }, tz);
    expect(s.columns).toEqual(['_time', 'n', 'mv']);
    expect(s.rows).toHaveLength(200);
    expect(s.totalRows).toBe(250);
    expect(s.rows?.[0]).toEqual(['2017-08-23 20:36:14.000 (UTC-07:00)', '0', 'a\nb']);
    expect(s.rows?.[199][1]).toBe('199');
  });

  it('apply fieldformat as the table shows it', () => {
    const s = tableSnapshot(
      {
        fields: ['b'],
        rows: [{ b: 2048 }],
        formats: { b: { expression: 'tostring(b/1024) . " KB"', tz, now: 0 } },
      },
      tz,
    );
    expect(s.rows).toEqual([['2 KB']]);
  });

  it('keep an event’s time, raw text and main fields first', () => {
    const s = eventSnapshot(
      { _time: t0, _raw: 'USER admin', zeta: 'z', sourcetype: 'stream:ftp', host: 'h', _cd: 'x' },
      tz,
    );
    expect(s.time).toBe('2017-08-23 20:36:14.000 (UTC-07:00)');
    expect(s.raw).toBe('USER admin');
    expect(s.fields).toEqual([
      ['host', 'h'],
      ['sourcetype', 'stream:ftp'],
      ['zeta', 'z'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { timeSeriesOf } from './series';

const t0 = Date.UTC(2017, 7, 24, 3, 30) / 1000;

describe('timeSeriesOf', () => {
  it('reads buckets from _time and _span and one series per split column', () => {
    const data = timeSeriesOf({
      fields: ['_time', '10.0.2.107', 'OTHER', 'NULL', '_span'],
      rows: [
        { _time: t0, '10.0.2.107': 3, OTHER: 1, NULL: 0, _span: 60 },
        { _time: t0 + 60, '10.0.2.107': 0, OTHER: 2, NULL: 5, _span: 60 },
      ],
    });
    expect(data?.buckets).toEqual([
      { start: t0 * 1000, end: (t0 + 60) * 1000 },
      { start: (t0 + 60) * 1000, end: (t0 + 120) * 1000 },
    ]);
    expect(data?.series).toEqual([
      { name: '10.0.2.107', values: [3, 0] },
      { name: 'OTHER', values: [1, 2] },
      { name: 'NULL', values: [0, 5] },
    ]);
  });

  it('counts missing cells and skipped buckets as 0', () => {
    const data = timeSeriesOf({
      fields: ['_time', 'count', '_span'],
      rows: [
        { _time: t0, count: '4', _span: 60 },
        { _time: t0 + 180, _span: 60 },
      ],
    });
    expect(data?.buckets.map((b) => (b.start / 1000 - t0) / 60)).toEqual([0, 1, 2, 3]);
    expect(data?.series).toEqual([{ name: 'count', values: [4, 0, 0, 0] }]);
  });

  it('keeps unequal spans (days across a DST change) as they are', () => {
    const data = timeSeriesOf({
      fields: ['_time', 'count', '_span'],
      rows: [
        { _time: t0, count: 1, _span: 86_400 },
        { _time: t0 + 86_400, count: 1, _span: 90_000 },
        { _time: t0 + 176_400 + 86_400, count: 2, _span: 86_400 },
      ],
    });
    const buckets = data?.buckets ?? [];
    expect(buckets).toHaveLength(3);
    expect(buckets[1].end - buckets[1].start).toBe(90_000_000);
  });

  it('infers the span from the steps between rows when _span is absent', () => {
    const data = timeSeriesOf({
      fields: ['_time', 'count'],
      rows: [
        { _time: t0 + 600, count: 2 },
        { _time: t0, count: 1 },
      ],
    });
    expect(data?.buckets[0]).toEqual({ start: t0 * 1000, end: (t0 + 600) * 1000 });
    expect(data?.series[0].values).toEqual([1, 2]);
  });

  it('is null for a result that is not a time series', () => {
    expect(timeSeriesOf({ fields: ['src', 'count'], rows: [{ src: 'a', count: 1 }] })).toBeNull();
    expect(timeSeriesOf({ fields: ['_time', 'count'], rows: [] })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Row } from '../../engine';
import { summarizeFields } from './events-summary';
import { MAX_BINS, numericSummary } from './field-numeric';

/** The distinct values and counts of a list, as the field summary holds them. */
function counts(values: (string | number)[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(String(v), (m.get(String(v)) ?? 0) + 1);
  return m;
}

function sampleStdev(xs: number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
}

describe('numericSummary', () => {
  it('gives min, max, mean, sample stdev and the bars of a numeric field', () => {
    const ports = [...Array<number>(14).fill(21), 80, 80, 443, 443, 443, 4444, 4444];
    const s = numericSummary(counts(ports), ports.length)!;
    expect(s).toMatchObject({ count: 21, min: 21, max: 4444, integers: true });
    expect(s.mean).toBeCloseTo(10671 / 21, 10);
    expect(s.stdev).toBeCloseTo(sampleStdev(ports), 9);
    // Width 500 (range 4423 over at most 10 bars), aligned on 0.
    expect(s.bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 500, 19],
      [500, 1000, 0],
      [1000, 1500, 0],
      [1500, 2000, 0],
      [2000, 2500, 0],
      [2500, 3000, 0],
      [3000, 3500, 0],
      [3500, 4000, 0],
      [4000, 4500, 2],
    ]);
  });

  it('follows Splunk: numeric when numbers are more than half the events with the field', () => {
    // 3 numbers, 3 words: exactly half is not more than half.
    expect(numericSummary(counts([1, 2, 3, 'a', 'b', 'c']), 6)).toBeUndefined();
    const s = numericSummary(counts([1, 2, 3, 4, 'a', 'b', 'c']), 7)!;
    // The words are left out of the figures.
    expect(s).toMatchObject({ count: 4, min: 1, max: 4, mean: 2.5 });
    expect(numericSummary(counts(['GET', 'POST']), 2)).toBeUndefined();
    expect(numericSummary(new Map(), 0)).toBeUndefined();
  });

  it('reads numbers as the engine does: signs, decimals, exponents, spaces; not hex or Infinity', () => {
    const s = numericSummary(counts([' -5 ', '+2.5', '1e3', '.5', '0x1F', 'Infinity', 'NaN']), 4)!;
    expect(s).toMatchObject({ count: 4, min: -5, max: 1000, integers: false });
    expect(s.mean).toBeCloseTo((-5 + 2.5 + 1000 + 0.5) / 4, 10);
  });

  it('one value is one bar, and its stdev is 0', () => {
    const s = numericSummary(counts([7, 7, 7]), 3)!;
    expect(s).toMatchObject({ min: 7, max: 7, mean: 7, stdev: 0 });
    expect(s.bins).toEqual([{ from: 7, to: 7, count: 3 }]);
  });

  it('decimal bars have decimal edges, each value in the bar it belongs to', () => {
    const values = [0, 0.1, 0.2, 0.3, 0.3, 0.7, 0.9];
    const s = numericSummary(counts(values), values.length)!;
    expect(s.bins.map((b) => b.from)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(s.bins[9].to).toBe(1);
    // 0.3 / 0.1 is 2.9999999999999996 in binary: it still lands in [0.3, 0.4).
    expect(s.bins.map((b) => b.count)).toEqual([1, 1, 1, 2, 0, 0, 0, 1, 0, 1]);
    expect(s.bins.reduce((a, b) => a + b.count, 0)).toBe(values.length);
  });

  it('never more than MAX_BINS bars, every value counted once, whatever the range', () => {
    for (const [lo, hi] of [
      [0, 1],
      [-7, 13],
      [1, 99],
      [0.001, 0.0093],
      [1503545550, 1503545911],
      [-1e12, 3e12],
    ]) {
      const values = Array.from({ length: 50 }, (_, i) => lo + ((hi - lo) * i) / 49);
      const s = numericSummary(counts(values), values.length)!;
      expect(s.bins.length, `${lo}..${hi}`).toBeLessThanOrEqual(MAX_BINS);
      expect(s.bins[0].from).toBeLessThanOrEqual(lo);
      expect(s.bins[s.bins.length - 1].to).toBeGreaterThan(hi);
      expect(s.bins.reduce((a, b) => a + b.count, 0)).toBe(50);
    }
  });

  it('a range too wide to divide is one bar, not an endless loop', () => {
    const s = numericSummary(counts([-1e308, 1e308]), 2)!;
    expect(s.bins).toEqual([{ from: -1e308, to: 1e308, count: 2 }]);
  });
});

describe('summarizeFields with numbers', () => {
  it('adds the figures to numeric fields only, over every event, numbers and strings alike', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 1000; i++) {
      const row = Object.create(null) as Row;
      row.bytes = i % 2 === 0 ? i : String(i);
      row.method = i % 3 === 0 ? 'GET' : 'POST';
      if (i < 10) row.tags = [String(i), String(i + 1)];
      rows.push(row);
    }
    const fields = summarizeFields(rows);
    const bytes = fields.find((f) => f.name === 'bytes')!;
    expect(bytes.numeric).toMatchObject({ count: 1000, min: 0, max: 999, mean: 499.5 });
    expect(bytes.numeric!.bins.map((b) => b.count)).toEqual(Array<number>(10).fill(100));
    expect(fields.find((f) => f.name === 'method')!.numeric).toBeUndefined();
    // A multivalue field counts each distinct value of an event: 20 values over 10 events.
    expect(fields.find((f) => f.name === 'tags')!.numeric).toMatchObject({
      count: 20,
      min: 0,
      max: 10,
    });
  });
});

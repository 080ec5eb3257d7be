import { describe, expect, it } from 'vitest';
import { floorToSpan, parseSpan } from './span';
import { spanFloor } from './span-floor';

const H = 3_600_000;
const DAY = 24 * H;

// A fixed-seed generator (mulberry32): a failure names times that can be run again.
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Summer-time changes of 2017 and 2018 (UTC); Kolkata has none and is checked around LA's.
const CHANGES: Record<string, string[]> = {
  'America/Los_Angeles': ['2017-03-12T10:00Z', '2017-11-05T09:00Z', '2018-03-11T10:00Z'],
  'Europe/London': ['2017-03-26T01:00Z', '2017-10-29T01:00Z', '2018-03-25T01:00Z'],
  'Asia/Kolkata': ['2017-03-12T10:00Z', '2017-11-05T09:00Z'],
  'Australia/Lord_Howe': ['2017-04-01T15:00Z', '2017-09-30T15:30Z', '2018-03-31T15:00Z'],
};

/**
 * Times at and beside each change, within two days of it (a third of them whole minutes), and over
 * 2016-2019.
 */
function sampleTimes(tz: string, seed: number): number[] {
  const random = generator(seed);
  const times: number[] = [];
  for (const change of CHANGES[tz].map(Date.parse)) {
    for (const d of [-60_000, -1, 0, 1, 60_000]) times.push(change + d);
    for (let i = 0; i < 300; i++) {
      const t = change + Math.floor((random() * 2 - 1) * 2 * DAY);
      times.push(i % 3 === 0 ? t - (t % 60_000) : t);
    }
  }
  const from = Date.UTC(2016, 0, 1);
  for (let i = 0; i < 600; i++) times.push(from + Math.floor(random() * 4 * 365 * DAY));
  return times;
}

describe('spanFloor', () => {
  const zones = Object.keys(CHANGES);
  const spans = ['1m', '30m', '1h', '1d', '1w'];
  const cases = zones.flatMap((tz) => spans.map((span) => [tz, span] as const));

  it.each(cases)('buckets as floorToSpan does in %s by %s, in any order', (tz, text) => {
    const span = parseSpan(text)!;
    const times = sampleTimes(tz, zones.indexOf(tz) * 10 + spans.indexOf(text));
    const sorted = [...times].sort((a, b) => b - a);
    for (const order of [times, sorted]) {
      const floor = spanFloor(span, tz);
      const got = order.map((t) => floor(t));
      const want = order.map((t) => floorToSpan(t, span, tz));
      expect(got).toEqual(want);
    }
  });

  it('buckets months and UTC as floorToSpan does', () => {
    const times = sampleTimes('America/Los_Angeles', 99);
    for (const [tz, text] of [
      ['America/Los_Angeles', '1mon'],
      ['America/Los_Angeles', '1q'],
      ['UTC', '1h'],
      ['UTC', '1d'],
    ] as const) {
      const span = parseSpan(text)!;
      const floor = spanFloor(span, tz);
      expect(times.map((t) => floor(t))).toEqual(times.map((t) => floorToSpan(t, span, tz)));
    }
  });

  it('buckets times scattered over centuries as floorToSpan does', () => {
    const random = generator(7);
    const times = Array.from({ length: 300 }, () =>
      Math.floor((random() * 2 - 1) * 2000 * 365 * DAY),
    );
    for (const text of ['1h', '1d']) {
      const span = parseSpan(text)!;
      const floor = spanFloor(span, 'America/Los_Angeles');
      const want = times.map((t) => floorToSpan(t, span, 'America/Los_Angeles'));
      expect(times.map((t) => floor(t))).toEqual(want);
    }
  });

  it('fails on a time that is not a number as floorToSpan does', () => {
    const span = parseSpan('1h')!;
    expect(() => floorToSpan(NaN, span, 'America/Los_Angeles')).toThrow(RangeError);
    expect(() => spanFloor(span, 'America/Los_Angeles')(NaN)).toThrow(RangeError);
  });
});

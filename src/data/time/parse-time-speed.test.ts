import { describe, expect, it } from 'vitest';
import { parseEventTime } from './parse-time';

/**
 * Cost per call of the hand parser against Date.parse on the shapes imports meet. Prints instead
 * of asserting (timings on shared machines are noise); run with FORMAT_BENCH=1:
 *   FORMAT_BENCH=1 npx vitest run src/data/time/parse-time-speed.test.ts
 */
const N = 1_000_000;

function values(shape: (ms: number) => string): string[] {
  const base = Date.UTC(2017, 7, 1);
  return Array.from({ length: 4096 }, (_, i) => shape(base + i * 997_003));
}

function nsPerOp(inputs: string[], parse: (s: string) => number | null): number {
  let sink = 0;
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (let i = 0; i < N; i++) sink += parse(inputs[i & 4095]) ?? 0;
    best = Math.min(best, ((performance.now() - t0) * 1e6) / N);
  }
  expect(sink).not.toBe(0);
  return best;
}

describe.skipIf(!process.env.FORMAT_BENCH)('parseEventTime speed', () => {
  const shapes: [string, (ms: number) => string][] = [
    ['ISO -07:00', (ms) => new Date(ms - 25_200_000).toISOString().replace('Z', '-07:00')],
    ['ISO Z', (ms) => new Date(ms).toISOString()],
    ['epoch.frac', (ms) => (ms / 1000).toFixed(3)],
  ];
  it.each(shapes)('%s', (label, shape) => {
    const inputs = values(shape);
    for (const s of inputs)
      expect(parseEventTime(s)).toBe(Date.parse(s.includes('-') ? s : '') || Number(s) * 1000);
    const hand = nsPerOp(inputs, parseEventTime);
    const native = label.startsWith('ISO') ? nsPerOp(inputs, Date.parse) : NaN;
    console.log(
      `${label}: parseEventTime ${hand.toFixed(0)} ns/op, Date.parse ${native.toFixed(0)} ns/op`,
    );
  });
});

import { expect } from 'vitest';

/**
 * CPU time of this process in ms where Node tells it (unit tests), else wall time: other work on
 * a busy machine then delays a run without counting in it.
 */
function now(): number {
  const node = (globalThis as { process?: { cpuUsage?(): { user: number; system: number } } })
    .process;
  if (node?.cpuUsage) {
    const { user, system } = node.cpuUsage();
    return (user + system) / 1000;
  }
  return performance.now();
}

/** Small runs are repeated until a sample takes this long, so that timer noise does not decide. */
const MIN_SAMPLE_MS = 25;

function time(run: () => unknown, repeats: number): number {
  const t0 = now();
  for (let i = 0; i < repeats; i++) run();
  return now() - t0;
}

/**
 * Fails when run() grows clearly faster than its input: the best of five timings on an input of
 * size 4n against the best on size n, runs interleaved and both warmed up first; a run on the
 * small input too quick to time is repeated (as often on the large one) until a sample is worth
 * measuring. Linear work takes about four times as long, quadratic sixteen; the bar sits at
 * eight. Only the ratio is asserted, never a time: speed bars are the benchmarks'.
 */
export function expectLinear<T>(make: (n: number) => T, run: (input: T) => unknown, n: number) {
  const small = make(n);
  const large = make(4 * n);
  run(small);
  run(large);
  let repeats = 1;
  while (time(() => run(small), repeats) < MIN_SAMPLE_MS && repeats < 1 << 16) repeats *= 2;
  let a = Infinity;
  let b = Infinity;
  for (let round = 0; round < 5; round++) {
    a = Math.min(
      a,
      time(() => run(small), repeats),
    );
    b = Math.min(
      b,
      time(() => run(large), repeats),
    );
  }
  expect(
    b / Math.max(a, 0.5),
    `n: ${a.toFixed(1)} ms, 4n: ${b.toFixed(1)} ms (${repeats} runs each)`,
  ).toBeLessThan(8);
}

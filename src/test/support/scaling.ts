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

function time(run: () => unknown): number {
  const t0 = now();
  run();
  return now() - t0;
}

/**
 * Fails when run() grows clearly faster than its input: the best of five timings on an input of
 * size 4n against the best on size n, runs interleaved and both warmed up first. Linear work
 * takes about four times as long, quadratic sixteen; the bar sits at eight. Only the ratio is
 * asserted, never a time. The small input should take some milliseconds at least, so that timer
 * resolution does not decide.
 */
export function expectLinear<T>(make: (n: number) => T, run: (input: T) => unknown, n: number) {
  const small = make(n);
  const large = make(4 * n);
  run(small);
  run(large);
  let a = Infinity;
  let b = Infinity;
  for (let round = 0; round < 5; round++) {
    a = Math.min(
      a,
      time(() => run(small)),
    );
    b = Math.min(
      b,
      time(() => run(large)),
    );
  }
  expect(b / Math.max(a, 0.5), `n: ${a.toFixed(1)} ms, 4n: ${b.toFixed(1)} ms`).toBeLessThan(8);
}

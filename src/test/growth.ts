/**
 * Catches work that grows with the square of its input: times `run` on an input of size n and
 * on one of 4n. Linear work takes about 4 times as long, quadratic about 16; tests assert well
 * under that (GROWTH_BAR) so that a loaded machine does not make them flaky. Not a speed bar:
 * those are the benchmarks'.
 */
export const GROWTH_BAR = 9;

/** Time of small runs is summed over repeats until it reaches this, so that it is not noise. */
const MIN_SAMPLE_MS = 25;

/**
 * Milliseconds of CPU this process has used: other processes on a busy machine (tests run beside
 * other builds) stretch wall time, not this.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeOf(run: () => unknown, repeats: number): number {
  const t0 = cpuMs();
  for (let i = 0; i < repeats; i++) run();
  return cpuMs() - t0;
}

/** The time of `run` on `make(4 * n)` over its time on `make(n)` (best of five each). */
export function growthOf4x<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
): number {
  const small = make(n);
  const large = make(4 * n);
  // Warm up, and find how many runs of the small input make a sample worth measuring.
  run(large);
  let repeats = 1;
  while (timeOf(() => run(small), repeats) < MIN_SAMPLE_MS && repeats < 1 << 16) repeats *= 2;
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < 5; i++) {
    a = Math.min(
      a,
      timeOf(() => run(small), repeats),
    );
    b = Math.min(
      b,
      timeOf(() => run(large), repeats),
    );
  }
  return b / a;
}

/**
 * Property runs in `npm test`: a fixed seed, so a failure is reproducible from its report, and a
 * modest number of runs, so the suite stays quick. `FUZZ_RUNS=100000 FUZZ_SEED=... npx vitest run
 * src/test/fuzz` explores further.
 */
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
export const FUZZ = {
  seed: Number(env?.FUZZ_SEED ?? 20261206),
  numRuns: Number(env?.FUZZ_RUNS ?? 200),
};

/** Characters that mean something to the formats and the parsers, and a few that do not. */
export const SIGNIFICANT = [
  ...'"\',;:=|[](){}<>!*+-/\\.\n\r\t #`_$%@^&?~0123456789aAzZ',
  'AND',
  'OR',
  'NOT',
  ' | ',
  '\u00e9',
  '\ufffd',
  '\ufeff',
  '\u0000',
  '😀',
];

// The cost of bucketing a million timestamps by span, per event (floorToSpan, as timechart and
// bin did) and with spanFloor (an offset reused per stretch between offset changes), in UTC and
// in zones with and without summer time:
//   npx tsx scripts/bench/span-floor.ts [--shuffled] [--runs N]
// The times cover Sep-Nov 2017 (Europe/London and America/Los_Angeles fall back in it), newest
// first as a search returns them; --shuffled puts them in random order. Each figure is the best
// of N runs, in ns per event.
import { floorToSpan, parseSpan, spanFloor, type TimeSpan } from '../../src/engine/time';
import { BLOCK_MS, zoneStretches } from '../../src/engine/time/transitions';

const args = process.argv.slice(2);
const SHUFFLED = args.includes('--shuffled');
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const N = 1_000_000;
const FROM = Date.UTC(2017, 8, 1);
const TO = Date.UTC(2017, 11, 1);
const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata'];
const SPANS = ['1m', '30m', '1h', '1d', '1w'];

// A fixed-seed generator (mulberry32), so every run buckets the same times.
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

const times = new Float64Array(N);
for (let i = 0; i < N; i++) times[i] = Math.floor(FROM + random() * (TO - FROM));
if (!SHUFFLED) times.sort().reverse();

/** `make` is called once per run, as each timechart or bin run makes its own floor. */
function timeIt(make: () => (ms: number) => number): { ns: number; sum: number } {
  let best = Infinity;
  let sum = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const floor = make();
    sum = 0;
    for (let i = 0; i < N; i++) sum += floor(times[i]);
    best = Math.min(best, performance.now() - t0);
  }
  return { ns: (best * 1e6) / N, sum };
}

console.log(`${N} times, ${SHUFFLED ? 'shuffled' : 'newest first'}, best of ${RUNS}, ns/event`);
// Finding a zone's offset changes costs a year of Intl reads, once per zone and year per worker.
for (const tz of ZONES) {
  const t0 = performance.now();
  zoneStretches(tz, Math.floor(Date.UTC(2016, 0, 1) / BLOCK_MS));
  console.log(`offset changes of a year in ${tz}: ${(performance.now() - t0).toFixed(1)} ms`);
}
console.log(['span', 'zone', 'per event', 'spanFloor', 'speed-up'].join('\t'));
for (const text of SPANS) {
  const span: TimeSpan = parseSpan(text)!;
  for (const tz of ZONES) {
    const before = timeIt(() => (ms) => floorToSpan(ms, span, tz));
    const after = timeIt(() => spanFloor(span, tz));
    if (before.sum !== after.sum) throw new Error(`${text} in ${tz}: the buckets differ`);
    const ratio = (before.ns / after.ns).toFixed(1);
    console.log([text, tz, before.ns.toFixed(0), after.ns.toFixed(0), `${ratio}x`].join('\t'));
  }
}

// The random source and what the events draw from it (numbers, picks, sizes, ports, addresses).
// Seeded PRNG (sfc32): fast, good enough statistically, and the same on every Node version, so a
// seed gives the same file everywhere as long as every event draws in the same order.

/** @param {number} seed */
export function makeRandom(seed) {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ (seed >>> 3);
  let c = 0xb7e15162 ^ (seed << 7);
  let d = seed | 0;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Early outputs of sfc32 correlate with the seed; discard them.
  for (let i = 0; i < 20; i++) next();
  return next;
}

// Where Frothly's machines talk to on the Internet.
const EXTERNAL_PREFIXES = [
  '52.114',
  '13.107',
  '172.217',
  '104.16',
  '23.96',
  '160.153',
  '45.77',
  '185.199',
  '151.101',
  '40.97',
  '204.79',
  '8.8',
];

/**
 * The draws an event makes, all from `rnd`.
 * @param {() => number} rnd
 */
export function makeDraws(rnd) {
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  /** @template T @param {readonly T[]} a @returns {T} */
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  // Heavy-tailed sizes: most flows are small, a few are large.
  const bytesLike = (scale) => Math.floor(scale * Math.exp(rnd() * 6)) + int(40, 120);
  const externalIp = () => `${pick(EXTERNAL_PREFIXES)}.${int(0, 255)}.${int(1, 254)}`;
  const ephemeralPort = () => int(49152, 65535);
  const hex = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(0, 15)];
    return s;
  };
  return { rnd, int, pick, bytesLike, externalIp, ephemeralPort, hex };
}

/** @typedef {ReturnType<typeof makeDraws>} Draws */

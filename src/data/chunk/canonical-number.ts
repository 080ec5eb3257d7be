/**
 * The number `s` spells when storing that number loses nothing (String(Number(s)) === s, finite),
 * else undefined. "007", "1e3", "-0", "1.50", "" and "NaN" are not canonical: they stay strings.
 * Plain integers, most of what logs hold (ports, byte counts, ids), skip Number()/String(): up
 * to 16 digits, below 2^53 (a 16-digit flow id), every step of the sum is exact in a double, and
 * String() spells the result digit for digit.
 */
export function canonicalNumber(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 24) return undefined;
  const i = s.charCodeAt(0) === 45 ? 1 : 0;
  if (i >= n) return undefined;
  const first = s.charCodeAt(i);
  if (first < 48 || first > 57) return undefined;
  if (n - i <= 16) {
    let v = 0;
    for (let k = i; k < n; k++) {
      const d = s.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return slowPath(s);
      v = v * 10 + d;
    }
    if (v > Number.MAX_SAFE_INTEGER) return slowPath(s);
    // Leading zeros and "-0" do not survive String(Number(s)).
    if ((first === 48 && n - i > 1) || (i === 1 && v === 0)) return undefined;
    return i === 1 ? -v : v;
  }
  return slowPath(s);
}

function slowPath(s: string): number | undefined {
  const v = Number(s);
  return Number.isFinite(v) && String(v) === s ? v : undefined;
}

/**
 * {@link canonicalNumber} of the UTF-8 bytes src[start, end), without a string for plain integers
 * and for values with a byte no number's String() holds (an IP address, a date, a word): only the
 * rest (decimals, exponents) are spelled out for Number().
 */
export function canonicalNumberBytes(
  src: Uint8Array,
  start: number,
  end: number,
): number | undefined {
  const n = end - start;
  // More than 24 bytes: more than 24 characters, or some non-ASCII one; neither is canonical.
  if (n === 0 || n > 24) return undefined;
  const i = src[start] === 45 ? start + 1 : start;
  if (i >= end) return undefined;
  const first = src[i];
  if (first < 48 || first > 57) return undefined;
  if (end - i <= 16) {
    let v = 0;
    for (let k = i; k < end; k++) {
      const d = src[k] - 48;
      if (d < 0 || d > 9) return slowBytes(src, start, end);
      v = v * 10 + d;
    }
    if (v > Number.MAX_SAFE_INTEGER) return slowBytes(src, start, end);
    if ((first === 48 && end - i > 1) || (i > start && v === 0)) return undefined;
    return i > start ? -v : v;
  }
  return slowBytes(src, start, end);
}

/** The slow path over bytes: String() of a finite number spells only digits, `.`, `e`, `+`, `-`. */
function slowBytes(src: Uint8Array, start: number, end: number): number | undefined {
  let s = '';
  for (let k = start; k < end; k++) {
    const x = src[k];
    if ((x < 48 || x > 57) && x !== 46 && x !== 101 && x !== 43 && x !== 45) return undefined;
    s += String.fromCharCode(x);
  }
  return slowPath(s);
}

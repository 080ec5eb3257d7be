import { withDocs } from './docs';
import type { Scalar } from '../../values';
import { toNumber, toText } from '../coerce';
import type { EvalFunction } from '../function-types';
import { finite, flatValues, fn, num, numeric1 } from './args';

/**
 * Rounds half away from zero for positives and toward +infinity for negatives (-4.5 -> -4), which
 * is what Splunk does; digits are applied in decimal (round(2.675, 2) is 2.68), not in binary.
 */
export function roundTo(x: number, digits: number): number {
  if (digits === 0) return Math.round(x);
  const [m, e] = x.toExponential().split('e');
  const shifted = Math.round(Number(`${m}e${Number(e) + digits}`));
  const [m2, e2] = shifted.toExponential().split('e');
  return Number(`${m2}e${Number(e2) - digits}`);
}

// Splunk orders numbers before strings, numbers by value and strings lexicographically.
function compare(a: Scalar, b: Scalar): number {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x !== null && y !== null) return x - y;
  if (x !== null) return -1;
  if (y !== null) return 1;
  const s = toText(a)!;
  const t = toText(b)!;
  return s < t ? -1 : s > t ? 1 : 0;
}

function extreme(sign: 1 | -1): (args: Parameters<typeof flatValues>[0]) => Scalar | null {
  return (args) => {
    let best: Scalar | null = null;
    for (const v of flatValues(args)) if (best === null || sign * compare(v, best) > 0) best = v;
    // A numeric field keeps its number type.
    return best === null ? null : (toNumber(best) ?? best);
  };
}

const FUNCTIONS: readonly EvalFunction[] = [
  fn('round', 1, 2, ([v, d]) => {
    const x = num(v);
    if (x === null) return null;
    const digits = d === undefined ? 0 : num(d);
    return digits === null ? null : finite(roundTo(x, Math.trunc(digits)));
  }),
  numeric1('floor', Math.floor),
  numeric1('ceil', Math.ceil),
  numeric1('ceiling', Math.ceil),
  numeric1('abs', Math.abs),
  numeric1('sqrt', Math.sqrt),
  numeric1('ln', Math.log),
  numeric1('exp', Math.exp),
  fn('pow', 2, 2, ([a, b]) => {
    const x = num(a);
    const y = num(b);
    return x === null || y === null ? null : finite(x ** y);
  }),
  fn('log', 1, 2, ([v, b]) => {
    const x = num(v);
    const base = b === undefined ? 10 : num(b);
    if (x === null || base === null) return null;
    return finite(base === 10 ? Math.log10(x) : Math.log(x) / Math.log(base));
  }),
  fn('min', 1, Infinity, extreme(-1)),
  fn('max', 1, Infinity, extreme(1)),
  fn('random', 0, 0, (_args, ctx) => ctx.random()),
  fn('pi', 0, 0, () => Math.PI),
];

/** What help and completion say about each function (see withDocs). */
export const MATH_FUNCTIONS = withDocs(FUNCTIONS, {
  round: {
    syntax: 'round(<number>[, <digits>])',
    description: 'Rounds to the given decimals (0).',
  },
  floor: { syntax: 'floor(<number>)', description: 'The largest whole number not above it.' },
  ceil: { syntax: 'ceil(<number>)', description: 'The smallest whole number not below it.' },
  ceiling: {
    syntax: 'ceiling(<number>)',
    description: 'The smallest whole number not below it (ceil).',
  },
  abs: { syntax: 'abs(<number>)', description: 'The absolute value.' },
  sqrt: { syntax: 'sqrt(<number>)', description: 'The square root.' },
  ln: { syntax: 'ln(<number>)', description: 'The natural logarithm.' },
  exp: { syntax: 'exp(<number>)', description: 'e to the power of the number.' },
  pow: { syntax: 'pow(<base>, <exponent>)', description: 'The base to the power of the exponent.' },
  log: { syntax: 'log(<number>[, <base>])', description: 'The logarithm, base 10 unless given.' },
  min: {
    syntax: 'min(<value>, ...)',
    description: 'The smallest of the values (numbers before text).',
  },
  max: {
    syntax: 'max(<value>, ...)',
    description: 'The largest of the values (text after numbers).',
  },
  random: { syntax: 'random()', description: 'A random whole number from 0 to 2^31-1.' },
  pi: { syntax: 'pi()', description: 'The constant pi.' },
});

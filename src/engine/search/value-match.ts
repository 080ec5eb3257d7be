import { toNumber, toText, valuesOf } from '../eval/coerce';
import type { CompareOp } from '../ast';
import type { Scalar, Value } from '../values';
import { wildcardMatcher } from './wildcard';

/** Whether one field value satisfies `field op value`, with Splunk's search rules. */
export type ScalarTest = (v: Scalar) => boolean;

/**
 * The test a search comparison applies to each value of the field. Values compare
 * case-insensitively; numerically when both sides are numbers; `*` is a wildcard for `=`. An
 * ordering against a number holds only for numeric values; against text, it compares text.
 */
export function scalarTest(op: CompareOp, value: string): ScalarTest {
  if (op === '=' || op === '!=') return equalityTest(value);
  const n = toNumber(value);
  const lower = value.toLowerCase();
  const holds = (c: number): boolean =>
    op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
  return (v) => {
    // A number only orders against numbers: `bytes>50` does not match "n/a".
    if (n !== null) {
      const vn = toNumber(v);
      return vn !== null && holds(vn - n);
    }
    const text = (toText(v) ?? '').toLowerCase();
    return holds(text < lower ? -1 : text > lower ? 1 : 0);
  };
}

function equalityTest(value: string): ScalarTest {
  if (value === '*') return () => true;
  if (value.includes('*')) {
    const matches = wildcardMatcher(value);
    return (v) => matches(toText(v) ?? '');
  }
  const n = toNumber(value);
  const lower = value.toLowerCase();
  // Only U+0130 changes length when lower-cased, into a non-ASCII pair: a text that lower-cases
  // to an ASCII value has that value's length, so other lengths need no lower-casing.
  const ascii = /^\p{ASCII}*$/u.test(lower);
  return (v) => {
    if (n !== null) {
      const vn = toNumber(v);
      if (vn !== null) return vn === n;
    }
    const text = toText(v) ?? '';
    if (ascii && text.length !== lower.length) return false;
    return text.toLowerCase() === lower;
  };
}

/**
 * `field=value` holds when any value of the field passes; `field!=value` when the field has
 * values and none of them equals (so events without the field never match `!=`, while
 * `NOT field=value` keeps them).
 */
export function fieldMatches(v: Value, op: CompareOp, test: ScalarTest): boolean {
  const values = valuesOf(v);
  if (op === '!=') return values.length > 0 && !values.some(test);
  return values.some(test);
}

import type { EvalValue, Scalar } from '../values';

// Splunk reads a field as a number when its whole text is a decimal number (leading and trailing
// spaces allowed); "0x1F", "1e3" and "Infinity" are not taken here unless listed below.
const NUMERIC = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** The number a value stands for, or null (no value, a non-numeric string, a list, a boolean). */
export function toNumber(v: EvalValue): number | null {
  if (typeof v === 'number') return Number.isNaN(v) ? null : v;
  if (typeof v === 'string') return NUMERIC.test(v) ? Number(v) : null;
  return null;
}

/** Whether a value reads as a number (a number, or a string whose whole text is one). */
export function isNumeric(v: EvalValue): boolean {
  return toNumber(v) !== null;
}

/** A number as Splunk shows it: integers without a point, others in shortest round-trip form. */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

/** The text of a scalar; null for no value. Lists give their first value, booleans their word. */
export function toText(v: EvalValue): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return v.length > 0 ? toText(v[0]) : null;
}

/** The values of a field as a list: [] for none, [x] for a scalar, the list itself otherwise. */
export function valuesOf(v: EvalValue): Scalar[] {
  if (v === null || typeof v === 'boolean') return [];
  return Array.isArray(v) ? v : [v];
}

/** A list back to a field value: none, one scalar, or a multivalue list. */
export function fromValues(values: Scalar[]): Scalar | Scalar[] | null {
  if (values.length === 0) return null;
  return values.length === 1 ? values[0] : values;
}

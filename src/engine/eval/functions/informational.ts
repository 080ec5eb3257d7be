import { toNumber } from '../coerce';
import type { EvalFunction } from '../function-types';
import { fn } from './args';

// Event fields arrive as text, so a field whose text is a number counts as a number here, as it
// does in Splunk (which types extracted values when it reads them).
function kind(v: Parameters<typeof toNumber>[0]): 'Number' | 'String' | 'Boolean' | 'Invalid' {
  if (typeof v === 'boolean') return 'Boolean';
  const first = Array.isArray(v) ? (v[0] ?? null) : v;
  if (first === null) return 'Invalid';
  return toNumber(first) !== null ? 'Number' : 'String';
}

export const INFORMATIONAL_FUNCTIONS: readonly EvalFunction[] = [
  fn('isnull', 1, 1, ([v]) => v === null),
  fn('isnotnull', 1, 1, ([v]) => v !== null),
  fn('isnum', 1, 1, ([v]) => kind(v) === 'Number'),
  fn('isstr', 1, 1, ([v]) => kind(v) === 'String'),
  fn('isbool', 1, 1, ([v]) => typeof v === 'boolean'),
  fn('isint', 1, 1, ([v]) => {
    if (kind(v) !== 'Number') return false;
    return Number.isInteger(toNumber(Array.isArray(v) ? v[0] : v));
  }),
  fn('typeof', 1, 1, ([v]) => kind(v)),
];

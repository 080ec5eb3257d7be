import { withDocs } from './docs';
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

const FUNCTIONS: readonly EvalFunction[] = [
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

/** What help and completion say about each function (see withDocs). */
export const INFORMATIONAL_FUNCTIONS = withDocs(FUNCTIONS, {
  isnull: {
    syntax: 'isnull(<value>)',
    description: 'Whether the value is null (or the field missing).',
  },
  isnotnull: { syntax: 'isnotnull(<value>)', description: 'Whether the value is not null.' },
  isnum: {
    syntax: 'isnum(<value>)',
    description: 'Whether the value is a number.',
    differences: 'A text that is a whole number counts as one ("5").',
  },
  isstr: {
    syntax: 'isstr(<value>)',
    description: 'Whether the value is text (not a number).',
    differences: 'A text that is a whole number counts as a number.',
  },
  isbool: { syntax: 'isbool(<value>)', description: 'Whether the value is a boolean.' },
  isint: { syntax: 'isint(<value>)', description: 'Whether the value is a whole number.' },
  typeof: {
    syntax: 'typeof(<value>)',
    description: 'The type: Number, String, Boolean or Invalid.',
  },
});

import { withDocs } from './docs';
import { parseTimeModifier, strftime, strptime, TimeModifierError } from '../../time';
import { toNumber, toText } from '../coerce';
import { EvalFunctionError, type EvalFunction } from '../function-types';
import { fn, mapText, requireText } from './args';

const FUNCTIONS: readonly EvalFunction[] = [
  // The search's start time, fixed for the whole search.
  fn('now', 0, 0, (_args, ctx) => ctx.now / 1000),
  // The wall-clock time when called; it differs from now() over a long search, as in Splunk.
  fn('time', 0, 0, () => Date.now() / 1000),
  fn('strftime', 2, 2, ([t, f], ctx) => {
    const format = requireText('strftime', f, 'format');
    const n = toNumber(t);
    return n === null ? null : strftime(n, format, ctx.tz);
  }),
  fn('strptime', 2, 2, ([s, f], ctx) => {
    const format = requireText('strptime', f, 'format');
    return mapText(s, (text) => strptime(text, format, ctx.tz));
  }),
  fn('relative_time', 2, 2, ([t, m], ctx) => {
    const n = toNumber(t);
    const modifier = toText(m);
    if (n === null || modifier === null) return null;
    try {
      return parseTimeModifier(modifier, n * 1000, ctx.tz) / 1000;
    } catch (e) {
      if (e instanceof TimeModifierError) throw new EvalFunctionError('relative_time', e.message);
      throw e;
    }
  }),
];

/** What help and completion say about each function (see withDocs). */
export const TIME_FUNCTIONS = withDocs(FUNCTIONS, {
  now: { syntax: 'now()', description: 'The time the search started, in epoch seconds.' },
  time: { syntax: 'time()', description: 'The wall clock time when called, in epoch seconds.' },
  strftime: {
    syntax: 'strftime(<time>, <format>)',
    description: 'Formats an epoch time as text in your time zone.',
  },
  strptime: {
    syntax: 'strptime(<text>, <format>)',
    description: 'Reads a time written in a format, in your time zone.',
  },
  relative_time: {
    syntax: 'relative_time(<time>, <modifier>)',
    description: 'Applies a time modifier such as -1d@d to a time.',
  },
});

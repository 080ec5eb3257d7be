import { parseTimeModifier, strftime, strptime, TimeModifierError } from '../../time';
import { toNumber, toText } from '../coerce';
import { EvalFunctionError, type EvalFunction } from '../function-types';
import { fn, mapText, requireText } from './args';

export const TIME_FUNCTIONS: readonly EvalFunction[] = [
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

import { SplError } from '../errors';
import { parseTimeModifier, TimeModifierError } from '../time';

/**
 * Reads the value of `earliest=`/`latest=` in a search as epoch ms (absolute times in the user's
 * zone, relative ones from the search's `now`), pointing errors at the term.
 */
export function resolveTimeModifier(
  text: string,
  position: number,
  now: number,
  tz: string,
): number {
  try {
    return parseTimeModifier(text, now, tz);
  } catch (e) {
    if (e instanceof TimeModifierError) throw new SplError(e.message, position);
    throw e;
  }
}

import { parseCountWord, type ArgReader, type Word } from '../parse/arg-reader';

/** Options every subsearch command accepts; only maxout changes anything here. */
const SUBSEARCH_OPTIONS = ['maxtime', 'maxout', 'timeout', 'extendtimerange'];

/**
 * Reads `name=value` options of append/appendcols, in any order before the subsearch. Returns
 * them by name; maxout is checked to be a whole number. maxtime/timeout/extendtimerange are
 * accepted (a search here has no time budget and one time range) and ignored.
 */
export function readSubsearchOptions(
  r: ArgReader,
  own: readonly string[],
): { maxout: number; options: Map<string, Word> } {
  const options = r.readOptions([...own, ...SUBSEARCH_OPTIONS]);
  const maxout = options.get('maxout');
  return { maxout: maxout ? parseCountWord(maxout) : 50_000, options };
}

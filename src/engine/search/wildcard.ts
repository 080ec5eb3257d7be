/**
 * `*` patterns matched without backtracking. As a regular expression (`^.*a.*a.*a.*b$`) a pattern
 * with several stars took time growing with the text's length to the power of their number
 * (`_raw="*a*a*a*a*a*a*b"` over a long event never finished). Here the literal pieces between
 * stars are looked for left to right, each at the first place after the one before: for a
 * pattern of literals and `*` only, the first fit of each piece is a match whenever one exists,
 * so one pass decides, in time linear in the text (times the pattern's length).
 */

export interface WildcardOptions {
  /** Compare lower-cased (search values); field names are case-sensitive. Default true. */
  caseless?: boolean;
  /** The whole text must match (a field value); false: somewhere in it (a phrase in _raw). */
  anchored?: boolean;
}

/** A test of texts against `pattern`, where `*` stands for any run of characters, even none. */
export function wildcardMatcher(
  pattern: string,
  { caseless = true, anchored = true }: WildcardOptions = {},
): (text: string) => boolean {
  const pieces = (caseless ? pattern.toLowerCase() : pattern).split('*');
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const middle = pieces.slice(1, -1).filter((p) => p !== '');
  if (pieces.length === 1) {
    return anchored
      ? (text) => (caseless ? text.toLowerCase() : text) === first
      : (text) => (caseless ? text.toLowerCase() : text).includes(first);
  }
  return (text) => {
    const t = caseless ? text.toLowerCase() : text;
    let from: number;
    let to: number;
    if (anchored) {
      if (t.length < first.length + last.length) return false;
      if (!t.startsWith(first) || !t.endsWith(last)) return false;
      from = first.length;
      to = t.length - last.length;
    } else {
      const at = first === '' ? 0 : t.indexOf(first);
      if (at < 0) return false;
      from = at + first.length;
      to = t.length;
    }
    for (const piece of middle) {
      const at = t.indexOf(piece, from);
      if (at < 0 || at + piece.length > to) return false;
      from = at + piece.length;
    }
    if (anchored) return true;
    // Unanchored, the last piece only has to come after the others.
    return last === '' || t.indexOf(last, from) >= 0;
  };
}

/**
 * What each `*` of `pattern` matched in `text` (case-sensitive, whole text), or null: the field
 * name patterns of rename, convert and foreach, whose stars carry over into a new name. Greedy
 * gives what `^a(.*)b(.*)$` would (each star as long as the rest allows), lazy what `(.*?)`
 * would. The pieces between stars are placed at their last (greedy) or first (lazy) possible
 * places, found with lastIndexOf/indexOf, so time stays linear where the regular expression
 * backtracked over a long name.
 */
export function wildcardCaptures(
  pattern: string,
  { greedy }: { greedy: boolean },
): (text: string) => string[] | null {
  const pieces = pattern.split('*');
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const middle = pieces.slice(1, -1);
  return (text) => {
    if (pieces.length === 1) return text === pattern ? [] : null;
    if (text.length < first.length + last.length) return null;
    if (!text.startsWith(first) || !text.endsWith(last)) return null;
    const from = first.length;
    const to = text.length - last.length;
    const at = new Array<number>(middle.length);
    if (greedy) {
      let limit = to;
      for (let i = middle.length - 1; i >= 0; i--) {
        const p = middle[i];
        const found = limit - p.length < from ? -1 : text.lastIndexOf(p, limit - p.length);
        if (found < from) return null;
        at[i] = found;
        limit = found;
      }
    } else {
      let start = from;
      for (let i = 0; i < middle.length; i++) {
        const p = middle[i];
        const found = text.indexOf(p, start);
        if (found < 0 || found + p.length > to) return null;
        at[i] = found;
        start = found + p.length;
      }
    }
    const captures: string[] = [];
    let start = from;
    for (let i = 0; i < middle.length; i++) {
      captures.push(text.slice(start, at[i]));
      start = at[i] + middle[i].length;
    }
    captures.push(text.slice(start, to));
    return captures;
  };
}

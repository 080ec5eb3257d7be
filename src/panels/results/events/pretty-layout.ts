/**
 * Nesting deeper than this is shown at this indent: indenting every level would make the output
 * grow with the square of the input (75 KB of nested tags became hundreds of millions of spaces).
 */
export const MAX_INDENT = 16;

/**
 * Characters a layout may write: nesting one character deep per line (`[[[[`) still gives a line
 * and an indent per input character, so the output is bounded on its own as well.
 */
export const OUTPUT_LIMIT = 64 * 1024;

const INDENTS = Array.from({ length: MAX_INDENT + 1 }, (_, i) => '  '.repeat(i));

/** The indent of a line at `depth`, capped at MAX_INDENT levels. */
export function indent(depth: number): string {
  return INDENTS[Math.min(Math.max(depth, 0), MAX_INDENT)];
}

/** What a layout made of the first part of a text, and the rest of it as written. */
export interface Laid {
  text: string;
  rest: string;
}

import { SplError } from '../errors';
import type { EvalExpr } from '../ast';

/**
 * How deep a query may nest: parentheses, NOT, signs, function calls and subsearches inside one
 * another. The parsers recurse at each level, as do the compiler and evaluator over what they
 * build; a query of 20,000 nested parentheses ran out of stack, which a search reports as a crash
 * instead of an error at the place in the query. Real queries nest a handful of levels.
 */
export const MAX_NESTING = 100;

/**
 * How deep an eval expression's tree may be. Operators chain without recursion in the parser
 * (`a+b+c+...` is a loop), but the tree they build is as deep as the chain is long, and the
 * evaluator recurses over it.
 */
export const MAX_EXPRESSION_DEPTH = 500;

// Parsing is synchronous: one counter serves every parser, nested subsearches included.
let depth = 0;

/** Runs `parse` one level deeper than its caller, or fails at `at` when that is too deep. */
export function nested<T>(at: { start: number; end: number }, parse: () => T): T {
  if (depth >= MAX_NESTING) {
    throw new SplError(
      `The search nests too deeply here: more than ${MAX_NESTING} levels of parentheses, ` +
        'NOT, functions or subsearches',
      at.start,
      { end: at.end },
    );
  }
  depth++;
  try {
    return parse();
  } finally {
    depth--;
  }
}

const depths = new WeakMap<EvalExpr, number>();

/** The depth of an eval expression's tree (1 for a leaf), as its parser built it. */
function depthOf(e: EvalExpr): number {
  return depths.get(e) ?? 1;
}

/**
 * Records the depth of a node the eval parser just built from its children, or fails at `at`
 * (its operator) when the tree grows too deep.
 */
export function built<E extends EvalExpr>(
  e: E,
  children: readonly EvalExpr[],
  at: { start: number; end: number },
): E {
  let d = 0;
  for (const c of children) d = Math.max(d, depthOf(c));
  if (d + 1 > MAX_EXPRESSION_DEPTH) {
    throw new SplError(
      `The expression is too deep here: more than ${MAX_EXPRESSION_DEPTH} operators or ` +
        'functions inside one another',
      at.start,
      { end: at.end },
    );
  }
  depths.set(e, d + 1);
  return e;
}

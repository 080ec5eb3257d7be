import type { EvalFunction } from '../function-types';

/**
 * Every eval function by its lower-case name. Each family of functions lives in its own file in
 * this folder and exports an array; list the arrays here.
 */
const FAMILIES: readonly (readonly EvalFunction[])[] = [];

export const EVAL_FUNCTIONS: ReadonlyMap<string, EvalFunction> = new Map(
  FAMILIES.flat().map((f) => [f.name, f]),
);

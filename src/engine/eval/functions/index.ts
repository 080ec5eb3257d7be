import { COMPARISON_FUNCTIONS } from './comparison';
import { CONDITIONAL_FUNCTIONS } from './conditional';
import { CONVERSION_FUNCTIONS } from './conversion';
import { CRYPTO_FUNCTIONS } from './crypto';
import type { DescribedFunction } from './docs';
import { INFORMATIONAL_FUNCTIONS } from './informational';
import { MATH_FUNCTIONS } from './math';
import { MULTIVALUE_FUNCTIONS } from './multivalue';
import { NETWORK_FUNCTIONS } from './network';
import { TEXT_FUNCTIONS } from './text';
import { TIME_FUNCTIONS } from './time';

/**
 * Every eval function by its lower-case name. Each family of functions lives in its own file in
 * this folder and exports an array; list the arrays here.
 */
const FAMILIES: readonly (readonly DescribedFunction[])[] = [
  CONDITIONAL_FUNCTIONS,
  INFORMATIONAL_FUNCTIONS,
  COMPARISON_FUNCTIONS,
  TEXT_FUNCTIONS,
  MATH_FUNCTIONS,
  MULTIVALUE_FUNCTIONS,
  CONVERSION_FUNCTIONS,
  TIME_FUNCTIONS,
  CRYPTO_FUNCTIONS,
  NETWORK_FUNCTIONS,
];

export const EVAL_FUNCTIONS: ReadonlyMap<string, DescribedFunction> = new Map(
  FAMILIES.flat().map((f) => [f.name, f]),
);

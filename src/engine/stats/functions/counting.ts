import { toText } from '../../eval/coerce';
import type { Scalar } from '../../values';
import { defineStats } from './types';

interface Count {
  n: number;
}

interface Distinct {
  seen: Set<string>;
}

/** Distinct values compare as text, so the string "1" and the number 1 are one value. */
export function valueKey(v: Scalar): string {
  return typeof v === 'string' ? v : (toText(v) ?? '');
}

export const COUNTING_FUNCTIONS = [
  defineStats<Count>({
    name: 'count',
    meta: {
      syntax: 'count[(<field>)]',
      description: 'How many results (or results with the field).',
    },
    zeroWhenEmpty: true,
    init: () => ({ n: 0 }),
    add: (s) => {
      s.n++;
    },
    result: (s) => s.n,
  }),
  defineStats<Distinct>({
    name: 'dc',
    meta: {
      syntax: 'dc(<field>)',
      description: 'How many distinct values the field has.',
      differences: 'Exact; estdc is the same here.',
    },
    zeroWhenEmpty: true,
    init: () => ({ seen: new Set() }),
    add: (s, v) => {
      s.seen.add(valueKey(v));
    },
    result: (s) => s.seen.size,
  }),
];

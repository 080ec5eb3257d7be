import { describe, expect, it } from 'vitest';
import { call } from '../../../test/support/eval-call';

describe('math functions', () => {
  it.each([
    ['round', [3.5], 4],
    ['round', [2.555, 2], 2.56],
    ['round', [2.675, 2], 2.68],
    ['round', [-4.5], -4],
    ['round', [-4.51], -5],
    ['round', [1234, -2], 1200],
    ['round', ['1.26', 1], 1.3],
    ['round', ['abc'], null],
    ['floor', [1.9], 1],
    ['floor', [-1.1], -2],
    ['ceil', [1.1], 2],
    ['ceiling', [-1.9], -1],
    ['abs', ['-7'], 7],
    ['pow', [2, 10], 1024],
    ['sqrt', [9], 3],
    ['sqrt', [-1], null],
    ['log', [100], 2],
    ['log', [8, 2], 3],
    ['log', [0], null],
    ['ln', [Math.E], 1],
    ['exp', [0], 1],
    ['pi', [], Math.PI],
    ['random', [], 42],
    // Numbers compare numerically (10 > 9), strings lexicographically, strings above numbers.
    ['max', [1, '10', 9], 10],
    ['max', [1, 3, 6, 7, 'foo', 'zaz'], 'zaz'],
    ['max', [1, 3, 'baz'], 'baz'],
    ['min', [1, 3, 'foo'], 1],
    ['min', ['b', 'a'], 'a'],
    ['min', [['5', '2', '10'], null], 2],
    ['max', [null], null],
  ])('%s(%j) is %j', (name, args, want) => {
    const got = call(name, args);
    if (typeof want === 'number') expect(got).toBeCloseTo(want, 12);
    else expect(got).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import { EvalFunctionError } from '../function-types';
import { call, lazy } from '../../../test/support/eval-call';

const abcd = ['a', 'b', 'c', 'd'];

describe('multivalue functions', () => {
  it.each([
    ['mvcount', [abcd], 4],
    ['mvcount', ['x'], 1],
    ['mvcount', [null], null],
    ['mvindex', [abcd, 0], 'a'],
    ['mvindex', [abcd, -1], 'd'],
    ['mvindex', [abcd, 1, 2], ['b', 'c']],
    ['mvindex', [abcd, -3, -2], ['b', 'c']],
    ['mvindex', [abcd, 2, 2], 'c'],
    ['mvindex', [abcd, 2, 99], ['c', 'd']],
    ['mvindex', [abcd, 4], null],
    ['mvindex', [abcd, 3, 1], null],
    ['mvindex', ['x', 0], 'x'],
    ['mvjoin', [abcd, ';'], 'a;b;c;d'],
    ['mvjoin', [['1', 2], ', '], '1, 2'],
    ['mvappend', ['x', null, ['y', 'z'], 1], ['x', 'y', 'z', 1]],
    ['mvappend', [null, 'x'], 'x'],
    ['mvappend', [null], null],
    ['mvdedup', [['b', 'a', 'b', 'c', 'a']], ['b', 'a', 'c']],
    ['mvsort', [['10', '9', 'b', 'A', '1']], ['1', '10', '9', 'A', 'b']],
    ['mvfind', [['alpha', 'err42', 'err7'], 'err\\d+'], 1],
    ['mvfind', [['alpha'], '\\d'], null],
    [
      'mvzip',
      [
        ['a', 'b', 'c'],
        ['1', '2'],
      ],
      ['a,1', 'b,2'],
    ],
    ['mvzip', [['a'], ['1'], '='], 'a=1'],
  ])('%s(%j) is %j', (name, args, want) => {
    expect(call(name, args)).toEqual(want);
  });
});

describe('mvfilter', () => {
  const row = { email: ['a@x.net', 'b@y.com', 'c@z.net'] };

  it('keeps the values for which the expression is true, binding the field to each', () => {
    const expr = lazy((b) => String(b.email).endsWith('.net'), ['email'], row);
    expect(call('mvfilter', [expr])).toEqual(['a@x.net', 'c@z.net']);
  });

  it('gives a single value, or null when none is kept', () => {
    expect(call('mvfilter', [lazy((b) => b.email === 'b@y.com', ['email'], row)])).toBe('b@y.com');
    expect(call('mvfilter', [lazy(() => false, ['email'], row)])).toBeNull();
    expect(call('mvfilter', [lazy(() => true, ['missing'], row)])).toBeNull();
  });

  it('counts a field read twice once', () => {
    expect(call('mvfilter', [lazy(() => true, ['email', 'email'], row)])).toEqual(row.email);
  });

  it('refuses expressions reading no field or two fields', () => {
    expect(() => call('mvfilter', [lazy(() => true, [], row)])).toThrow(EvalFunctionError);
    expect(() => call('mvfilter', [lazy(() => true, ['a', 'b'], row)])).toThrow(
      /exactly one field/,
    );
  });
});

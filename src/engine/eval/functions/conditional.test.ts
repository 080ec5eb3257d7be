import { describe, expect, it } from 'vitest';
import { EvalFunctionError } from '../function-types';
import { call, lazy } from '../../../test/support/eval-call';

const boom = lazy(() => {
  throw new Error('evaluated');
});

describe('if / case / coalesce', () => {
  it('if picks a branch and evaluates only that one', () => {
    expect(call('if', [true, 'yes', boom])).toBe('yes');
    expect(call('if', [false, boom, 'no'])).toBe('no');
    expect(call('if', [null, 'yes', 'no'])).toBe('no');
  });

  it('if rejects a non-boolean condition', () => {
    expect(() => call('if', ['abc', 1, 2])).toThrow(EvalFunctionError);
  });

  it('case returns the value of the first true condition, else null', () => {
    expect(call('case', [false, 1, true, 2, true, boom])).toBe(2);
    expect(call('case', [false, 1, false, 2])).toBeNull();
    expect(() => call('case', [true, 1, false])).toThrow(EvalFunctionError);
  });

  it('coalesce returns the first non-null argument', () => {
    expect(call('coalesce', [null, null, 'x', boom])).toBe('x');
    expect(call('coalesce', [null, ''])).toBe('');
    expect(call('coalesce', [null, null])).toBeNull();
  });

  it('validate returns the message of the first false condition', () => {
    expect(call('validate', [true, 'a', false, 'b', false, 'c'])).toBe('b');
    expect(call('validate', [true, 'a'])).toBeNull();
  });

  it.each([
    [1, '1', null],
    ['1.0', 1, null],
    ['a', 'b', 'a'],
    ['a', null, 'a'],
    [null, 'a', null],
  ])('nullif(%j, %j) is %j', (a, b, want) => {
    expect(call('nullif', [a, b])).toBe(want);
  });

  it('null() is null', () => {
    expect(call('null', [])).toBeNull();
  });
});

describe('informational', () => {
  it.each([
    [5, 'Number', true, false, true],
    ['5', 'Number', true, false, true],
    ['5.5', 'Number', true, false, false],
    ['abc', 'String', false, true, false],
    ['', 'String', false, true, false],
    [true, 'Boolean', false, false, false],
    [null, 'Invalid', false, false, false],
    [['7', 'x'], 'Number', true, false, true],
  ])('%j: typeof %s, isnum %s, isstr %s, isint %s', (v, type, isnum, isstr, isint) => {
    expect(call('typeof', [v])).toBe(type);
    expect(call('isnum', [v])).toBe(isnum);
    expect(call('isstr', [v])).toBe(isstr);
    expect(call('isint', [v])).toBe(isint);
    expect(call('isnull', [v])).toBe(v === null);
    expect(call('isnotnull', [v])).toBe(v !== null);
  });
});

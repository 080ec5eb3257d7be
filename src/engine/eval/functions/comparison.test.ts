import { describe, expect, it } from 'vitest';
import { EvalFunctionError } from '../function-types';
import { translatePcre } from './regex';
import { call } from '../../../test/support/eval-call';

describe('match', () => {
  it.each([
    ['10.0.0.1', '^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$', true],
    ['abc', 'b', true],
    ['abc', '^b', false],
    ['ABC', '(?i)abc', true],
    ['ABC', 'abc', false],
    ['user=bob', '(?<k>\\w+)=(?P<v>\\w+)', true],
    ['aa', '(?P<x>a)(?P=x)', true],
    ['ab', '(?P<x>a)(?P=x)', false],
    ['a.b', '\\Qa.b\\E', true],
    ['axb', '\\Qa.b\\E', false],
    ['x1', '[[:alpha:]][[:digit:]]', true],
    [['x', 'y9'], '\\d', true],
    ['line1\nline2', '\\Aline2', false],
    ['line1\nline2', '(?m)^line2', true],
    ['ab', 'a(?#comment)b', true],
  ])('match(%j, %j) is %s', (v, re, want) => {
    expect(call('match', [v, re])).toBe(want);
  });

  it('gives null for a null value', () => {
    expect(call('match', [null, 'a'])).toBeNull();
  });

  it.each(['(?>x)', 'a*+', '(?R)', '(?(1)a|b)', 'a(?i)b', '(?i:a)', '(*FAIL)', '\\K'])(
    'rejects %s',
    (re) => {
      expect(() => call('match', ['x', re])).toThrow(EvalFunctionError);
    },
  );

  it('translates PCRE syntax', () => {
    expect(translatePcre('rex', '(?P<user>\\w+)')).toEqual({ source: '(?<user>\\w+)', flags: '' });
    expect(translatePcre('rex', '(?is)a.b')).toEqual({ source: 'a.b', flags: 'is' });
  });
});

describe('like and in', () => {
  it.each([
    ['192.168.1.5', '192.168.%', true],
    ['192.168.1.5', '192.168._.5', true],
    ['192.168.10.5', '192.168._.5', false],
    ['Apple', 'a%', false],
    ['50%', '50\\%', true],
    ['500', '50\\%', false],
    ['a.c', 'a.c', true],
    ['abc', 'a.c', false],
  ])('like(%j, %j) is %s', (v, p, want) => {
    expect(call('like', [v, p])).toBe(want);
  });

  it('in compares numbers numerically and text exactly', () => {
    expect(call('in', ['404', 200, 404])).toBe(true);
    expect(call('in', ['error', 'warn', 'fail'])).toBe(false);
    expect(call('in', [null, 'x'])).toBeNull();
  });

  it('searchmatch is refused with a clear message', () => {
    expect(() => call('searchmatch', ['x'])).toThrow(/not supported/);
  });
});

import { describe, expect, it } from 'vitest';
import { EvalFunctionError } from '../function-types';
import { call } from '../../../test/support/eval-call';

describe('text functions', () => {
  it.each([
    ['len', ['hello'], 5],
    ['len', ['héllo😀'], 6],
    ['len', [12345], 5],
    ['len', [null], null],
    ['lower', ['HeLLo'], 'hello'],
    ['upper', ['HeLLo'], 'HELLO'],
    ['upper', [['a', 'b']], ['A', 'B']],
    ['trim', ['  pad \t'], 'pad'],
    ['ltrim', ['  pad  '], 'pad  '],
    ['rtrim', ['  pad  '], '  pad'],
    ['trim', ['xxabcxy', 'xy'], 'abc'],
    ['ltrim', ['ZZabcZZ', 'Z'], 'abcZZ'],
    ['rtrim', ['/path///', '/'], '/path'],
    // Splunk's documented examples: substr("splendid", 1, 3) is "spl", substr("splendid", -3) "did".
    ['substr', ['splendid', 1, 3], 'spl'],
    ['substr', ['splendid', -3], 'did'],
    ['substr', ['splendid', 4], 'endid'],
    ['substr', ['splendid', -3, 2], 'di'],
    ['substr', ['splendid', 20], ''],
    ['substr', ['abc', 0, 2], 'a'],
    ['substr', [null, 1], null],
    // Splunk's example: replace(date, "^(\d{1,2})/(\d{1,2})/", "\2/\1/") swaps day and month.
    ['replace', ['1/14/2017', '^(\\d{1,2})/(\\d{1,2})/', '\\2/\\1/'], '14/1/2017'],
    ['replace', ['a-b-c', '-', '+'], 'a+b+c'],
    ['replace', ['cost 5', '(\\d)', '$\\1'], 'cost $5'],
    ['replace', ['AbAb', '(?i)a', 'x'], 'xbxb'],
    ['replace', [['a1', 'b2'], '\\d', ''], ['a', 'b']],
    ['replace', [null, 'a', 'b'], null],
    ['split', ['a,b,,c', ','], ['a', 'b', '', 'c']],
    ['split', ['abc', ''], ['a', 'b', 'c']],
    ['split', ['abc', ','], 'abc'],
    ['split', [null, ','], null],
    [
      'urldecode',
      ['http%3A%2F%2Fwww.splunk.com%2Fdownload%3Fr%3Dheader'],
      'http://www.splunk.com/download?r=header',
    ],
    ['urldecode', ['a+b%20c%C3%A9'], 'a b cé'],
    ['urldecode', ['100%zz %41'], '100%zz A'],
  ])('%s(%j) is %j', (name, args, want) => {
    expect(call(name, args)).toEqual(want);
  });

  it('rejects regexes JavaScript cannot run, naming the construct', () => {
    expect(() => call('replace', ['x', '(?>a)', 'b'])).toThrow(/atomic groups/);
    expect(() => call('replace', ['x', 'a++', 'b'])).toThrow(/possessive/);
    expect(() => call('replace', ['x', '(', 'b'])).toThrow(EvalFunctionError);
  });
});

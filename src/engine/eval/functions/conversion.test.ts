import { describe, expect, it } from 'vitest';
import { EvalFunctionError } from '../function-types';
import { call } from '../../../test/support/eval-call';

describe('tostring', () => {
  it.each([
    [[12345.6789, 'commas'], '12,345.68'],
    [[1234567, 'commas'], '1,234,567'],
    [[-1234.5, 'commas'], '-1,234.50'],
    [[999, 'commas'], '999'],
    [[15, 'hex'], '0xF'],
    [['255', 'hex'], '0xFF'],
    [[615, 'duration'], '00:10:15'],
    [[86400 + 2 * 3600 + 3 * 60 + 4, 'duration'], '1+02:03:04'],
    [[3 * 86400, 'duration'], '3+00:00:00'],
    [[1.5, 'duration'], '00:00:01.500000'],
    [[5], '5'],
    [[0.1], '0.1'],
    [[true], 'True'],
    [[false], 'False'],
    [['abc', 'commas'], 'abc'],
    [[null], null],
  ])('tostring(%j) is %j', (args, want) => {
    expect(call('tostring', args)).toBe(want);
  });

  it('rejects an unknown format', () => {
    expect(() => call('tostring', [1, 'roman'])).toThrow(EvalFunctionError);
  });
});

describe('tonumber', () => {
  it.each([
    [['123'], 123],
    [[' 4.5 '], 4.5],
    [['0A4', 16], 164],
    [['0xff', 16], 255],
    [['-101', 2], -5],
    [['z', 36], 35],
    [['12abc'], null],
    [['102', 2], null],
    [[null], null],
    [[7], 7],
  ])('tonumber(%j) is %j', (args, want) => {
    expect(call('tonumber', args)).toBe(want);
  });

  it('rejects a base outside 2-36', () => {
    expect(() => call('tonumber', ['1', 37])).toThrow(EvalFunctionError);
  });
});

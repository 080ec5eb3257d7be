import { describe, expect, it } from 'vitest';
import type { Row } from '../../../engine';
import { isNumericColumn, sortRows } from './sort-rows';

const rows: Row[] = [{ v: '10' }, { v: 9 }, { v: 'b' }, {}, { v: 'a' }, { v: ['100', 'x'] }];

describe('sortRows', () => {
  it('sorts numbers numerically, then strings, empty last', () => {
    expect(sortRows(rows, 'v', 'ascending').map((r) => r.v)).toEqual([
      9,
      '10',
      ['100', 'x'],
      'a',
      'b',
      undefined,
    ]);
  });
  it('reverses for descending but keeps empty cells last', () => {
    expect(sortRows(rows, 'v', 'descending').map((r) => r.v)).toEqual([
      'b',
      'a',
      ['100', 'x'],
      '10',
      9,
      undefined,
    ]);
  });
  it('does not change the input', () => {
    const copy = [...rows];
    sortRows(rows, 'v', 'ascending');
    expect(rows).toEqual(copy);
  });
});

describe('isNumericColumn', () => {
  it('is true only when every present value is a number', () => {
    expect(isNumericColumn([{ n: 1 }, { n: '2.5' }, {}], 'n')).toBe(true);
    expect(isNumericColumn([{ n: 1 }, { n: 'x' }], 'n')).toBe(false);
    expect(isNumericColumn([{}], 'n')).toBe(false);
  });
});

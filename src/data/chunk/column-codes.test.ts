import { describe, expect, it } from 'vitest';
import { columnReader } from './column-reader';
import { codeArray, columnCodes } from './column-codes';

describe('columnCodes', () => {
  it('spreads a sparse column into codes as narrow as its dictionary allows', () => {
    const reader = columnReader(
      {
        name: 'src',
        kind: 'dict',
        dict: ['a', 'b'],
        codes: new Uint8Array([1, 0]),
        rows: new Uint16Array([1, 3]),
      },
      5,
    );
    const col = columnCodes(reader, 5)!;
    expect(col.codes).toBeInstanceOf(Uint8Array);
    expect(Array.from(col.codes)).toEqual([2, 1, 2, 0, 2]);
    expect(col.dict).toEqual(['a', 'b']);
  });

  it('uses wider codes for a large dictionary of numbers', () => {
    const numbers = Float64Array.from({ length: 300 }, (_, i) => (i === 7 ? NaN : i * 10));
    const col = columnCodes(columnReader({ name: 'bytes', kind: 'number', numbers }, 300), 300)!;
    expect(col.codes).toBeInstanceOf(Uint16Array);
    expect(col.dict[col.codes[5]]).toBe('50');
    expect(col.codes[7]).toBe(col.dict.length);
    expect(col.dict).toHaveLength(299);
  });

  it('picks the array by the largest code', () => {
    expect(codeArray(255, 1)).toBeInstanceOf(Uint8Array);
    expect(codeArray(256, 1)).toBeInstanceOf(Uint16Array);
    expect(codeArray(65535, 1)).toBeInstanceOf(Uint16Array);
    expect(codeArray(65536, 1)).toBeInstanceOf(Uint32Array);
  });
});

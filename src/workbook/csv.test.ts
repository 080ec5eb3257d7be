import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('prefixes formula starters with a quote', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\n-2')).toBe(`"'\n-2"`);
  });
  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('10.0.2.107')).toBe('10.0.2.107');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('a=b')).toBe('a=b');
  });
  it('quotes commas, quotes and newlines, and joins multivalue with newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(['x', 'y'])).toBe('"x\ny"');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('reads back as the same table, formula cells as text', () => {
    const rows = [
      { src: '10.0.2.107', count: 12 },
      { src: '=cmd|"/c calc"!A1', count: -3 },
      { src: 'a,b\n"c"', count: null },
    ];
    const text = toCsv(['src', 'count'], rows);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['src', 'count'],
      ['10.0.2.107', '12'],
      [`'=cmd|"/c calc"!A1`, "'-3"],
      ['a,b\n"c"', ''],
    ]);
  });
});

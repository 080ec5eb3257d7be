import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../test/support/scaling';
import { lookupTable } from '../../workbook/export-events';
import { LookupFileError, readLookupCsv } from './read-lookup';

/** A table of `rows` rows of `cols` columns. */
function table(cols: number, rows: number): string {
  const header = Array.from({ length: cols }, (_, i) => `c${i}`).join(',');
  const row = Array.from({ length: cols }, (_, i) => `v${i}`).join(',');
  return header + '\n' + `${row}\n`.repeat(rows);
}

const refused = (text: string) => () => {
  expect(() => readLookupCsv('x.csv', text)).toThrow(LookupFileError);
};

describe('reading a lookup file takes time linear in its size', () => {
  it('with many columns (each row once read the column list again per column)', () => {
    // A few rows of 4n columns: a file four times as large.
    expectLinear(
      (n) => table(n, 3),
      (text) => readLookupCsv('x.csv', text),
      4_000,
    );
    expectLinear(
      (n) => table(n, 3),
      (text) => lookupTable(text),
      4_000,
    );
  });

  it('when the lines end in CR alone (the whole file is one header of repeated names)', () => {
    const text = (n: number) => 'a,b\r' + 'x,y\r'.repeat(n);
    expectLinear(text, (t) => refused(t)(), 5_000);
    expect(() => readLookupCsv('mac.csv', text(3))).toThrow(/line 1: column name [\s\S]* appears/);
  });
});

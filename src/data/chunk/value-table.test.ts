import { expect, it } from 'vitest';
import { ValueTable } from './value-table';

const enc = new TextEncoder();

/** Inserts `v` for column 0 as a new value; returns where its bytes went. */
function put(t: ValueTable, v: string, code: number): number {
  const b = enc.encode(`<${v}>`);
  expect(t.find(0, b, 1, b.length - 1)).toBe(-1);
  return t.insert(0, b, 1, b.length - 1, code);
}

it("gives each value's string back from the pool, read before, between and after new values", () => {
  const t = new ValueTable();
  const first = ['ftp', 'stream:dns', 'a much longer value than thirteen', ''];
  const at = first.map((v, k) => put(t, v, k));
  expect(first.map((v, k) => t.poolString(at[k], enc.encode(v).length))).toEqual(first);
  const later = ['東京', 'x', 'ü-ber', 'plain again'];
  const at2 = later.map((v, k) => put(t, v, 10 + k));
  const all = [...first, ...later];
  const where = [...at, ...at2];
  // Asked again in any order: older ones after newer were decoded, non-ASCII ones too.
  for (const k of [7, 0, 5, 2, 4, 1, 6, 3])
    expect(t.poolString(where[k], enc.encode(all[k]).length)).toBe(all[k]);
  const b = enc.encode('x');
  expect(t.find(0, b, 0, 1)).toBe(11);
  t.reset();
  expect(t.find(0, b, 0, 1)).toBe(-1);
  const again = put(t, 'new chunk', 0);
  expect(t.poolString(again, 9)).toBe('new chunk');
});

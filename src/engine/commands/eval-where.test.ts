import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { events, run } from '../../test/support/engine-run';

const ROWS = events([
  { a: '3', b: '4', s: 'Foo', t: 'foo', mv: ['x', 'y'] },
  { a: '10', b: 'abc', s: 'bar' },
  { b: '2', s: 'foo', t: 'Foo' },
]);

/** The values of `x` after `eval x=<expr>`, oldest event first ('-' when absent). */
async function evalValues(expr: string): Promise<unknown[]> {
  const r = await run(ROWS, `* | reverse | eval x=${expr}`);
  return r.rows.map((row) => row.x ?? '-');
}

describe('eval', () => {
  it.each([
    ['a + b', [7, '-', '-']],
    ['a * 2 + 1', [7, 21, '-']],
    ['1 + 2 * 3 - 4 / 2', [5, 5, 5]],
    ['(1 + 2) * 3', [9, 9, 9]],
    ['10 % 4', [2, 2, 2]],
    ['-a', [-3, -10, '-']],
    ['a / 0', ['-', '-', '-']],
    ['s + t', ['Foofoo', '-', 'fooFoo']],
    ['"a" + "b"', ['ab', 'ab', 'ab']],
    ['a + s', ['-', '-', '-']],
    ['s . "-" . a', ['Foo-3', 'bar-10', '-']],
    ['a . b', ['34', '10abc', '-']],
    ['1.5 * 2', [3, 3, 3]],
    ["'s'", ['Foo', 'bar', 'foo']],
    ['if(a > 5, "big", "small")', ['small', 'big', 'small']],
    ['if(s = "foo", 1, 0)', [0, 0, 1]],
    ['if(a = "3.0", 1, 0)', [1, 0, 0]],
    ['if(b < "abd", 1, 0)', [1, 1, 1]],
    ['if(NOT a > 5, 1, 0)', [1, 0, 1]],
    ['if(a > 5 OR b = 2 AND s = "foo", 1, 0)', [0, 1, 1]],
    // "abc" > 1 compares as text, so it holds.
    ['if(a > 1 XOR b > 1, 1, 0)', [0, 0, 1]],
    ['if(missing = 1, 1, 0)', [0, 0, 0]],
    ['if(missing != 1, 1, 0)', [0, 0, 0]],
    ['if(mv = "y", 1, 0)', [1, 0, 0]],
    ['if(s LIKE "f%", 1, 0)', [0, 0, 1]],
  ])('x=%s', async (expr, expected) => {
    expect(await evalValues(expr)).toEqual(expected);
  });

  it('runs assignments in order, each seeing the previous ones', async () => {
    const r = await run(ROWS, '* | head 1 | eval x=1, y=x+1, x=y*10');
    expect(r.rows[0]).toMatchObject({ x: 20, y: 2 });
    expect(r.fields.slice(-2)).toEqual(['x', 'y']);
  });

  it('removes a field assigned null and refuses a boolean', async () => {
    const r = await run(ROWS, '* | eval a=missing + 1');
    expect(r.rows.every((row) => !('a' in row))).toBe(true);
    await expect(run(ROWS, '* | eval x=a>1')).rejects.toThrow(/cannot be assigned a boolean/);
  });

  it('points a type error at the operand', async () => {
    const q = '* | where a AND b';
    const e = await run(ROWS, q).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(SplError);
    expect((e as SplError).position).toBe(q.indexOf('a AND'));
  });
});

describe('where', () => {
  it.each([
    ['s = "foo"', ['3']],
    ['s = "Foo" OR s = "bar"', ['2', '1']],
    ['a > 5', ['2']],
    ['a < b', ['2', '1']],
    ['a < 5', ['1']],
    ['s = t', []],
    ['lower(s) = lower(t)', ['3', '1']],
    ['like(s, "%o%")', ['3', '1']],
    ['isnull(a)', null],
  ])('where %s', async (expr, expected) => {
    if (expected === null) {
      await expect(run(ROWS, `* | where ${expr}`)).rejects.toThrow(/Unknown function 'isnull'/);
      return;
    }
    const r = await run(ROWS, `* | where ${expr}`);
    expect(r.rows.map((row) => row.id)).toEqual(expected);
  });
});

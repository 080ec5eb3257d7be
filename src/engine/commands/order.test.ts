import { describe, expect, it } from 'vitest';
import { events, ids, run } from '../../test/support/engine-run';

const MIXED = events([
  { v: '10', s: 'b' },
  { v: 'apple', s: 'a' },
  { v: '9', s: 'b' },
  { s: 'a' },
  { v: 'Banana', s: 'a' },
  { v: '-1.5', s: 'c' },
  { v: '100', s: 'a' },
]);

const vOf = async (q: string) => (await run(MIXED, q)).rows.map((r) => r.v ?? '-');

describe('sort', () => {
  it.each([
    ['sort v', ['-1.5', '9', '10', '100', 'Banana', 'apple', '-']],
    ['sort - v', ['apple', 'Banana', '100', '10', '9', '-1.5', '-']],
    ['sort -v', ['apple', 'Banana', '100', '10', '9', '-1.5', '-']],
    ['sort str(v)', ['-1.5', '10', '100', '9', 'Banana', 'apple', '-']],
    ['sort num(v)', ['-1.5', '9', '10', '100', 'Banana', 'apple', '-']],
    ['sort 3 v', ['-1.5', '9', '10']],
    ['sort limit=2 -v', ['apple', 'Banana']],
    ['sort v desc', ['-', 'apple', 'Banana', '100', '10', '9', '-1.5']],
  ])('%s', async (q, expected) => {
    expect(await vOf(`* | ${q}`)).toEqual(expected);
  });

  it('sorts by several keys, a detached sign applying to the keys after it', async () => {
    // Descending puts strings first (upper case after lower case), numbers next, missing last.
    expect(await ids(MIXED, '* | sort s, -num(v)')).toEqual(['2', '5', '7', '4', '1', '3', '6']);
    expect(await ids(MIXED, '* | sort - s v')).toEqual(['6', '1', '3', '2', '5', '7', '4']);
    expect(await ids(MIXED, '* | sort + s - v')).toEqual(['2', '5', '7', '4', '1', '3', '6']);
  });

  it('keeps the input order for equal keys and orders IPs by value', async () => {
    const ips = events([{ ip: '10.0.0.10' }, { ip: '10.0.0.9' }, { ip: '9.1.1.1' }]);
    expect(await ids(ips, '* | sort ip(ip)')).toEqual(['3', '2', '1']);
    expect(await ids(ips, '* | sort str(ip)')).toEqual(['1', '2', '3']);
    expect(await ids(MIXED, '* | sort s')).toEqual(['7', '5', '4', '2', '3', '1', '6']);
  });

  it('returns at most 10000 results unless told otherwise', async () => {
    const many = events(Array.from({ length: 10005 }, () => ({})));
    expect((await run(many, '* | sort id', { chunkSize: 5000 })).rows).toHaveLength(10000);
    expect((await run(many, '* | sort 0 id', { chunkSize: 5000 })).rows).toHaveLength(10005);
  });
});

describe('head, tail, reverse', () => {
  const TEN = events(Array.from({ length: 12 }, (_, i) => ({ n: String(i + 1) })));
  it.each([
    ['head', ['12', '11', '10', '9', '8', '7', '6', '5', '4', '3']],
    ['head 2', ['12', '11']],
    ['head limit=3', ['12', '11', '10']],
    ['head n > 9', ['12', '11', '10']],
    ['tail 3', ['1', '2', '3']],
    ['tail', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']],
    ['reverse | head 2', ['1', '2']],
    ['head 0', []],
  ])('%s', async (q, expected) => {
    expect(await ids(TEN, `* | ${q}`)).toEqual(expected);
  });
});

describe('dedup', () => {
  const D = events([
    { a: 'x', b: '1' },
    { a: 'x', b: '2' },
    { a: 'y', b: '1' },
    { b: '3' },
    { a: 'x', b: '1' },
    { a: 'X', b: '9' },
  ]);
  // Input to dedup is newest first: ids 6, 5, 4, 3, 2, 1.
  it.each([
    ['dedup a', ['6', '5', '3']],
    ['dedup 2 a', ['6', '5', '3', '2']],
    ['dedup a b', ['6', '5', '3', '2']],
    ['dedup a keepempty=true', ['6', '5', '4', '3']],
    ['dedup keepempty=t a', ['6', '5', '4', '3']],
    ['dedup a consecutive=true', ['6', '5', '3', '2']],
    ['dedup a sortby -a', ['3', '5', '6']],
    ['dedup a sortby +num(b)', ['5', '3', '6']],
  ])('%s', async (q, expected) => {
    expect(await ids(D, `* | ${q}`)).toEqual(expected);
  });

  it('keepevents=true keeps duplicates without the deduplicated fields', async () => {
    const r = await run(D, '* | dedup a keepevents=true');
    expect(r.rows.map((row) => row.a ?? '-')).toEqual(['X', 'x', 'y', '-', '-']);
  });
});

import { describe, expect, it } from 'vitest';
import { events, run } from '../../test/support/engine-run';

const EVS = events([{ v: ['a', 'b', 'c'], s: 'x,,y' }, { v: 'd' }, {}]);

describe('mvexpand', () => {
  it.each([
    [
      '* | sort id | mvexpand v',
      [
        ['1', 'a'],
        ['1', 'b'],
        ['1', 'c'],
        ['2', 'd'],
      ],
    ],
    [
      '* | sort id | mvexpand v limit=2',
      [
        ['1', 'a'],
        ['1', 'b'],
        ['2', 'd'],
      ],
    ],
  ])('%s', async (q, expected) => {
    const r = await run(EVS, q);
    expect(r.rows.map((row) => [row.id, row.v])).toEqual(expected);
  });

  it('refuses internal fields', async () => {
    await expect(run(EVS, '* | mvexpand _raw')).rejects.toThrow(/internal field/);
  });
});

describe('makemv', () => {
  it.each([
    ['delim', '* | sort id | makemv delim="," s', [['x', 'y'], undefined, undefined]],
    [
      'allowempty',
      '* | sort id | makemv delim="," allowempty=true s',
      [['x', '', 'y'], undefined, undefined],
    ],
    [
      'default space',
      '* | sort id | eval s="p q  r" | makemv s',
      [
        ['p', 'q', 'r'],
        ['p', 'q', 'r'],
        ['p', 'q', 'r'],
      ],
    ],
    [
      'tokenizer',
      '* | sort id | eval s="k=1;k=22" | makemv tokenizer="k=(\\d+)" s',
      [
        ['1', '22'],
        ['1', '22'],
        ['1', '22'],
      ],
    ],
  ])('%s', async (_n, q, expected) => {
    const r = await run(EVS, q);
    expect(r.rows.map((row) => row.s)).toEqual(expected);
  });
});

describe('fillnull', () => {
  it.each([
    [
      'every field of the results',
      '* | sort id | table id s | fillnull',
      [
        ['1', 'x,,y'],
        ['2', '0'],
        ['3', '0'],
      ],
      ['id', 's'],
    ],
    [
      'named fields, with value=',
      '* | sort id | table id | fillnull value=NA s',
      [
        ['1', 'NA'],
        ['2', 'NA'],
        ['3', 'NA'],
      ],
      ['id', 's'],
    ],
  ])('%s', async (_n, q, expected, fields) => {
    const r = await run(EVS, q);
    expect(r.rows.map((row) => [row.id, row.s])).toEqual(expected);
    expect(r.fields).toEqual(fields);
  });

  it('keeps empty strings', async () => {
    const r = await run(EVS, '* | eval e="" | fillnull e');
    expect(r.rows.every((row) => row.e === '')).toBe(true);
  });
});

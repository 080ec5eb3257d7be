import { describe, expect, it } from 'vitest';
import { events, run } from '../../test/support/engine-run';

const EVS = events([{ a: 'x' }, { a: 'y' }, { a: 'z', b: 'main' }]);

describe('append', () => {
  it.each([
    [
      'adds the subsearch rows after the current ones',
      '| makeresults count=2 | eval k="m" | append [| makeresults | eval k="s"]',
      ['m', 'm', 's'],
    ],
    [
      'honours maxout',
      '| makeresults | eval k="m" | append maxout=1 [| makeresults count=3 | eval k="s"]',
      ['m', 's'],
    ],
  ])('%s', async (_n, q, expected) => {
    const r = await run([], q);
    expect(r.rows.map((row) => row.k)).toEqual(expected);
  });

  it('adds the subsearch columns after the current ones', async () => {
    const r = await run(EVS, 'a=x | table id | append [search a=y | table a id]');
    expect(r.fields).toEqual(['id', 'a']);
    expect(r.rows).toEqual([{ id: '1' }, { a: 'y', id: '2' }]);
  });
});

describe('appendcols', () => {
  const q = (opts: string) =>
    `| makeresults count=2 | eval n=1, b="main" | appendcols ${opts} [search * | sort id | eval b="sub", c=id, _hidden=1 | table _time _hidden b c]`;

  it.each([
    ['keeps the main value by default', '', ['main', 'main', 'sub']],
    ['takes the subsearch value with override=true', 'override=true', ['sub', 'sub', 'sub']],
  ])('%s', async (_n, opts, bs) => {
    const r = await run(EVS, q(opts));
    expect(r.rows.map((row) => row.b)).toEqual(bs);
  });

  it('merges by position, makes extra rows of extra subsearch rows, skips _ fields', async () => {
    const r = await run(EVS, q(''));
    expect(r.fields).toEqual(['_time', 'n', 'b', 'c']);
    expect(r.rows.map((row) => [row.n, row.c])).toEqual([
      [1, '1'],
      [1, '2'],
      [undefined, '3'],
    ]);
    expect(r.rows.some((row) => '_hidden' in row)).toBe(false);
    // The third row came from the subsearch only, and its _time was not carried.
    expect(r.rows[2]._time).toBeUndefined();
  });
});

describe('foreach', () => {
  it.each([
    [
      'all non-internal fields',
      'foreach * [eval <<FIELD>>_c=<<FIELD>>."!"]',
      { a: 'x', b: 'y', a_c: 'x!', b_c: 'y!' },
    ],
    [
      'a pattern matching no field',
      'foreach v_* [eval out_<<MATCHSTR>>=<<FIELD>>]',
      { a: 'x', b: 'y' },
    ],
    ['named field', 'foreach a [eval <<FIELD>>="z"]', { a: 'z', b: 'y' }],
    [
      'fieldstr renames the placeholder',
      'foreach fieldstr=#f# a [eval #f#2=#f#]',
      { a: 'x', b: 'y', a2: 'x' },
    ],
  ])('%s', async (_n, cmd, expected) => {
    const r = await run([], `| makeresults | eval a="x", b="y" | fields - _time | ${cmd}`);
    expect({ ...r.rows[0] }).toEqual(expected);
  });

  it('gives MATCHSTR and each MATCHSEG', async () => {
    const r = await run(
      [],
      '| makeresults | eval v_a_1=1, v_b_2=2 | foreach v_*_* [eval s_<<MATCHSTR>>="<<MATCHSEG1>>"."<<MATCHSEG2>>"]',
    );
    expect(r.rows[0].s_a1).toBe('a1');
    expect(r.rows[0].s_b2).toBe('b2');
  });

  it('leaves _time alone with *, and visits only fields that existed before', async () => {
    const r = await run([], '| makeresults | eval a=1 | foreach * [eval <<FIELD>>_x=1]');
    expect(Object.keys(r.rows[0]).sort()).toEqual(['_time', 'a', 'a_x']);
  });

  it('reports a template that does not parse once substituted', async () => {
    await expect(run([], '| makeresults | eval a=1 | foreach a [eval <<FIELD>>=]')).rejects.toThrow(
      /In foreach for field 'a'/,
    );
  });
});

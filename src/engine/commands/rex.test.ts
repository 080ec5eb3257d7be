import { describe, expect, it } from 'vitest';
import { events, run } from '../../test/support/engine-run';

const EVS = events([
  { raw: 'user=alice ip=10.0.0.1 ip=10.0.0.2 ip=10.0.0.3', msg: 'a-b-c' },
  { raw: 'nothing here', user: 'kept' },
]);

describe('rex', () => {
  it.each([
    [
      'extracts named groups from _raw',
      '* | sort id | rex "user=(?<user>\\w+)"',
      'user',
      ['alice', 'kept'],
    ],
    [
      'takes the first match by default',
      '* | sort id | rex "ip=(?<ip>\\S+)"',
      'ip',
      ['10.0.0.1', undefined],
    ],
    [
      'max_match=2 gives two values',
      '* | sort id | rex max_match=2 "ip=(?<ip>\\S+)"',
      'ip',
      [['10.0.0.1', '10.0.0.2'], undefined],
    ],
    [
      'max_match=0 gives every match',
      '* | sort id | rex "ip=(?<ip>\\S+)" max_match=0',
      'ip',
      [['10.0.0.1', '10.0.0.2', '10.0.0.3'], undefined],
    ],
    [
      'reads another field',
      '* | sort id | rex field=msg "(?P<first>\\w)-"',
      'first',
      ['a', undefined],
    ],
    [
      'sed s///g replaces every match',
      '* | sort id | rex field=msg mode=sed "s/-/+/g"',
      'msg',
      ['a+b+c', undefined],
    ],
    [
      'sed s/// replaces the first, with groups',
      '* | sort id | rex field=msg mode=sed "s/(\\w)-/[\\1]/"',
      'msg',
      ['[a]b-c', undefined],
    ],
    [
      'sed s///2 replaces the second',
      '* | sort id | rex field=msg mode=sed "s/-/_/2"',
      'msg',
      ['a-b_c', undefined],
    ],
    [
      'sed y/// transliterates',
      '* | sort id | rex field=msg mode=sed "y/abc/xyz/"',
      'msg',
      ['x-y-z', undefined],
    ],
  ])('%s', async (_n, q, field, expected) => {
    const r = await run(EVS, q);
    expect(r.rows.map((row) => row[field])).toEqual(expected);
  });

  it('adds the groups as columns', async () => {
    const r = await run(EVS, '* | table id | rex field=id "(?<digit>\\d)"');
    expect(r.fields).toEqual(['id', 'digit']);
  });

  it.each([
    ['* | rex "no groups"', /must name a group/],
    ['* | rex "(?<a>x"', /Invalid regular expression/],
    ['* | rex mode=sed "q/a/b/"', /sed expression/],
  ])('refuses %s', async (q, message) => {
    await expect(run(EVS, q)).rejects.toThrow(message);
  });
});

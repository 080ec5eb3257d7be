import { describe, expect, it } from 'vitest';
import type { ResultSet } from '../../../engine';
import { compareByField, compareBySuffix, groupValues, inferSplit } from './compare';

const commands = [
  ['USER', 'ftpuser', ''],
  ['PASS', '****', ''],
  ['STOR', 'data.zip', 'data.zip'],
];

function bySrc(secondFile = 'data.zip'): ResultSet {
  const rows = [];
  let t = 1_503_545_774;
  for (const src of ['10.0.2.107', '10.0.2.109']) {
    for (const [method, param, file] of commands) {
      const filename = src === '10.0.2.109' && file ? secondFile : file;
      rows.push({ _time: t++, src, method, method_parameter: param, filename, _cd: 'x' });
    }
  }
  return { fields: ['_time', 'src', 'method', 'method_parameter', 'filename', '_cd'], rows };
}

describe('compareByField', () => {
  it('lines up two sessions by position and finds them identical, times aside', () => {
    const c = compareByField(bySrc(), 'src', '10.0.2.107', '10.0.2.109');
    expect(c.pairs.map((p) => [p.name, p.compared])).toEqual([
      ['_time', false],
      ['method', true],
      ['method_parameter', true],
      ['filename', true],
    ]);
    expect([c.identical, c.rows.length]).toEqual([3, 3]);
    expect(c.leftLabel).toBe('src = 10.0.2.107');
  });

  it('marks the differing cell and counts extra rows as different', () => {
    const result = bySrc('other.zip');
    result.rows.push({ _time: 1, src: '10.0.2.109', method: 'QUIT', method_parameter: '' });
    const c = compareByField(result, 'src', '10.0.2.107', '10.0.2.109');
    expect(c.identical).toBe(2);
    expect(c.rows[2].differs).toEqual([false, false, false, true]);
    expect(c.rows[3]).toMatchObject({ left: null, identical: false });
    expect([c.leftCount, c.rightCount]).toEqual([3, 4]);
  });
});

describe('inferSplit and groupValues', () => {
  it('picks the field with exactly two values, in first-seen order', () => {
    expect(inferSplit(bySrc())).toEqual({ field: 'src' });
    expect(groupValues(bySrc(), 'src')).toEqual(['10.0.2.107', '10.0.2.109']);
  });

  it('asks the user when no field has two values', () => {
    expect(inferSplit({ fields: ['a'], rows: [{ a: '1' }, { a: '2' }, { a: '3' }] })).toBeNull();
  });
});

describe('compareBySuffix (the appendcols shape)', () => {
  function appendcols(lastMethod = 'QUIT'): ResultSet {
    const rows = ['USER', 'PASS', 'QUIT'].map((method, i) => ({
      _time: 1_503_545_774 + i,
      src: '10.0.2.107',
      method,
      time_s: `20:59:5${i}`,
      src_s: '10.0.2.109',
      method_s: i === 2 ? lastMethod : method,
    }));
    return { fields: ['_time', 'src', 'method', 'time_s', 'src_s', 'method_s'], rows };
  }

  it('pairs x with x_s, _time with time_s, and labels the sides by the constant key', () => {
    const c = compareBySuffix(appendcols(), '_s');
    expect(c.pairs.map((p) => [p.left, p.right, p.compared])).toEqual([
      ['_time', 'time_s', false],
      ['src', 'src_s', false],
      ['method', 'method_s', true],
    ]);
    expect([c.leftLabel, c.rightLabel]).toEqual(['src = 10.0.2.107', 'src_s = 10.0.2.109']);
    expect(c.pairs.filter((p) => p.isKey).map((p) => p.name)).toEqual(['src']);
    expect([c.identical, c.rows.length]).toEqual([3, 3]);
  });

  it('is recognised without being told the suffix', () => {
    expect(inferSplit(appendcols())).toEqual({ suffix: '_s' });
  });

  it('finds a differing command', () => {
    const c = compareBySuffix(appendcols('RETR'), '_s');
    expect(c.identical).toBe(2);
    expect(c.rows[2].differs).toEqual([false, false, true]);
  });
});

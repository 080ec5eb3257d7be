import { describe, expect, it } from 'vitest';
import { addFilter, basePipeIndex, quoteValue } from './query-edit';

describe('quoteValue', () => {
  it('escapes quotes and backslashes', () => {
    expect(quoteValue('a"b')).toBe('"a\\"b"');
    expect(quoteValue('C:\\Users\\x')).toBe('"C:\\\\Users\\\\x"');
    expect(quoteValue('')).toBe('""');
  });
});

describe('basePipeIndex', () => {
  it('finds the first pipe outside quotes and brackets', () => {
    expect(basePipeIndex('a | stats count')).toBe(2);
    expect(basePipeIndex('x="a|b" | head 1')).toBe(8);
    expect(basePipeIndex('x="a\\"|b" | head 1')).toBe(10);
    expect(basePipeIndex('a [search b | head 1] | stats count')).toBe(22);
    expect(basePipeIndex('no pipe')).toBe(7);
  });
});

describe('addFilter', () => {
  it('adds the term to the base search before the first pipe', () => {
    expect(
      addFilter('sourcetype="stream:ftp" | stats count by src', 'src', '10.0.2.107', false),
    ).toBe('sourcetype="stream:ftp" src="10.0.2.107" | stats count by src');
  });
  it('excludes with !=', () => {
    expect(addFilter('index=*', 'host', 'web01', true)).toBe('index=* host!="web01"');
  });
  it('keeps pipes inside quoted strings of the base search', () => {
    expect(addFilter('msg="a | b" | head 5', 'user', 'x', false)).toBe(
      'msg="a | b" user="x" | head 5',
    );
  });
  it('escapes the value so it cannot end the string early', () => {
    const q = addFilter('', 'path', 'C:\\temp\\"x" | delete', false);
    expect(q).toBe('path="C:\\\\temp\\\\\\"x\\" | delete"');
    expect(basePipeIndex(q)).toBe(q.length);
  });
  it('works on an empty query', () => {
    expect(addFilter('', 'a', '1', false)).toBe('a="1"');
  });
  it('quotes odd field names', () => {
    expect(addFilter('x', 'a b', '1', false)).toBe('x \'a b\'="1"');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from './flatten-json';
import { readAll } from './read-all';

const DEEP = 50_000;
const deep = (open: string, close: string) => open.repeat(DEEP) + '"bottom"' + close.repeat(DEEP);

describe('JSON events nested far deeper than any log', () => {
  it('are kept, their shallow fields read and the deep ones left in _raw', () => {
    const line = `{"timestamp":"2017-08-24T03:00:00Z","user":"billy","a":${deep('[', ']')}}`;
    const nestedObjects = `{"timestamp":"2017-08-24T03:00:01Z","b":${deep('{"k":', '}')}}`;
    const { records, issues } = readAll('json-lines', `${line}\n${nestedObjects}\n`);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0].fields.user).toBe('billy');
    expect(records[0].fields._raw).toBe(line);
    const names = Object.keys(records[1].fields);
    expect(names.every((n) => n.split('.').length <= MAX_JSON_DEPTH + 1)).toBe(true);
  });

  it('are kept when pretty-printed in an array (too deep to write on one line again)', () => {
    const element = `{\n  "timestamp": "2017-08-24T03:00:00Z",\n  "a": ${deep('[', ']')}\n}`;
    const { records, issues } = readAll(
      'json-array',
      `[\n${element},\n{"timestamp":"2017-08-24T03:00:01Z"}\n]`,
    );
    expect(issues).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0].fields._raw).toBe(
      `{"timestamp": "2017-08-24T03:00:00Z","a": ${deep('[', ']')}}`,
    );
  });
});

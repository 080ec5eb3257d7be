import { describe, expect, it } from 'vitest';
import { readAll } from './read-all';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Same output for every piece size, so each case also checks streaming. */
function readBoth(format: 'json-array' | 'json-results', text: string) {
  const whole = readAll(format, text);
  for (const size of [1, 2, 5, 13])
    expect(readAll(format, text, size), `pieces of ${size}`).toEqual(whole);
  return whole;
}

describe('JSON array of events', () => {
  it('reads each element, numbered by the line it starts on', () => {
    const text = pretty([
      { _time: '2017-08-23T20:36:14.000-07:00', host: 'wrk-btun', _raw: 'a "quoted" ] } text' },
      { _time: '1503545774', host: 'wrk-klagerf', _si: ['idx1', 'botsv2'], _raw: 'b' },
    ]);
    expect(readBoth('json-array', text)).toEqual({
      records: [
        {
          line: 2,
          fields: {
            _time: '2017-08-23T20:36:14.000-07:00',
            host: 'wrk-btun',
            _raw: 'a "quoted" ] } text',
          },
        },
        {
          line: 7,
          fields: { _time: '1503545774', host: 'wrk-klagerf', _si: ['idx1', 'botsv2'], _raw: 'b' },
        },
      ],
      issues: [],
    });
  });

  it('reads a compact array on one line, with escapes and brackets inside strings', () => {
    const text = '[{"a":"x\\"]},{"},{"b":"\\\\"},{"c":{"d":[1,{"e":"}"}]}}]';
    expect(readBoth('json-array', text).records).toEqual([
      { line: 1, fields: { a: 'x"]},{', _raw: '{"a":"x\\"]},{"}' } },
      { line: 1, fields: { b: '\\', _raw: '{"b":"\\\\"}' } },
      { line: 1, fields: { 'c.d{}': '1', 'c.d{}.e': '}', _raw: '{"c":{"d":[1,{"e":"}"}]}}' } },
    ]);
  });

  it('keeps a plain JSON event as compact _raw text', () => {
    const text = pretty([
      { timestamp: '2017-08-23T20:40:02.118431-0700', dns: { rrname: 'froth.ly' } },
    ]);
    expect(readBoth('json-array', text).records[0].fields).toEqual({
      timestamp: '2017-08-23T20:40:02.118431-0700',
      'dns.rrname': 'froth.ly',
      _raw: '{"timestamp":"2017-08-23T20:40:02.118431-0700","dns":{"rrname":"froth.ly"}}',
    });
  });

  it('unwraps Splunk export rows gathered into an array', () => {
    const text = '[{"preview":false,"offset":0,"result":{"_time":"1","host":"h"}}]';
    expect(readBoth('json-array', text).records[0].fields).toEqual({ _time: '1', host: 'h' });
  });

  it('reports elements that are not objects or not valid JSON, and goes on', () => {
    const text = '[\n  {"a":1},\n  42,\n  "text",\n  [1],\n  {"b":tru},\n  null,\n  {"c":3}\n]\n';
    const { records, issues } = readBoth('json-array', text);
    expect(records.map((r) => [r.line, Object.keys(r.fields)[0]])).toEqual([
      [2, 'a'],
      [8, 'c'],
    ]);
    expect(issues).toEqual([
      { line: 3, message: 'expected a JSON object, found a single value' },
      { line: 4, message: 'expected a JSON object, found a single value' },
      { line: 5, message: 'expected a JSON object, found an array' },
      { line: 6, message: 'not valid JSON: {"b":tru}' },
      { line: 7, message: 'expected a JSON object, found a single value' },
    ]);
  });

  it('handles an empty array and whitespace around the document', () => {
    expect(readBoth('json-array', '\ufeff  [ ]  \n')).toEqual({ records: [], issues: [] });
  });

  it('resynchronises after a string left open in a pretty-printed file', () => {
    const text = [
      '[',
      '  {',
      '    "a": "1"',
      '  },',
      '  {',
      '    "b": "never closed,',
      '    "c": "2"',
      '  },',
      '  {',
      '    "d": "3"',
      '  }',
      ']',
    ].join('\n');
    const { records, issues } = readBoth('json-array', text);
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [2, { a: '1', _raw: '{"a":"1"}' }],
      [9, { d: '3', _raw: '{"d":"3"}' }],
    ]);
    expect(issues).toEqual([
      { line: 5, message: 'malformed element: a string runs past the end of its line' },
    ]);
  });

  it('resynchronises after an element whose brackets never close', () => {
    const text = ['[', '  {', '    "a": {"x": 1', '  },', '  {', '    "b": 2', '  }', ']'].join(
      '\n',
    );
    const { records, issues } = readBoth('json-array', text);
    expect(records.map((r) => r.line)).toEqual([5]);
    expect(issues).toEqual([
      { line: 2, message: 'malformed element: its brackets do not balance' },
    ]);
  });

  it('stops with an issue when a one-line file cannot be resynchronised', () => {
    const { records, issues } = readBoth('json-array', '[{"a":"1"},{"b":"open\n,{"c":"3"}]');
    expect(records).toHaveLength(1);
    expect(issues).toEqual([
      {
        line: 1,
        message: 'malformed JSON: a string runs past the end of its line; stopped reading',
      },
    ]);
  });

  it('reports a truncated file on the line of the unfinished element', () => {
    const { records, issues } = readBoth('json-array', '[\n  {"a": 1},\n  {"b": 2,\n   "c"');
    expect(records).toHaveLength(1);
    expect(issues).toEqual([
      { line: 3, message: 'the file ends inside this element (is it truncated?)' },
    ]);
    expect(readBoth('json-array', '[\n{"a": 1},\n').issues).toEqual([
      { line: 3, message: 'the JSON document is not closed (is the file truncated?)' },
    ]);
  });

  it('refuses a file that is not an array and text after the array', () => {
    expect(readBoth('json-array', '{"a":1}').issues).toEqual([
      { line: 1, message: 'expected a JSON array ([) at the start of the file' },
    ]);
    const after = readBoth('json-array', '[{"a":1}]\n[{"b":2}]');
    expect(after.records).toHaveLength(1);
    expect(after.issues).toEqual([
      { line: 2, message: 'unexpected text after the end of the JSON document' },
    ]);
  });

  it('does not throw on binary data', () => {
    const junk = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(
      '',
    );
    expect(() => readAll('json-array', '[{"a":1},' + junk, 61)).not.toThrow();
  });
});

describe('Splunk results document', () => {
  it('reads only the results array, skipping the other keys', () => {
    const text = JSON.stringify({
      preview: false,
      init_offset: 0,
      messages: [{ type: 'DEBUG', text: '"results":[{"fake":1}] [results' }],
      fields: [{ name: '_time' }, { name: 'src_ip' }],
      results: [
        { _time: '2017-08-23T20:36:14.000-07:00', src_ip: ['10.0.2.107', '10.0.2.109'], n: 3 },
        { _time: '1503545774', results: [{ nested: 'x' }] },
      ],
      highlighted: { results: [{ not: 'events' }] },
    });
    expect(readBoth('json-results', text)).toEqual({
      records: [
        {
          line: 1,
          fields: {
            _time: '2017-08-23T20:36:14.000-07:00',
            src_ip: ['10.0.2.107', '10.0.2.109'],
            n: '3',
          },
        },
        { line: 1, fields: { _time: '1503545774', 'results.nested': 'x' } },
      ],
      issues: [],
    });
  });

  it('reads a pretty-printed document with line numbers', () => {
    const text = pretty({ preview: false, results: [{ _time: '1' }, { _time: '2' }] });
    expect(readBoth('json-results', text).records.map((r) => r.line)).toEqual([4, 7]);
  });

  it('says so when there is no results array', () => {
    expect(readBoth('json-results', '{"preview":false,"messages":[]}').issues).toEqual([
      { line: 1, message: 'no "results" array found in the document' },
    ]);
    expect(readBoth('json-results', '{"results":{"a":1}}').issues).toEqual([
      { line: 1, message: 'no "results" array found in the document' },
    ]);
  });
});

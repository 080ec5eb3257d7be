import { describe, expect, it } from 'vitest';
import { readAll } from './read-all';
import { MAX_RECORD_CHARS } from './sink';
import { createReader } from './create-reader';

describe('Splunk JSON export rows', () => {
  const read = (text: string, pieceSize?: number) => readAll('splunk-json-rows', text, pieceSize);

  it('takes each row’s result, skipping messages and rows without a result', () => {
    const text = [
      '{"preview":false,"messages":[{"type":"INFO","text":"substituted"}]}',
      '{"preview":false,"offset":0,"result":{"_time":"2017-08-23T20:36:14.000-07:00","host":"wrk-btun"}}',
      '{"preview":false,"offset":1}',
      '{"preview":false,"offset":1,"lastrow":true,"result":{"_time":"1503545774","host":"wrk-klagerf"}}',
    ].join('\n');
    expect(read(text)).toEqual({
      records: [
        { line: 2, fields: { _time: '2017-08-23T20:36:14.000-07:00', host: 'wrk-btun' } },
        { line: 4, fields: { _time: '1503545774', host: 'wrk-klagerf' } },
      ],
      issues: [],
    });
  });

  it('turns numbers into text, arrays into multivalues and drops nulls', () => {
    const text =
      '{"result":{"count":5,"ratio":0.25,"ok":true,"_si":["idx1","botsv2"],"gone":null,"one":["x"]}}';
    expect(read(text).records[0].fields).toEqual({
      count: '5',
      ratio: '0.25',
      ok: 'true',
      _si: ['idx1', 'botsv2'],
      one: 'x',
    });
  });

  it('reports lines that are not JSON with their line number and goes on', () => {
    const text = '{"result":{"a":"1"}}\n{"result":{"a":\n\n{"result":{"a":"2"}}\n[1,2]\n';
    const { records, issues } = read(text);
    expect(records.map((r) => r.line)).toEqual([1, 4]);
    expect(issues).toEqual([
      { line: 2, message: 'not valid JSON: {"result":{"a":' },
      { line: 5, message: 'expected a JSON object, found an array' },
    ]);
  });

  it('strips a BOM and CRLF line ends', () => {
    const { records } = read('\ufeff{"result":{"a":"1"}}\r\n{"result":{"a":"2"}}\r\n', 3);
    expect(records).toEqual([
      { line: 1, fields: { a: '1' } },
      { line: 2, fields: { a: '2' } },
    ]);
  });
});

describe('JSON lines', () => {
  const read = (text: string, pieceSize?: number) => readAll('json-lines', text, pieceSize);

  it('flattens each event with spath names and keeps the line as _raw', () => {
    const line =
      '{"timestamp":"2017-08-23T20:40:02.121907-0700","event_type":"dns","src_port":53,' +
      '"dns":{"rrname":"froth.ly","answers":[{"rdata":"10.0.1.1"},{"rdata":"10.0.1.2"}]},"tags":["a","b"]}';
    expect(read(line + '\n').records).toEqual([
      {
        line: 1,
        fields: {
          timestamp: '2017-08-23T20:40:02.121907-0700',
          event_type: 'dns',
          src_port: '53',
          'dns.rrname': 'froth.ly',
          'dns.answers{}.rdata': ['10.0.1.1', '10.0.1.2'],
          'tags{}': ['a', 'b'],
          _raw: line,
        },
      },
    ]);
  });

  it('treats an event that came out of Splunk as a Splunk result', () => {
    const line = '{"_time":"1503545774","_raw":"x y","src":["a","b"]}';
    expect(read(line).records[0].fields).toEqual({
      _time: '1503545774',
      _raw: 'x y',
      src: ['a', 'b'],
    });
  });

  it('ignores blank lines and reports bad ones with their line number', () => {
    const { records, issues } = read('{"a":1}\n\n   \nnot json\n"text"\n{"a":2}');
    expect(records.map((r) => [r.line, r.fields.a])).toEqual([
      [1, '1'],
      [6, '2'],
    ]);
    expect(issues).toEqual([
      { line: 4, message: 'not valid JSON: not json' },
      { line: 5, message: 'expected a JSON object, found a string' },
    ]);
  });

  it('cuts a long bad line short in the issue', () => {
    const bad = '{"a":' + 'x'.repeat(100);
    expect(read(bad).issues[0].message).toBe(`not valid JSON: ${bad.slice(0, 40)}…`);
  });

  it('survives pathological nesting without throwing', () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const { records, issues } = read(deep + '\n{"b":2}\n');
    expect(records.at(-1)).toMatchObject({ line: 2, fields: { b: '2' } });
    expect(records.length + issues.length).toBe(2);
  });

  it('stops after a line longer than any real event', () => {
    const issues: number[] = [];
    const reader = createReader('json-lines', {
      record: () => {},
      issue: (line) => issues.push(line),
    });
    reader.push('{"a":1}\n{"b":"');
    const piece = 'x'.repeat(1024 * 1024);
    for (let fed = 0; fed <= MAX_RECORD_CHARS; fed += piece.length) reader.push(piece);
    reader.push('"}\n');
    reader.end();
    expect(issues).toEqual([2]);
  });
});

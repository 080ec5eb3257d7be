import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../model';
import { createReader } from './create-reader';
import { readAll } from './read-all';
import { MAX_RECORD_CHARS } from './sink';

const read = (text: string, pieceSize?: number) => readAll('splunk-csv', text, pieceSize);

/** Every way of cutting the text in two gives the same result as reading it whole. */
function expectSplitInvariant(text: string): void {
  const whole = read(text);
  for (let cut = 1; cut < text.length; cut++) {
    const records: unknown[] = [];
    const issues: unknown[] = [];
    const reader = createReader('splunk-csv', {
      record: (r) => records.push({ line: r.line, fields: fieldsOf(r.names, r.values) }),
      issue: (line, message, field) =>
        issues.push(field === undefined ? { line, message } : { line, message, field }),
    });
    reader.push(text.slice(0, cut));
    reader.push(text.slice(cut));
    reader.end();
    expect({ records, issues }, `cut at ${cut}`).toEqual(whole);
  }
}

describe('CSV rows and cells', () => {
  it('names fields from the header and keeps names exactly', () => {
    const { records, issues } = read('"_time",host,"query{}",alert.signature\n1,a,b,c\n');
    expect(issues).toEqual([]);
    expect(records).toEqual([
      { line: 2, fields: { _time: '1', host: 'a', 'query{}': 'b', 'alert.signature': 'c' } },
    ]);
  });

  it('unescapes doubled quotes and keeps commas and newlines inside quotes', () => {
    const { records } = read('a,b\n"say ""hi"", ok","x\ny"\n');
    expect(records[0].fields).toEqual({ a: 'say "hi", ok', b: ['x', 'y'] });
  });

  it('reads quoted cells that are only quotes or empty', () => {
    const { records } = read('a,b,c\n"""","""""""",""\n');
    expect(records[0].fields).toEqual({ a: '"', b: '"""' });
  });

  it('leaves empty cells out of the record', () => {
    const { records } = read('a,b,c\n,x,\n');
    expect(records[0].fields).toEqual({ b: 'x' });
  });

  it('numbers lines from where each row starts, counting newlines inside quotes', () => {
    const text = 'a,_raw\n1,"one\ntwo\nthree"\n2,x\n\n3,"p\r\nq"\n4,y\n';
    expect(read(text).records.map((r) => [r.line, r.fields.a])).toEqual([
      [2, '1'],
      [5, '2'],
      [7, '3'],
      [9, '4'],
    ]);
  });

  it('accepts CRLF rows and strips the CR from the last cell', () => {
    const { records } = read('a,b\r\n1,2\r\n"3","4"\r\n\r\n5,\r\n');
    expect(records.map((r) => r.fields)).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
      { a: '5' },
    ]);
    expect(records.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('reads a last row that has no line end', () => {
    expect(read('a,b\n1,2').records).toEqual([{ line: 2, fields: { a: '1', b: '2' } }]);
    expect(read('a,b\n1,"2"').records).toEqual([{ line: 2, fields: { a: '1', b: '2' } }]);
  });

  it('skips a UTF-8 byte order mark', () => {
    expect(read('\ufeff"_time",b\n1,2\n').records[0].fields).toEqual({ _time: '1', b: '2' });
  });

  it('ignores blank lines before the header and between rows', () => {
    const { records, issues } = read('\n\na,b\n\n1,2\n\n\n3,4\n\n');
    expect(issues).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([5, 8]);
  });

  it('treats a quote inside an unquoted cell as text', () => {
    expect(read('a,b\nsay "hi",2\n').records[0].fields).toEqual({ a: 'say "hi"', b: '2' });
  });

  it('produces nothing for a header alone or an empty file', () => {
    expect(read('a,b\n')).toEqual({ records: [], issues: [] });
    expect(read('')).toEqual({ records: [], issues: [] });
  });
});

describe('CSV multivalue', () => {
  it('splits every field but _raw on newlines, dropping a CR before each', () => {
    const { records } = read('_raw,src,dest\n"l1\nl2","a\r\nb\r\nc","x\n"\n');
    expect(records[0].fields).toEqual({ _raw: 'l1\nl2', src: ['a', 'b', 'c'], dest: 'x' });
  });

  it('takes __mv_ columns as authoritative and does not emit them', () => {
    const text = [
      'user,__mv_user,host',
      '"WRK-BTUN$\nbilly.tun","$WRK-BTUN$$$;$billy.tun$",wrk-btun',
      '"a\nb",,h2',
      'solo,,h3',
      '"stale","$fresh$;$new$",h4',
    ].join('\n');
    expect(read(text).records.map((r) => r.fields)).toEqual([
      { user: ['WRK-BTUN$', 'billy.tun'], host: 'wrk-btun' },
      { user: ['a', 'b'], host: 'h2' },
      { user: 'solo', host: 'h3' },
      { user: ['fresh', 'new'], host: 'h4' },
    ]);
  });

  it('fills a field that exists only as an __mv_ column', () => {
    expect(read('host,__mv_port\nh,$21$;$443$\n').records[0].fields).toEqual({
      host: 'h',
      port: ['21', '443'],
    });
  });

  it('falls back to the plain cell when an __mv_ value is malformed', () => {
    expect(read('port,__mv_port\n"21\n22",21;22\n').records[0].fields).toEqual({
      port: ['21', '22'],
    });
  });
});

describe('CSV problems', () => {
  it('skips rows with the wrong number of cells, reporting their line', () => {
    const { records, issues } = read('a,b,c\n1,2,3\n1,2\n"x\ny",2,3,4\n5,6,7\n1,2,3,\n');
    expect(records.map((r) => r.line)).toEqual([2, 6]);
    expect(issues).toEqual([
      { line: 3, message: 'expected 3 columns, found 2' },
      { line: 4, message: 'expected 3 columns, found 4' },
      { line: 7, message: 'expected 3 columns, found 4' },
    ]);
  });

  it('renames empty and repeated header names and reports them on the header line', () => {
    const { records, issues } = read('host,,host,src,field_2\n1,2,3,4,5\n');
    expect(records[0].fields).toEqual({
      host: '1',
      field_3: '2',
      host_3: '3',
      src: '4',
      field_2: '5',
    });
    expect(issues).toEqual([
      {
        line: 1,
        field: 'field_3',
        message: 'column 2 has no name; its values are kept as "field_3"',
      },
      {
        line: 1,
        field: 'host_3',
        message: 'column name "host" appears more than once; column 3 is kept as "host_3"',
      },
    ]);
  });

  it('drops a row with text after a closing quote and goes on with the next', () => {
    const { records, issues } = read('a,b\n"1"x,2\n3,"4"y\n5,6\n');
    expect(records).toEqual([{ line: 4, fields: { a: '5', b: '6' } }]);
    expect(issues).toEqual([
      { line: 2, message: 'malformed quoted cell in column 1' },
      { line: 3, message: 'malformed quoted cell in column 2' },
    ]);
  });

  it('reports a quote left open at the end of the file on the row where it started', () => {
    const { records, issues } = read('a,b\n1,2\n3,"never\nclosed\n');
    expect(records).toHaveLength(1);
    expect(issues).toEqual([
      { line: 3, message: 'unterminated quoted cell (is the file truncated?)' },
    ]);
  });

  it('stops, rather than buffering the rest of the file, after an endless record', () => {
    const issues: [number, string][] = [];
    const records: unknown[] = [];
    const reader = createReader('splunk-csv', {
      record: (r) => records.push({ line: r.line, fields: fieldsOf(r.names, r.values) }),
      issue: (line, message) => issues.push([line, message]),
    });
    reader.push('a,b\n1,2\n3,"');
    const piece = 'x'.repeat(1024 * 1024);
    for (let fed = 0; fed <= MAX_RECORD_CHARS; fed += piece.length) reader.push(piece);
    reader.push('"\n4,5\n');
    reader.end();
    expect(records).toHaveLength(1);
    expect(issues).toHaveLength(1);
    expect(issues[0][0]).toBe(3);
    expect(issues[0][1]).toMatch(/^stopped reading: the record starting on line 3 is longer than/);
  });

  it('does not throw on binary data after a good start', () => {
    const bytes = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256));
    const text = '"_time",host\n1,a\n' + bytes.join('');
    expect(() => read(text, 97)).not.toThrow();
    expect(read(text).records[0]).toEqual({ line: 2, fields: { _time: '1', host: 'a' } });
  });
});

describe('CSV text split anywhere', () => {
  it('gives the same records and issues for every cut point', () => {
    expectSplitInvariant(
      '\ufeff"_time",_raw,src,__mv_src\r\n' +
        '"2017-08-23T20:36:14.000-07:00","say ""hi"",\r\nbye","a\r\nb",\r\n' +
        '\r\n' +
        '2,"x""",c,"$c$$$;$d$"\r\n' +
        '3,bad\r\n' +
        '4,"q"z,e,\r\n' +
        '5,"",f,',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { detectFormat, SUPPORTED_FORMATS_TEXT } from './detect';

describe('detectFormat', () => {
  it.each([
    ['[\n  {"_time": "1"}\n]', 'x.json', 'json-array'],
    ['  \n[]', 'x.txt', 'json-array'],
    [
      '{"preview":false,"offset":0,"result":{"_time":"1"}}\n{"preview":false',
      'x',
      'splunk-json-rows',
    ],
    [
      '{"preview":false,"messages":[{"type":"INFO","text":"x"}]}\n{"result":{}}',
      'x',
      'splunk-json-rows',
    ],
    ['{"lastrow":true,"preview":false,"offset":0,"result":{}}', 'x', 'splunk-json-rows'],
    ['{"preview":false,"offset":0,"result":{"_raw":"' + 'x'.repeat(200), 'cut', 'splunk-json-rows'],
    ['{"results":[{"_time":"1"}]}', 'x.json', 'json-results'],
    [
      '{"preview":false,"init_offset":0,"messages":[],"fields":[],"results":[]}',
      'x',
      'json-results',
    ],
    ['{\n  "preview": false,\n  "init_offset": 0,\n  "results": [\n', 'x.json', 'json-results'],
    [
      '{"preview":false,"init_offset":0,"results":[{"_raw":"' + 'x'.repeat(100),
      'cut',
      'json-results',
    ],
    [
      '{"timestamp":"2017-08-23T20:40:02.118431-0700","event_type":"dns"}\n{"a":1}',
      'eve.json',
      'json-lines',
    ],
    ['{"messages":"not splunk","user":"x"}\n', 'x', 'json-lines'],
    ['{"a":1} damaged\n{"a":2}\n', 'x', 'json-lines'],
    [
      '{\n  "preview": false,\n  "fields": [\n    {}\n,"x"\n],\n  "results": [\n',
      'x',
      'json-results',
    ],
    ['{"timestamp":"2017-08-23","x":"' + 'y'.repeat(100), 'cut', 'json-lines'],
    ['"_time",host,"_raw"\n1,2,3\n', 'export', 'splunk-csv'],
    ['\ufeff_raw\nhello\n', 'x', 'splunk-csv'],
    ['_time,host\r\n1,2\r\n', 'x', 'splunk-csv'],
    ['host,"src_ip",dest_ip,count\n', 'anything', 'splunk-csv'],
    ['"Source IP","query{}",alert.signature\n', 'x', 'splunk-csv'],
    ['"a ""quoted"" name",b\n', 'table.csv', 'splunk-csv'],
    ['single\nvalue\n', 'list.csv', 'splunk-csv'],
  ] as const)('%j (%s) → %s', (head, name, format) => {
    expect(detectFormat(head, name)).toBe(format);
  });

  it.each([
    ['', 'empty.csv'],
    ['   \n\n', 'blank.json'],
    ['Aug 23 20:40:02 gw-01 sshd[123]: Accepted password for billy, from 10.0.2.109\n', 'syslog'],
    ['single\nvalue\n', 'list.txt'],
    ['{\n  "event": 1\n}\n', 'pretty-single.json'],
    ['{"a":1} trailing junk\n', 'x'],
    ['{3}\n', 'x'],
    ['a,b\u0001c\n', 'x.csv'],
    ['no line end yet, so, no header', 'x.csv'],
    ['\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'image.png'],
    ['\x1f\ufffd\b\0\0\0\0\0\0\x03', 'log.csv.gz'],
    ['ok,text\n' + '\ufffd\ufffd\u0007'.repeat(40), 'x.csv'],
  ])('%j (%s) → null', (head, name) => {
    expect(detectFormat(head, name)).toBeNull();
  });

  it('decides by content, not by the file name', () => {
    expect(detectFormat('[{"a":1}]', 'export.csv')).toBe('json-array');
    expect(detectFormat('"_time",host\n', 'export.json')).toBe('splunk-csv');
  });

  it('names every supported format for the user', () => {
    for (const words of [
      'CSV',
      '{"result":…}',
      'JSON lines',
      'JSON array',
      '{"results":[…]}',
      'gzip',
    ]) {
      expect(SUPPORTED_FORMATS_TEXT).toContain(words);
    }
  });
});

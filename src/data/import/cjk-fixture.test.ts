import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAll } from '../formats/read-all';
import { recordOf } from '../model';
import { toEvent } from '../normalize';

const FILE = path.resolve(import.meta.dirname, '../../test/fixtures/formats/cjk-jst.csv');

describe('cjk-jst.csv', () => {
  it('keeps CJK text as it is and reads times in JST, KST, CEST and offsets', () => {
    const { records, issues } = readAll('splunk-csv', readFileSync(FILE, 'utf8'));
    expect(issues).toEqual([]);
    const events = records.map((r) => ({
      line: r.line,
      event: toEvent(recordOf(r.line, r.fields)),
    }));
    const good = events.flatMap(({ event }) => ('error' in event ? [] : [event]));
    expect(good.map((e) => new Date(e.time).toISOString())).toEqual([
      '2017-08-24T03:39:20.000Z',
      '2017-08-24T03:38:02.000Z',
      '2017-08-24T03:37:45.000Z',
      '2017-08-24T03:36:50.000Z',
      '2017-08-24T03:36:14.000Z',
      '2017-08-24T03:36:10.000Z',
    ]);
    expect(records.map((r) => r.fields.filename)).toContain('나는_데이비드를_사랑한다.hwp');
    expect(records[0].fields._raw).toBe('STOR 議事録_2017年8月.docx 226 転送完了');
    const bad = events.filter(({ event }) => 'error' in event);
    expect(bad.map((b) => b.line)).toEqual([6]);
  });
});

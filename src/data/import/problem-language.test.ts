import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/messages';
import { readAll } from '../formats/read-all';
import { toEvent } from '../normalize';
import { recordOf } from '../model';

afterEach(() => setLocale('en'));

describe('import problems', () => {
  it('are written in the interface language the import was started in', () => {
    const csv = '_time,host\n"2017-08-23 20:36:14,a\n';
    const json = '{"_time":"x"}\n[1]\n';
    expect(readAll('splunk-csv', csv).issues[0].message).toBe(
      'unterminated quoted cell (is the file truncated?)',
    );
    setLocale('ja');
    expect(readAll('splunk-csv', csv).issues[0].message).toBe(
      '引用符で囲まれたセルが閉じていません（ファイルが途中で切れているのでは？）',
    );
    expect(readAll('json-lines', json).issues[0].message).toBe(
      'JSON オブジェクトのはずが、配列でした',
    );
    const bad = toEvent(recordOf(3, { _time: 'yesterday', host: 'a' }));
    expect(bad).toEqual({
      error: '_time を時刻として解釈できません：「yesterday」',
      field: '_time',
    });
  });
});

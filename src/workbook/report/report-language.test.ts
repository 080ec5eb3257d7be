import { afterEach, describe, expect, it } from 'vitest';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { emptyProgress } from '../../data/progress/progress';
import { bundledHunts } from '../../../scripts/hunts/bundled';
import { setLocale } from '../../i18n/messages';
import { stixBundle, type StixIndicator } from '../indicators/stix';
import { reportHtml } from './html';
import { reportMarkdown } from './markdown';
import { buildReport } from './model';

const hunt = bundledHunts().find((h) => h.id === 'ftp-exfiltration')!;
const progress: HuntProgressRecord = {
  ...emptyProgress(hunt.id),
  pins: [
    {
      id: 'e',
      stepId: 'data-firewall',
      searchId: 'firewall-to-attacker',
      kind: 'event',
      title: 'ファイル転送',
      spl: 'index=botsv2 sourcetype=stream:ftp',
      pinnedAt: 1,
      snapshot: {
        time: '2017-08-23 20:36:14.000',
        raw: 'STOR 나는_데이비드를_사랑한다.hwp',
        fields: [['filename', '나는_데이비드를_사랑한다.hwp']],
      },
    },
  ],
};
const report = () =>
  buildReport(hunt, progress, [], 'Asia/Tokyo', new Date(Date.UTC(2017, 7, 24, 3, 36, 14)));

afterEach(() => setLocale('en'));

describe('exports in the chosen language', () => {
  it('writes the Markdown report’s headings and labels in Japanese, the data as it is', () => {
    setLocale('ja');
    const md = reportMarkdown(report());
    expect(md).toContain(`# 調査結果：${hunt.title}`);
    expect(md).toContain('## 仮説の判定');
    expect(md).toContain('## ダイヤモンドモデル');
    expect(md).toContain('### ファイル転送 (イベント)');
    expect(md).toContain('| フィールド | 値 |');
    // The data as it is: untranslated, escaped only to read as text (`\_` shows as `_`).
    expect(md).toContain('| filename | 나는\\_데이비드를\\_사랑한다.hwp |');
    expect(md).not.toMatch(/Verdict|Diamond model|\| field \| value \|/);
  });

  it('marks the HTML report as Japanese, so browsers pick Japanese fonts and line breaks', () => {
    setLocale('ja');
    const html = reportHtml(report());
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<h2>侵害指標（IOC）</h2>');
    expect(html).toContain('나는_데이비드를_사랑한다.hwp');
    setLocale('en');
    expect(reportHtml(report())).toContain('<html lang="en">');
  });

  it('writes the hunt’s own texts in the chosen language', () => {
    setLocale('ja');
    const jaHunt = bundledHunts('ja').find((h) => h.id === 'ftp-exfiltration')!;
    const jaReport = buildReport(jaHunt, progress, [], 'Asia/Tokyo', new Date(0));
    const md = reportMarkdown(jaReport);
    expect(md).toContain('# 調査結果：FTP によるデータ持ち出し');
    expect(md).toContain(jaHunt.findings!.reasons[0]);
    expect(md).toContain(jaHunt.findings!.diamond.victim);
    expect(md).not.toContain(hunt.findings!.reasons[0]);
    expect(reportHtml(jaReport)).toContain(jaHunt.findings!.operationalise[1].text);
  });

  it('names STIX indicators in the chosen language', () => {
    setLocale('ja');
    const bundle = stixBundle([{ kind: 'file', value: '나는_데이비드를_사랑한다.hwp', seen: [] }], {
      name: hunt.title,
    });
    const indicator = bundle.objects[1] as StixIndicator;
    expect(indicator.name).toBe('ファイル名 나는_데이비드를_사랑한다.hwp');
    expect(indicator.description).toBe('ハント内で確認');
  });
});

import { describe, expect, it } from 'vitest';
import { bundledHunt } from '../../scripts/hunts/bundled';
import { SAMPLE_ASSETS_FILE } from '../data/sample/sample-files';
import { fromEvents } from '../engine';
import type { Hunt } from '../hunts/types';
import { checkHunts, formatReport, unsupportedFeature } from './hunt-check';

// The check of every bundled hunt against the workshop sample is `npm run check-hunts`, which
// `npm test` runs; here, the check itself and the FTP hunt's fixed parts.
const ftpExfiltrationHunt = bundledHunt('ftp-exfiltration');

describe('checkHunts on a handful of events', () => {
  const t = Date.UTC(2017, 7, 23, 12);
  const source = fromEvents([
    { time: t, raw: 'a', fields: { index: 'x', host: 'h1' } },
    { time: t + 1000, raw: 'b', fields: { index: 'x', host: 'h2' } },
    { time: Date.UTC(2017, 9, 1), raw: 'late', fields: { index: 'x', host: 'h3' } },
  ]);
  const q = { prompt: 'p', hints: ['h'], explanation: 'e' };
  const hunt: Hunt = {
    ...ftpExfiltrationHunt,
    id: 'mini',
    sections: [{ kind: 'data', stepIds: ['data'] }],
    steps: [
      {
        id: 'data',
        kind: 'data',
        section: 0,
        title: 't',
        narrative: 'n',
        searches: [
          { id: 'all', title: 't', spl: 'index=x', view: 'events', notice: 'n', line: 12 },
          { id: 'bad', title: 't', spl: 'index=x | frobnicate', view: 'table', notice: 'n' },
        ],
        questions: [
          {
            ...q,
            id: 'n',
            kind: 'number',
            answer: 2,
            derive: { search: 'all', rule: { rowCount: true } },
          },
          {
            ...q,
            id: 'w',
            kind: 'set',
            answer: ['h1', 'h3'],
            derive: { search: 'all', rule: { valuesOf: 'host' } },
          },
          {
            ...q,
            id: 'b',
            kind: 'number',
            answer: 1,
            derive: { search: 'bad', rule: { rowCount: true } },
          },
          { ...q, id: 'j', kind: 'value', answer: 'why' },
        ],
      },
    ],
  };

  it('runs each search in the hunt window and checks each answer', async () => {
    const report = await checkHunts([hunt], { source });
    expect(report.searches.map((s) => [s.search, s.status, s.rows])).toEqual([
      ['all', 'ok', 2],
      ['bad', 'error', undefined],
    ]);
    expect(report.questions.map((x) => [x.question, x.status])).toEqual([
      ['n', 'pass'],
      ['w', 'fail'],
      ['b', 'blocked'],
      ['j', 'judgement'],
    ]);
    expect(report.questions[1].detail).toBe('wrong: 1 of 2 found; not in the answer: h2');
    expect(report.ok).toBe(false);
    expect(formatReport(report)).toContain('FAIL     mini/data/w');
    expect(formatReport(report, () => 'mini.yaml')).toContain(
      'ok       mini.yaml:12 mini/data/all',
    );
  });
});

it('tells a feature not built yet from a broken search', () => {
  expect(unsupportedFeature("Command 'rex' is not supported yet")).toBe('rex');
  expect(unsupportedFeature('TERM() is not supported yet')).toBe('TERM()');
  expect(unsupportedFeature("Unknown search command 'frobnicate'")).toBeNull();
});

describe('the FTP exfiltration hunt', () => {
  const hunt = ftpExfiltrationHunt;

  it('defaults to Pacific time and August 2017, and names its zoom windows', () => {
    expect(hunt.timeZone).toEqual({ id: 'America/Los_Angeles', label: 'Pacific Time' });
    expect(Date.parse(hunt.timeRange.earliest)).toBe(Date.parse('2017-08-01T07:00:00Z'));
    expect(Date.parse(hunt.timeRange.latest)).toBe(Date.parse('2017-09-01T07:00:00Z'));
    const hours = (id: string) => {
      const r = hunt.steps.find((s) => s.id === id)?.timeRange;
      return r ? (Date.parse(r.latest) - Date.parse(r.earliest)) / 3_600_000 : null;
    };
    expect(hours('time-series-zoom')).toBe(8);
    expect(hours('cluster-2-transmissions')).toBe(2);
  });

  it('uses the lookup the sample ships', () => {
    expect(hunt.lookups.map((l) => l.name)).toEqual([SAMPLE_ASSETS_FILE]);
    const used = hunt.steps
      .flatMap((s) => s.searches)
      .flatMap((s) => /lookup (\S+)/.exec(s.spl)?.[1] ?? []);
    expect(new Set(used)).toEqual(new Set([SAMPLE_ASSETS_FILE]));
  });

  it('contains the two workshop searches verbatim', () => {
    const spls = hunt.steps.flatMap((s) => s.searches).map((s) => s.spl);
    expect(spls).toContain(
      'index=botsv2 sourcetype=wineventlog (singlefile.dll OR winsys32.dll) | reverse\n' +
        '| stats count values(EventCode) as EventCode by host\n' +
        '| eventstats sum(count) as perc | eval percentage=round(count*100/perc,2) | fields - perc |sort - count',
    );
    const appendcols = spls.find((s) => s.includes('| appendcols'));
    expect(appendcols?.split('\n')).toEqual([
      'index=botsv2 sourcetype=stream:ftp src=10.0.2.107 dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST',
      '| table _time src filename method method_parameter',
      '| sort + _time',
      '| appendcols',
      '    [search index=botsv2 sourcetype=stream:ftp src=10.0.2.109 dest=160.153.91.7 method!=PORT method!=TYPE method!=NLST',
      '    | table _time src filename method method_parameter',
      '    | sort + _time',
      '    | eval time=_time',
      '    | fieldformat time=strftime(time,"%B %H:%M:%S")',
      '    | foreach *',
      '        [eval <<FIELD>>_s=<<FIELD>>]]',
      '| eval time_s=strftime(time_s,"%H:%M:%S")',
      '| table _time src filename method method_parameter time_s src_s filename_s method_s method_parameter_s',
    ]);
  });
});

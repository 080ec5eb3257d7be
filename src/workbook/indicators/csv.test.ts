import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indicatorsCsv } from './csv';
import type { Indicator } from './types';

const HOSTILE = [
  '=HYPERLINK("http://evil.com","x")',
  '+1',
  '-1+2',
  '@SUM(A1:A2)',
  '\t=1',
  '\r=1',
  ' =1+1',
  '\n-2',
  'say "hi",\nthen leave',
  "=cmd|' /C calc'!A0",
];

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('indicatorsCsv', () => {
  const step = { stepId: 's1', label: 'Step 1: the firewall' };
  const list: Indicator[] = [
    { kind: 'ipv4', value: '160.153.91.7', seen: [step, { pinId: 'p', label: 'A pin' }] },
    { kind: 'domain', value: 'hildegardsfarm.com', seen: [step] },
  ];

  it('has kind, value and where seen, one sighting a line, CRLF line ends', () => {
    const text = indicatorsCsv(list);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('kind,value,seen');
    expect(parse(text)).toEqual([
      ['kind', 'value', 'seen'],
      ['ipv4', '160.153.91.7', 'Step 1: the firewall\nA pin'],
      ['domain', 'hildegardsfarm.com', 'Step 1: the firewall'],
    ]);
  });

  it('defangs values on request', () => {
    expect(parse(indicatorsCsv(list, { defanged: true })).map((r) => r[1])).toEqual([
      'value',
      '160[.]153[.]91[.]7',
      'hildegardsfarm[.]com',
    ]);
  });

  it('has no cell that starts a formula, whatever the values and labels', () => {
    const hostile: Indicator[] = HOSTILE.map((v) => ({
      kind: 'file',
      value: v,
      seen: [{ label: v }],
    }));
    const rows = parse(indicatorsCsv(hostile));
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^\s*[=+\-@]|^[\t\r]/);
    // The text is all there, behind the quote that keeps it text.
    const plain = 'say "hi",\nthen leave';
    expect(rows.slice(1).map((r) => r[1])).toEqual(HOSTILE.map((v) => (v === plain ? v : `'${v}`)));
  });
});

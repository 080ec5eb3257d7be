import { describe, expect, it } from 'vitest';
import { cellClass, cellTexts, sharedOffset } from './cells';

const LA = 'America/Los_Angeles';
// 2017-11-05 08:30 UTC is 01:30 PDT; 10:30 UTC is 02:30 PST, after the change.
const PDT = Date.parse('2017-11-05T08:30:00Z') / 1000;
const PST = Date.parse('2017-11-05T10:30:00Z') / 1000;

describe('table cells', () => {
  it('puts the offset in the header when every time on the page shares it', () => {
    expect(sharedOffset([{ _time: PDT }, { host: 'x' }, { _time: PDT + 60 }], LA)).toBe(
      'UTC-07:00',
    );
    expect(cellTexts(PDT, '_time', LA, true)).toEqual(['2017-11-05 01:30:00.000']);
  });

  it('keeps the offset in each cell across a daylight-saving change', () => {
    expect(sharedOffset([{ _time: PDT }, { _time: PST }], LA)).toBeUndefined();
    expect(cellTexts(PST, '_time', LA, false)).toEqual(['2017-11-05 02:30:00.000 (UTC-08:00)']);
  });

  it('has no header offset without times', () => {
    expect(sharedOffset([{ count: 3 }], LA)).toBeUndefined();
  });

  it('lets only long texts break anywhere', () => {
    expect(cellClass(['160.153.91.7'], 'dest', false)).toBe('');
    expect(cellClass(['x'.repeat(41)], 'CommandLine', false)).toBe('long');
    expect(cellClass(['12'], 'count', true)).toBe('num');
    expect(cellClass(['2017-08-23'], '_time', false)).toBe('time');
  });

  it('shows multivalue cells one value each', () => {
    expect(cellTexts(['a', 'b'], 'src', LA, true)).toEqual(['a', 'b']);
    expect(cellTexts(null, 'src', LA, true)).toEqual([]);
  });
});

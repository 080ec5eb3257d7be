import { describe, expect, it } from 'vitest';
import type { ResultSet, Row, Value } from '../engine';
import type { ChoiceQuestion, NumberQuestion, SetQuestion, ValueQuestion } from '../hunts/types';
import { checkAnswer, deriveFrom, describeFeedback } from './answers';

const base = { prompt: 'p', hints: ['h'], explanation: 'e' };
const num: NumberQuestion = { ...base, id: 'n', kind: 'number', answer: 710 };
const val: ValueQuestion = {
  ...base,
  id: 'v',
  kind: 'value',
  answer: 'C:\\Windows\\ftp.exe',
  accept: ['ftp.exe'],
};
const choice: ChoiceQuestion = {
  ...base,
  id: 'c',
  kind: 'choice',
  options: [
    { id: 'download', label: 'Down' },
    { id: 'upload', label: 'Up' },
  ],
  answer: 'download',
};
const set: SetQuestion = {
  ...base,
  id: 's',
  kind: 'set',
  answer: ['wrk-btun', 'wrk-klagerf', 'venus', 'mercury'],
};

function rs(...rows: Record<string, Value>[]): ResultSet {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { fields, rows: rows.map((r) => Object.assign(Object.create(null), r) as Row) };
}

describe('checkAnswer', () => {
  it.each([
    [710, 'right'],
    ['710', 'right'],
    [' 7,10 ', 'right'],
    ['711', 'wrong'],
    ['seven', 'invalid'],
    ['', 'invalid'],
  ] as const)('number %j is %s', (input, verdict) => {
    expect(checkAnswer(num, input).verdict).toBe(verdict);
  });

  it('applies a number tolerance', () => {
    const q = { ...num, answer: 50, tolerance: 0.5 };
    expect(checkAnswer(q, 50.4).verdict).toBe('right');
    expect(checkAnswer(q, 50.6).verdict).toBe('wrong');
  });

  it.each([
    ['c:\\windows\\FTP.EXE', 'right'],
    ['  ftp.exe ', 'right'],
    ['ftp', 'wrong'],
  ] as const)('value %j is %s (case and space do not matter)', (input, verdict) => {
    expect(checkAnswer(val, input).verdict).toBe(verdict);
  });

  it('compares composed and decomposed Unicode as equal', () => {
    const q: ValueQuestion = { ...base, id: 'k', kind: 'value', answer: '나는.hwp' };
    expect(checkAnswer(q, '나는.hwp'.normalize('NFD')).verdict).toBe('right');
  });

  it('takes a choice by option id, case-insensitively, and refuses unknown options', () => {
    expect(checkAnswer(choice, 'Download').verdict).toBe('right');
    expect(checkAnswer(choice, 'upload').verdict).toBe('wrong');
    expect(checkAnswer(choice, 'sideways')).toEqual({
      verdict: 'invalid',
      reason: 'not-an-option',
    });
  });

  it('scores sets: found of total, extras named, order and duplicates ignored', () => {
    const fb = checkAnswer(set, ['Venus', 'wrk-btun', 'venus', 'saturn', 'wrk-klagerf']);
    expect(fb).toEqual({
      verdict: 'wrong',
      set: { found: 3, total: 4, extra: ['saturn'] },
    });
    expect(describeFeedback(fb)).toBe('wrong: 3 of 4 found; not in the answer: saturn');
    expect(checkAnswer(set, 'mercury, venus\nwrk-klagerf; wrk-btun').verdict).toBe('right');
  });

  it('a full set plus an extra value is still wrong', () => {
    expect(checkAnswer(set, [...set.answer, 'jupiter']).verdict).toBe('wrong');
  });
});

describe('deriveFrom', () => {
  const stats = rs(
    { host: 'wrk-btun', count: '2', EventCode: '4688' },
    { host: 'mercury', count: '1', EventCode: ['4688', '4689'] },
    { host: 'wrk-klagerf', count: 1 },
  );

  it('counts rows, with or without a filter', () => {
    expect(deriveFrom({ rowCount: true }, stats)).toEqual({ ok: true, value: 3 });
    expect(deriveFrom({ rowCount: true, where: { field: 'count', equals: 1 } }, stats)).toEqual({
      ok: true,
      value: 2,
    });
  });

  it('reads a field of the n-th matching row', () => {
    expect(deriveFrom({ field: 'host' }, stats)).toEqual({ ok: true, value: 'wrk-btun' });
    expect(deriveFrom({ field: 'host', row: 2 }, stats)).toEqual({
      ok: true,
      value: 'wrk-klagerf',
    });
    expect(
      deriveFrom({ field: 'count', where: { field: 'host', equals: 'MERC*' } }, stats),
    ).toEqual({ ok: true, value: '1' });
    expect(deriveFrom({ field: 'EventCode', row: 1 }, stats)).toEqual({
      ok: true,
      value: ['4688', '4689'],
    });
  });

  it('says why when there is nothing to read', () => {
    const none = deriveFrom({ field: 'host', row: 5 }, stats);
    expect(none.ok).toBe(false);
    const missing = deriveFrom({ field: 'EventCode', row: 2 }, stats);
    expect(missing).toEqual({ ok: false, problem: 'row 2 has no EventCode' });
  });

  it('counts distinct values across multivalue fields', () => {
    expect(deriveFrom({ distinct: 'EventCode' }, stats)).toEqual({ ok: true, value: 2 });
  });

  it('sums a numeric field, and refuses text', () => {
    expect(deriveFrom({ sum: 'count' }, stats)).toEqual({ ok: true, value: 4 });
    expect(deriveFrom({ sum: 'host' }, stats).ok).toBe(false);
  });

  it('collects the values of a field once each, filtered', () => {
    expect(deriveFrom({ valuesOf: 'EventCode' }, stats)).toEqual({
      ok: true,
      value: ['4688', '4689'],
    });
    expect(
      deriveFrom({ valuesOf: 'host', where: { field: 'host', equals: 'wrk-*' } }, stats),
    ).toEqual({ ok: true, value: ['wrk-btun', 'wrk-klagerf'] });
  });

  it('treats wildcard filters literally apart from the star', () => {
    const paths = rs({ Image: 'C:\\Windows\\System32\\ftp.exe' }, { Image: 'C:\\x\\ftpXexe' });
    expect(
      deriveFrom({ rowCount: true, where: { field: 'Image', equals: '*\\ftp.exe' } }, paths),
    ).toEqual({ ok: true, value: 1 });
  });

  it('a derived value checks like a user answer', () => {
    const d = deriveFrom({ valuesOf: 'host' }, stats);
    expect(d.ok && checkAnswer(set, d.value)).toEqual({
      verdict: 'wrong',
      set: { found: 3, total: 4, extra: [] },
    });
  });
});

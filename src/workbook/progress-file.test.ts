import { describe, expect, it } from 'vitest';
import type { HuntProgressRecord } from '../data/db/schema-types';
import {
  MAX_PROGRESS_BYTES,
  parseProgressJson,
  ProgressFileError,
  progressToJson,
} from './progress-file';

const RECORDS: HuntProgressRecord[] = [
  {
    huntId: 'ftp-exfiltration',
    stepId: 'cluster-1-files',
    answers: {
      'q-number': { value: 7, verdict: 'right' },
      'q-set': { value: ['wrk-btun', 'venus'], verdict: 'wrong' },
      'q-text': { value: 'T1048', verdict: 'right' },
    },
    revealed: ['q-set'],
    hints: { 'q-set': 2 },
    notes: { 'cluster-1-files': 'saw **160.153.91.7**\n- and "quotes" \u2603' },
    visited: ['hypothesis', 'cluster-1-files'],
    updatedAt: 1_800_000_000_000,
  },
  {
    huntId: 'other',
    answers: {},
    revealed: [],
    hints: {},
    notes: {},
    visited: [],
    updatedAt: 0,
  },
];

const doc = (hunts: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'hunting-workbook-progress',
    version: 1,
    exportedAt: '2026-11-29T02:00:00.000Z',
    hunts,
    ...extra,
  });

const withField = (field: string, value: unknown) =>
  doc([RECORDS[1], { ...RECORDS[0], [field]: value }]);

const problem = (text: string) => {
  try {
    parseProgressJson(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ProgressFileError);
    return (e as Error).message;
  }
  throw new Error('parsed');
};

describe('progress file', () => {
  it('reads back what it writes', () => {
    const text = progressToJson(RECORDS, new Date('2026-11-29T02:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'hunting-workbook-progress',
      version: 1,
      exportedAt: '2026-11-29T02:00:00.000Z',
    });
    expect(parseProgressJson(text)).toEqual(RECORDS);
  });

  it('keeps fields other features add to a record', () => {
    const pins = [{ id: 'p1', raw: '160.153.91.7' }];
    expect(parseProgressJson(withField('pins', pins))[1]).toEqual({ ...RECORDS[0], pins });
  });

  it.each([
    ['answers', [], 'hunts[1].answers: expected an object'],
    ['answers', { q1: { value: { x: 1 }, verdict: 'right' } }, 'hunts[1].answers.q1.value:'],
    ['answers', { q1: { value: ['a', 2], verdict: 'right' } }, 'hunts[1].answers.q1.value:'],
    ['answers', { 'q 1': { value: 'a', verdict: 'maybe' } }, 'hunts[1].answers["q 1"].verdict:'],
    ['answers', { q1: 'T1048' }, 'hunts[1].answers.q1: expected an object'],
    ['revealed', 'q1', 'hunts[1].revealed: expected a list'],
    ['revealed', ['q1', 3], 'hunts[1].revealed[1]: expected a string'],
    ['hints', { q1: -1 }, 'hunts[1].hints.q1: expected a whole number'],
    ['hints', { q1: 1.5 }, 'hunts[1].hints.q1: expected a whole number'],
    ['notes', { s1: 5 }, 'hunts[1].notes.s1: expected a string'],
    ['visited', null, 'hunts[1].visited: expected a list'],
    ['updatedAt', '2026-11-29', 'hunts[1].updatedAt: expected a time'],
    ['stepId', 4, 'hunts[1].stepId: expected a string'],
    ['huntId', '', 'hunts[1].huntId: expected a hunt id'],
    ['huntId', undefined, 'hunts[1].huntId: expected a string'],
  ])('names the path of a bad %s', (field, value, message) => {
    expect(problem(withField(field, value))).toContain(message);
  });

  it('rejects files that are not progress files, with a clear message', () => {
    expect(problem('{"format":')).toMatch(/^not a JSON file/);
    expect(problem('[]')).toMatch(/not a progress file/);
    expect(problem(JSON.stringify({ format: 'other', version: 1, hunts: [] }))).toMatch(
      /not a progress file/,
    );
    expect(problem(doc(RECORDS, { version: 2 }))).toMatch(
      /newer version of the workbook .*version 2/,
    );
    expect(problem(doc(RECORDS, { version: '1' }))).toMatch(/^version: expected a whole number/);
    expect(problem(doc({}))).toBe('hunts: expected a list');
    expect(problem(doc([null]))).toBe('hunts[0]: expected an object');
    expect(problem(doc(RECORDS, { exportedAt: 5 }))).toBe('exportedAt: expected a string');
    expect(problem(doc([RECORDS[1], RECORDS[1]]))).toMatch(
      /^hunts\[1\]\.huntId: "other" is in the file twice/,
    );
  });

  it('refuses a file larger than any progress file would be, before parsing it', () => {
    const big = doc([{ ...RECORDS[1], notes: { s: 'x'.repeat(MAX_PROGRESS_BYTES) } }]);
    expect(problem(big)).toMatch(/too large/);
  });
});

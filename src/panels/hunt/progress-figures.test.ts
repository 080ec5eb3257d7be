import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../data/progress/progress';
import type { Hunt, HuntStep, Question } from '../../hunts/types';
import { bundledHunts } from '../../../scripts/hunts/bundled';
import { huntFigures, rangeMs, stepMark, stepsBySection } from './progress-figures';
import { sectionTitle } from './section-title';

const HUNTS = bundledHunts();

const q = (id: string): Question => ({
  id,
  kind: 'value',
  prompt: id,
  hints: [],
  explanation: '',
  answer: 'x',
});
const step = (id: string, questions: Question[]): HuntStep => ({
  id,
  kind: 'data',
  section: 0,
  title: id,
  narrative: '',
  searches: [],
  questions,
});

describe('hunt progress figures', () => {
  const s = step('s', [q('a'), q('b')]);

  it('marks a step new, visited, then done when every question is right', () => {
    const p = emptyProgress('h');
    expect(stepMark(s, null)).toBe('new');
    expect(stepMark(s, p)).toBe('new');
    expect(stepMark(s, { ...p, visited: ['s'] })).toBe('visited');
    const oneRight = { ...p, answers: { a: { value: 'x', verdict: 'right' as const } } };
    expect(stepMark(s, oneRight)).toBe('visited');
    const wrong = {
      ...oneRight,
      answers: { ...oneRight.answers, b: { value: 'y', verdict: 'wrong' as const } },
    };
    expect(stepMark(s, wrong)).toBe('visited');
    const allRight = {
      ...oneRight,
      answers: { ...oneRight.answers, b: { value: 'x', verdict: 'right' as const } },
    };
    expect(stepMark(s, allRight)).toBe('done');
    expect(stepMark(step('read', []), { ...p, visited: ['read'] })).toBe('done');
  });

  it('counts right answers and visited steps of this hunt only', () => {
    const hunt = { steps: [s, step('t', [q('c')])] } as Hunt;
    const p = {
      ...emptyProgress('h'),
      visited: ['s', 'gone'],
      answers: {
        a: { value: 'x', verdict: 'right' as const },
        c: { value: 'y', verdict: 'wrong' as const },
      },
    };
    expect(huntFigures(hunt, p)).toEqual({ questions: 3, right: 1, steps: 2, visited: 1 });
  });

  it('groups the workshop hunt into its sections in order, every step once', () => {
    const hunt = HUNTS[0];
    const groups = stepsBySection(hunt);
    expect(groups.map((g) => sectionTitle(hunt, g.index))).toEqual([
      'Hypothesis',
      'Data',
      'Time series',
      'Cluster 1',
      'Cluster 2',
      'Transactions',
      'Loose ends',
      'Findings',
    ]);
    expect(groups.map((g) => g.section.kind)).toEqual([
      'hypothesis',
      'data',
      'time-series',
      'cluster',
      'cluster',
      'cluster',
      'loose-ends',
      'findings',
    ]);
    expect(groups.flatMap((g) => g.steps.map((x) => x.id))).toEqual(hunt.steps.map((x) => x.id));
  });

  it('numbers clusters the hunt does not name, and names the others by kind', () => {
    const hunt = {
      sections: [
        { kind: 'data', stepIds: [] },
        { kind: 'cluster', stepIds: [] },
        { kind: 'cluster', title: 'Transactions', stepIds: [] },
        { kind: 'cluster', stepIds: [] },
      ],
    } as unknown as Hunt;
    expect([0, 1, 2, 3].map((i) => sectionTitle(hunt, i))).toEqual([
      'Data',
      'Cluster 1',
      'Transactions',
      'Cluster 3',
    ]);
  });

  it('reads ISO ranges with their offsets', () => {
    expect(
      rangeMs({
        earliest: '2017-08-01T00:00:00-07:00',
        latest: '2017-09-01T00:00:00-07:00',
      }),
    ).toEqual({ earliest: Date.UTC(2017, 7, 1, 7), latest: Date.UTC(2017, 8, 1, 7) });
  });
});

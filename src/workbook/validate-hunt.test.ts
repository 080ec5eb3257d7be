import { describe, expect, it } from 'vitest';
import { HUNTS } from '../hunts';
import type { Hunt } from '../hunts/types';
import { huntProblems, rangeBounds, STEP_KIND_ORDER } from './validate-hunt';

const tiny: Hunt = {
  id: 'tiny',
  title: 't',
  summary: 's',
  techniques: [],
  sourcetypes: [],
  lookups: [],
  timeZone: { id: 'UTC', label: 'UTC' },
  timeRange: { label: 'x', earliest: '2017-08-01T00:00:00Z', latest: '2017-09-01T00:00:00Z' },
  steps: [
    {
      id: 'data',
      kind: 'data',
      title: 't',
      narrative: 'n',
      searches: [{ id: 'q', title: 't', spl: 'x', view: 'events', notice: 'n' }],
      questions: [
        {
          id: 'a',
          kind: 'number',
          prompt: 'p',
          hints: ['h'],
          explanation: 'e',
          answer: 1,
          derive: { search: 'q', rule: { rowCount: true } },
        },
      ],
    },
  ],
};

describe('huntProblems', () => {
  it('finds nothing wrong in a sound hunt', () => {
    expect(huntProblems(tiny)).toEqual([]);
  });

  it('catches clashing ids, unknown searches, bad options, order and ranges', () => {
    const step = tiny.steps[0];
    const broken: Hunt = {
      ...tiny,
      timeRange: { label: 'x', earliest: '08/01/2017:00:00:00', latest: '2017-09-01T00:00:00Z' },
      steps: [
        step,
        {
          ...step,
          kind: 'hypothesis',
          searches: [{ ...step.searches[0], view: 'side-by-side' }],
          questions: [
            {
              id: 'a',
              kind: 'choice',
              prompt: 'p',
              hints: [],
              explanation: 'e',
              options: [{ id: 'x', label: 'x' }],
              answer: 'y',
              derive: { search: 'nope', rule: { rowCount: true } },
            },
          ],
        },
      ],
    };
    const problems = huntProblems(broken);
    for (const expected of [
      'data: step id used twice',
      'data: a hypothesis step after a data step',
      'q: search id used twice',
      'q: a side-by-side view needs a split, and only it has one',
      'tiny: time range is not two ordered ISO instants with offsets',
      'a: question id used twice',
      'a: no hints',
      "a: derives from unknown search 'nope'",
      "a: answer 'y' is not an option",
      'a: a choice needs at least two options',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  it('catches findings that link to steps or searches the hunt does not have', () => {
    const withFindings: Hunt = {
      ...tiny,
      findings: {
        verdict: 'open',
        reasons: ['r'],
        learned: [
          { text: 'good', links: [{ stepId: 'data', searchId: 'q' }] },
          { text: 'bad', links: [{ stepId: 'nope' }, { stepId: 'data', searchId: 'gone' }] },
          { text: 'none', links: [] },
        ],
        diamond: { adversary: 'a', capability: 'c', infrastructure: 'i', victim: ' ' },
        operationalise: [
          { id: 'x', text: 't' },
          { id: 'x', text: 't' },
        ],
        indicators: [
          { value: '1.2.3.4', seen: { stepId: 'data', searchId: 'q' } },
          { value: 'evil.com', seen: { stepId: 'data', searchId: 'missing' } },
        ],
      },
    };
    expect(huntProblems(withFindings)).toEqual([
      "findings.learned[1]: links to unknown step 'nope'",
      "findings.learned[1]: links to search 'gone', which is not in step 'data'",
      'findings.learned[2]: links to nothing',
      'findings.diamond.victim: empty',
      'x: checklist item id used twice',
      "findings.indicators[1]: links to search 'missing', which is not in step 'data'",
    ]);
  });

  it('reads ranges as instants and refuses reversed ones', () => {
    expect(rangeBounds(tiny.timeRange)).toEqual({
      earliest: Date.UTC(2017, 7, 1),
      latest: Date.UTC(2017, 8, 1),
    });
    expect(
      rangeBounds({ label: 'x', earliest: tiny.timeRange.latest, latest: tiny.timeRange.earliest }),
    ).toBeNull();
  });
});

describe('the shipped hunts', () => {
  it.each(HUNTS.map((h) => [h.id, h] as const))('%s has no content problems', (_id, hunt) => {
    expect(huntProblems(hunt)).toEqual([]);
  });

  it.each(HUNTS.map((h) => [h.id, h] as const))('%s concludes with findings', (_id, hunt) => {
    expect(hunt.findings?.learned.length).toBeGreaterThan(0);
  });

  it.each(HUNTS.map((h) => [h.id, h] as const))('%s tells every section', (_id, hunt) => {
    expect([...new Set(hunt.steps.map((s) => s.kind))]).toEqual(STEP_KIND_ORDER);
  });
});

import { describe, expect, it } from 'vitest';
import { bundledFiles, bundledHunts } from '../../scripts/hunts/bundled';
import { huntEntry, useHunts } from './hunts';
import { createPresenterStore, shownIn, stepOf } from './presenter';
import { partKey, revealAnswer, revealNext, stepParts } from './presenter-parts';
import { trackedStores, until } from '../test/support/presenter-stores';

const HUNTS = bundledHunts();
// The presenter finds its hunt in the hunts store, as in the app once the hunts have loaded.
useHunts.setState({
  status: 'ready',
  bundled: bundledFiles().map((f) => huntEntry(f.text, f.fileName, 'bundled')),
});

const hunt = HUNTS[0];
const withSearches = hunt.steps.find((s) => s.searches.length >= 2 && s.questions.length >= 2)!;
const noSearch = hunt.steps.find((s) => s.searches.length === 0)!;

const stores = trackedStores();

function pair() {
  const presenter = createPresenterStore();
  const speaker = createPresenterStore();
  stores.push(presenter, speaker);
  return { presenter, speaker };
}

describe('presenter parts', () => {
  it('starts a step on its first search, reveals in reading order, R jumps to an answer', () => {
    const parts = stepParts(hunt, withSearches);
    expect(parts[0]).toEqual({ kind: 'search', index: 0 });
    expect(parts[1]).toEqual({ kind: 'notice', index: 0 });
    expect(parts.at(-1)).toEqual({ kind: 'answer', index: withSearches.questions.length - 1 });
    expect(parts).toHaveLength(2 * (withSearches.searches.length + withSearches.questions.length));
    // A step without searches opens on its first question.
    expect(stepParts(hunt, noSearch)[0]).toEqual({ kind: 'question', index: 0 });
  });

  it('a findings step reveals the findings after its answers, in the panel’s order', () => {
    const findings = hunt.steps.find((s) => s.kind === 'findings')!;
    const parts = stepParts(hunt, findings);
    const asked = 2 * (findings.searches.length + findings.questions.length);
    expect(parts.slice(asked)).toEqual(
      ['verdict', 'learned', 'diamond', 'indicators', 'checklist'].map((section) => ({
        kind: 'findings',
        section,
      })),
    );
    // R stops at the last answer: the findings are not answers.
    expect(revealAnswer(hunt, findings, asked)).toBe(asked);
    expect(revealNext(hunt, findings, asked)).toBe(asked + 1);
    // A hunt that names nothing learned has no such section; other steps have no findings.
    const bare = { ...hunt, findings: { ...hunt.findings!, learned: [] } };
    expect(stepParts(bare, findings).map(partKey).slice(asked)).toEqual([
      'findings-verdict',
      'findings-diamond',
      'findings-indicators',
      'findings-checklist',
    ]);
    expect(stepParts(hunt, withSearches).some((p) => p.kind === 'findings')).toBe(false);
  });
});

describe('presenter store: two windows kept in step', () => {
  it('a speaker window that opens later takes the presenter’s step and reveals', async () => {
    const { presenter, speaker } = pair();
    presenter.getState().connect(hunt.id, withSearches.id, 'presenter');
    presenter.getState().revealNext();
    expect(shownIn(presenter.getState().state, hunt, withSearches)).toBe(2);
    speaker.getState().connect(hunt.id, hunt.steps[0].id, 'speaker');
    await until(() => speaker.getState().state?.stepId === withSearches.id);
    expect(shownIn(speaker.getState().state, hunt, withSearches)).toBe(2);
    expect(speaker.getState().state?.startedAt).toBe(presenter.getState().state?.startedAt);
  });

  it('moves and reveals both ways, and keeps reveals per step', async () => {
    const { presenter, speaker } = pair();
    presenter.getState().connect(hunt.id, withSearches.id, 'presenter');
    speaker.getState().connect(hunt.id, withSearches.id, 'speaker');
    await until(() => (speaker.getState().state?.rev ?? 0) > 0);

    const parts = stepParts(hunt, withSearches);
    speaker.getState().revealAnswer();
    const firstAnswer = parts.findIndex((p) => p.kind === 'answer') + 1;
    await until(() => shownIn(presenter.getState().state, hunt, withSearches) === firstAnswer);

    const next = hunt.steps[hunt.steps.indexOf(withSearches) + 1];
    presenter.getState().goTo(next.id);
    await until(() => stepOf(speaker.getState().state)?.id === next.id);
    expect(shownIn(speaker.getState().state, hunt, next)).toBe(1);

    speaker.getState().goTo(withSearches.id);
    await until(() => presenter.getState().state?.stepId === withSearches.id);
    // Back on the step, what the room saw is still shown.
    expect(shownIn(presenter.getState().state, hunt, withSearches)).toBe(firstAnswer);
    presenter.getState().revealNext();
    await until(() => shownIn(speaker.getState().state, hunt, withSearches) === firstAnswer + 1);
  });

  it('stops at the last part and ignores another hunt', async () => {
    const { presenter, speaker } = pair();
    presenter.getState().connect(hunt.id, noSearch.id, 'presenter');
    const total = stepParts(hunt, noSearch).length;
    for (let i = 0; i < total + 3; i++) presenter.getState().revealNext();
    expect(shownIn(presenter.getState().state, hunt, noSearch)).toBe(total);
    const before = presenter.getState().state;
    presenter.getState().revealAnswer();
    expect(presenter.getState().state?.shown).toEqual(before?.shown);
    speaker.getState().connect('another-hunt', 'x', 'speaker');
    await new Promise((r) => setTimeout(r, 30));
    expect(speaker.getState().state?.huntId).toBe('another-hunt');
    expect(presenter.getState().state?.huntId).toBe(hunt.id);
  });
});

describe('trainer notes of the FTP hunt', () => {
  it('every step has short notes for the trainer', () => {
    for (const step of hunt.steps) {
      expect(step.trainerNotes, step.id).toMatch(/\S/);
      expect(step.trainerNotes!.length, step.id).toBeLessThan(700);
    }
  });
});

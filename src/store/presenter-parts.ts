import type { Hunt, HuntStep } from '../hunts/types';

/** The findings as a room is shown them, one section at a time, in the findings panel's order. */
export type FindingsSection = 'verdict' | 'learned' | 'diamond' | 'indicators' | 'checklist';

/**
 * What a presenter reveals one at a time, in reading order: each search, then what to notice in
 * it; then each question, then its answer; on a findings step, then each section of the
 * findings. The narrative is always shown.
 */
export type PresenterPart =
  | { kind: 'search'; index: number }
  | { kind: 'notice'; index: number }
  | { kind: 'question'; index: number }
  | { kind: 'answer'; index: number }
  | { kind: 'findings'; section: FindingsSection };

/**
 * The findings sections a step presents: those of the findings panel, on the steps that hold
 * it. They depend on the hunt alone, never on the learner's progress, so that both windows
 * count the same parts whether or not they have read it.
 */
export function findingsSections(hunt: Hunt, step: HuntStep): FindingsSection[] {
  if (step.kind !== 'findings') return [];
  // The panel leaves out what-we-learned when the hunt names nothing.
  const learned = (hunt.findings?.learned.length ?? 0) > 0;
  return [
    'verdict',
    ...(learned ? ['learned' as const] : []),
    'diamond',
    'indicators',
    'checklist',
  ];
}

export function stepParts(hunt: Hunt, step: HuntStep): PresenterPart[] {
  const parts: PresenterPart[] = [];
  step.searches.forEach((_, index) => {
    parts.push({ kind: 'search', index }, { kind: 'notice', index });
  });
  step.questions.forEach((_, index) => {
    parts.push({ kind: 'question', index }, { kind: 'answer', index });
  });
  for (const section of findingsSections(hunt, step)) parts.push({ kind: 'findings', section });
  return parts;
}

/** A key for a part, unique within its step. */
export function partKey(part: PresenterPart): string {
  return part.kind === 'findings' ? `findings-${part.section}` : `${part.kind}-${part.index}`;
}

/**
 * How many parts a step shows when it opens: the first one (its first search, or its first
 * question when it has no search), so the room has something to look at.
 */
export function initialShown(hunt: Hunt, step: HuntStep): number {
  return Math.min(1, stepParts(hunt, step).length);
}

/** Shown parts are always a prefix of the parts, so one count says what is on screen. */
export function clampShown(hunt: Hunt, step: HuntStep, shown: number | undefined): number {
  const total = stepParts(hunt, step).length;
  if (shown === undefined || !Number.isFinite(shown)) return initialShown(hunt, step);
  return Math.max(initialShown(hunt, step), Math.min(total, Math.floor(shown)));
}

export function revealNext(hunt: Hunt, step: HuntStep, shown: number): number {
  return Math.min(stepParts(hunt, step).length, shown + 1);
}

/**
 * Reveals the next unrevealed answer, with whatever comes before it (a question's answer makes
 * no sense without its prompt). Unchanged when every answer is out.
 */
export function revealAnswer(hunt: Hunt, step: HuntStep, shown: number): number {
  const parts = stepParts(hunt, step);
  const at = parts.findIndex((p, i) => i >= shown && p.kind === 'answer');
  return at === -1 ? shown : at + 1;
}

export function hiddenParts(hunt: Hunt, step: HuntStep, shown: number): PresenterPart[] {
  return stepParts(hunt, step).slice(shown);
}

import type { HuntStep } from '../hunts/types';

/**
 * What a presenter reveals one at a time, in reading order: each search, then what to notice in
 * it; then each question, then its answer. The narrative is always shown.
 */
export type PresenterPart =
  | { kind: 'search'; index: number }
  | { kind: 'notice'; index: number }
  | { kind: 'question'; index: number }
  | { kind: 'answer'; index: number };

export function stepParts(step: HuntStep): PresenterPart[] {
  const parts: PresenterPart[] = [];
  step.searches.forEach((_, index) => {
    parts.push({ kind: 'search', index }, { kind: 'notice', index });
  });
  step.questions.forEach((_, index) => {
    parts.push({ kind: 'question', index }, { kind: 'answer', index });
  });
  return parts;
}

/**
 * How many parts a step shows when it opens: the first one (its first search, or its first
 * question when it has no search), so the room has something to look at.
 */
export function initialShown(step: HuntStep): number {
  return Math.min(1, stepParts(step).length);
}

/** Shown parts are always a prefix of the parts, so one count says what is on screen. */
export function clampShown(step: HuntStep, shown: number | undefined): number {
  const total = stepParts(step).length;
  if (shown === undefined || !Number.isFinite(shown)) return initialShown(step);
  return Math.max(initialShown(step), Math.min(total, Math.floor(shown)));
}

export function revealNext(step: HuntStep, shown: number): number {
  return Math.min(stepParts(step).length, shown + 1);
}

/**
 * Reveals the next unrevealed answer, with whatever comes before it (a question's answer makes
 * no sense without its prompt). Unchanged when every answer is out.
 */
export function revealAnswer(step: HuntStep, shown: number): number {
  const parts = stepParts(step);
  const at = parts.findIndex((p, i) => i >= shown && p.kind === 'answer');
  return at === -1 ? shown : at + 1;
}

export function hiddenParts(step: HuntStep, shown: number): PresenterPart[] {
  return stepParts(step).slice(shown);
}

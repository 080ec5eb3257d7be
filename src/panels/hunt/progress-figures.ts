import type { Hunt, HuntSearch, HuntSection, HuntStep } from '../../hunts/types';
import { searchRange } from '../../workbook/search-range';
import type { HuntProgressRecord } from '../../data/db/schema-types';

export type StepMark = 'done' | 'visited' | 'new';

/** A step is done when every question in it is answered right (or it has none and was seen). */
export function stepMark(step: HuntStep, p: HuntProgressRecord | null): StepMark {
  if (!p || !p.visited.includes(step.id)) {
    const anyRight = step.questions.some((q) => p?.answers[q.id]?.verdict === 'right');
    if (!anyRight) return 'new';
  }
  const allRight = step.questions.every((q) => p?.answers[q.id]?.verdict === 'right');
  return allRight ? 'done' : 'visited';
}

export function huntFigures(hunt: Hunt, p: HuntProgressRecord | null) {
  const questions = hunt.steps.flatMap((s) => s.questions);
  const stepIds = new Set(hunt.steps.map((s) => s.id));
  return {
    questions: questions.length,
    right: questions.filter((q) => p?.answers[q.id]?.verdict === 'right').length,
    steps: hunt.steps.length,
    visited: (p?.visited ?? []).filter((id) => stepIds.has(id)).length,
  };
}

/** Steps grouped by the hunt's sections, in its order. */
export function stepsBySection(
  hunt: Hunt,
): { section: HuntSection; index: number; steps: HuntStep[] }[] {
  return hunt.sections.map((section, index) => ({
    section,
    index,
    steps: hunt.steps.filter((s) => s.section === index),
  }));
}

/** ISO instants of a hunt's time range as epoch ms for a search panel. */
export function rangeMs(range: { earliest: string; latest: string }): {
  earliest: number;
  latest: number;
} {
  return { earliest: Date.parse(range.earliest), latest: Date.parse(range.latest) };
}

/** The window a step's search runs over, as epoch ms: its own, else its step's, else the hunt's. */
export function searchWindowMs(hunt: Hunt, step: HuntStep, search: HuntSearch) {
  return rangeMs(searchRange(hunt, step, search));
}

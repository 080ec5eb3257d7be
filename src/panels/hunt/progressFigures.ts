import type { Hunt, HuntSearch, HuntStep, StepKind } from '../../hunts/types';
import { searchRange } from '../../workbook/search-range';
import type { HuntProgressRecord } from '../../data/db/schema-types';

export const SECTIONS: readonly StepKind[] = [
  'hypothesis',
  'data',
  'time-series',
  'cluster-1',
  'cluster-2',
  'transactions',
  'loose-ends',
  'findings',
];

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

/** Steps grouped by section in the hunt's order; sections without steps are left out. */
export function stepsBySection(hunt: Hunt): { kind: StepKind; steps: HuntStep[] }[] {
  return SECTIONS.map((kind) => ({
    kind,
    steps: hunt.steps.filter((s) => s.kind === kind),
  })).filter((g) => g.steps.length > 0);
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

import { dataMapOf } from '../../engine';
import type { HuntProgressRecord } from '../db/schema-types';

/** The step and question ids a new version of a hunt keeps. */
export interface KeptIds {
  steps: ReadonlySet<string>;
  questions: ReadonlySet<string>;
}

function pick<T>(record: Record<string, T>, keep: ReadonlySet<string>): Record<string, T> {
  return dataMapOf(Object.entries(record).filter(([id]) => keep.has(id)));
}

/**
 * Progress as it stands in a new version of the hunt: answers, hints and reveals of the
 * questions it keeps, notes and visits of the steps it keeps. The findings and pins are the
 * learner's own judgement and stay whole.
 */
export function pruneProgress(p: HuntProgressRecord, kept: KeptIds): HuntProgressRecord {
  const next: HuntProgressRecord = {
    ...p,
    answers: pick(p.answers, kept.questions),
    hints: pick(p.hints, kept.questions),
    revealed: p.revealed.filter((id) => kept.questions.has(id)),
    notes: pick(p.notes, kept.steps),
    visited: p.visited.filter((id) => kept.steps.has(id)),
  };
  if (next.stepId !== undefined && !kept.steps.has(next.stepId)) delete next.stepId;
  return next;
}

/** What a new version would drop from the learner's progress, to say before replacing. */
export function progressLost(
  p: HuntProgressRecord | undefined,
  kept: KeptIds,
): { answers: number; notes: number } {
  if (!p) return { answers: 0, notes: 0 };
  return {
    answers: Object.keys(p.answers).filter((id) => !kept.questions.has(id)).length,
    notes: Object.keys(p.notes).filter((id) => !kept.steps.has(id)).length,
  };
}

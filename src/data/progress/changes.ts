import type { HuntProgressRecord } from '../db/schema-types';

/** Pure changes to a hunt's progress, applied through `updateProgress`. */

type Change = (p: HuntProgressRecord) => HuntProgressRecord;
type AnswerValue = HuntProgressRecord['answers'][string]['value'];

export const recordAnswer =
  (questionId: string, value: AnswerValue, verdict: 'right' | 'wrong'): Change =>
  (p) => ({ ...p, answers: { ...p.answers, [questionId]: { value, verdict } } });

export const revealAnswer =
  (questionId: string): Change =>
  (p) =>
    p.revealed.includes(questionId) ? p : { ...p, revealed: [...p.revealed, questionId] };

/** Shows one more hint, never more than the question has. */
export const showHint =
  (questionId: string, available: number): Change =>
  (p) => ({
    ...p,
    hints: { ...p.hints, [questionId]: Math.min(available, (p.hints[questionId] ?? 0) + 1) },
  });

export const visitStep =
  (stepId: string): Change =>
  (p) => ({
    ...p,
    stepId,
    visited: p.visited.includes(stepId) ? p.visited : [...p.visited, stepId],
  });

export const saveNote =
  (stepId: string, text: string): Change =>
  (p) => {
    const notes = { ...p.notes };
    if (text.trim() === '') delete notes[stepId];
    else notes[stepId] = text;
    return { ...p, notes };
  };

import type { FindingsRecord, HuntProgressRecord, Pin } from '../db/schema-types';

/**
 * Pure changes to a hunt's findings and pins, applied through `updateProgress`. Each takes the
 * hunt's own findings (`initial`) to start from when the learner has changed nothing yet.
 */

type Change = (p: HuntProgressRecord) => HuntProgressRecord;
type Diamond = FindingsRecord['diamond'];

const editFindings =
  (initial: FindingsRecord, edit: (f: FindingsRecord) => FindingsRecord): Change =>
  (p) => ({ ...p, findings: edit(p.findings ?? initial) });

export const setVerdict = (initial: FindingsRecord, verdict: FindingsRecord['verdict']): Change =>
  editFindings(initial, (f) => ({ ...f, verdict }));

/** Reasons one per entry; blank ones are dropped. */
export const setReasons = (initial: FindingsRecord, reasons: string[]): Change =>
  editFindings(initial, (f) => ({
    ...f,
    reasons: reasons.map((r) => r.trim()).filter((r) => r !== ''),
  }));

export const setDiamond = (initial: FindingsRecord, corner: keyof Diamond, text: string): Change =>
  editFindings(initial, (f) => ({ ...f, diamond: { ...f.diamond, [corner]: text } }));

/** Back to the hunt's Diamond model; the rest of the findings stays as the learner left it. */
export const resetDiamond = (initial: FindingsRecord): Change =>
  editFindings(initial, (f) => ({ ...f, diamond: { ...initial.diamond } }));

export const toggleChecklistItem = (initial: FindingsRecord, id: string): Change =>
  editFindings(initial, (f) => ({
    ...f,
    checklist: f.checklist.map((item) => (item.id === id ? { ...item, done: !item.done } : item)),
  }));

/** Adds the learner's own item; blank text adds nothing. */
export const addChecklistItem = (initial: FindingsRecord, text: string, id: string): Change =>
  editFindings(initial, (f) =>
    text.trim() === '' || f.checklist.some((item) => item.id === id)
      ? f
      : { ...f, checklist: [...f.checklist, { id, text: text.trim(), done: false, own: true }] },
  );

export const removeChecklistItem = (initial: FindingsRecord, id: string): Change =>
  editFindings(initial, (f) => ({
    ...f,
    checklist: f.checklist.filter((item) => item.id !== id),
  }));

export const addPin =
  (pin: Pin): Change =>
  (p) =>
    p.pins?.some((x) => x.id === pin.id) ? p : { ...p, pins: [...(p.pins ?? []), pin] };

export const removePin =
  (pinId: string): Change =>
  (p) => ({ ...p, pins: (p.pins ?? []).filter((x) => x.id !== pinId) });

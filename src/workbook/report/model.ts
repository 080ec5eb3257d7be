import type { FindingsRecord, HuntProgressRecord, Pin } from '../../data/db/schema-types';
import type { FindingLink, Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { validFindings, validPins } from './pins';

/** An indicator as the report shows it: its value already defanged when the user chose so. */
export interface ReportIndicator {
  kind: string;
  value: string;
  seen: string[];
}

/** Everything a report says, gathered from the hunt and the learner's progress. */
export interface Report {
  huntTitle: string;
  findings: FindingsRecord;
  learned: { text: string; links: string[] }[];
  indicators: ReportIndicator[];
  pins: (Pin & { where: string })[];
  notes: { step: string; text: string }[];
  /** IANA zone the pins' time ranges are told in. */
  timeZone: string;
  exportedAt: Date;
}

/** The findings a learner starts from: the hunt's own, or an open verdict when it has none. */
export function initialFindings(hunt: Hunt): FindingsRecord {
  const f = hunt.findings;
  if (!f) {
    return {
      verdict: 'open',
      reasons: [],
      diamond: { adversary: '', capability: '', infrastructure: '', victim: '' },
      checklist: [],
    };
  }
  return {
    verdict: f.verdict,
    reasons: [...f.reasons],
    diamond: { ...f.diamond },
    checklist: f.operationalise.map((item) => ({ id: item.id, text: item.text, done: false })),
  };
}

/** The learner's findings when they changed them, else the hunt's. */
export function currentFindings(hunt: Hunt, progress: HuntProgressRecord | null): FindingsRecord {
  const initial = initialFindings(hunt);
  return progress?.findings ? validFindings(progress.findings, initial) : initial;
}

/** `Step title › search title`, or whatever part of it the hunt still has. */
export function linkLabel(hunt: Hunt, link: Pick<FindingLink, 'stepId' | 'searchId'>): string {
  const step = hunt.steps.find((s) => s.id === link.stepId);
  const search = step?.searches.find((s) => s.id === link.searchId);
  const stepTitle = step?.title ?? link.stepId;
  if (link.searchId === undefined) return stepTitle;
  return t('findings.learned.link', { step: stepTitle, search: search?.title ?? link.searchId });
}

/** Notes in the order of the hunt's steps, with the step's title. */
export function notesInOrder(
  hunt: Hunt,
  progress: HuntProgressRecord | null,
): { stepId: string; step: string; text: string }[] {
  const notes = progress?.notes ?? {};
  return hunt.steps
    .filter((s) => (notes[s.id] ?? '').trim() !== '')
    .map((s) => ({ stepId: s.id, step: s.title, text: notes[s.id] }));
}

export function buildReport(
  hunt: Hunt,
  progress: HuntProgressRecord | null,
  indicators: ReportIndicator[],
  timeZone: string,
  exportedAt: Date,
): Report {
  return {
    huntTitle: hunt.title,
    findings: currentFindings(hunt, progress),
    learned: (hunt.findings?.learned ?? []).map((item) => ({
      text: item.text,
      links: item.links.map((l) => linkLabel(hunt, l)),
    })),
    indicators,
    pins: validPins(progress?.pins).map((p) => ({ ...p, where: linkLabel(hunt, p) })),
    notes: notesInOrder(hunt, progress).map(({ step, text }) => ({ step, text })),
    timeZone,
    exportedAt,
  };
}

import type { Path } from './schema-check';
import type { HuntFile, RangeFile, Text } from './file-types';

/**
 * Calls `visit` with every translatable text of a hunt file and its path: what the language
 * rules check and what the library counts to say how much of a hunt a translation covers.
 */
export function forEachText(hunt: HuntFile, visit: (text: Text, path: Path) => void): void {
  const range = (r: RangeFile | undefined, path: Path) => r && visit(r.label, [...path, 'label']);
  visit(hunt.title, ['title']);
  visit(hunt.summary, ['summary']);
  hunt.techniques?.forEach((t, i) => visit(t.name, ['techniques', i, 'name']));
  hunt.data?.lookups?.forEach((l, i) =>
    visit(l.description, ['data', 'lookups', i, 'description']),
  );
  visit(hunt.timeZone.label, ['timeZone', 'label']);
  range(hunt.timeRange, ['timeRange']);
  hunt.macros?.forEach(
    (m, i) => m.description && visit(m.description, ['macros', i, 'description']),
  );
  hunt.sections.forEach((section, si) => {
    const sp: Path = ['sections', si];
    if (section.title !== undefined) visit(section.title, [...sp, 'title']);
    section.steps.forEach((step, ti) => {
      const p: Path = [...sp, 'steps', ti];
      visit(step.title, [...p, 'title']);
      visit(step.narrative, [...p, 'narrative']);
      if (step.trainerNotes !== undefined) visit(step.trainerNotes, [...p, 'trainerNotes']);
      range(step.timeRange, [...p, 'timeRange']);
      step.searches?.forEach((s, i) => {
        const q: Path = [...p, 'searches', i];
        visit(s.title, [...q, 'title']);
        visit(s.notice, [...q, 'notice']);
        range(s.timeRange, [...q, 'timeRange']);
      });
      step.questions?.forEach((question, i) => {
        const q: Path = [...p, 'questions', i];
        visit(question.prompt, [...q, 'prompt']);
        question.hints.forEach((h, k) => visit(h, [...q, 'hints', k]));
        visit(question.explanation, [...q, 'explanation']);
        question.options?.forEach((o, k) => visit(o.label, [...q, 'options', k, 'label']));
      });
    });
  });
  const f = hunt.findings;
  if (!f) return;
  f.reasons.forEach((r, i) => visit(r, ['findings', 'reasons', i]));
  f.learned?.forEach((l, i) => visit(l.text, ['findings', 'learned', i, 'text']));
  for (const corner of ['adversary', 'capability', 'infrastructure', 'victim'] as const) {
    visit(f.diamond[corner], ['findings', 'diamond', corner]);
  }
  f.operationalise?.forEach((o, i) => visit(o.text, ['findings', 'operationalise', i, 'text']));
}

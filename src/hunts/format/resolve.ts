/**
 * Turns a checked hunt file into the `Hunt` the app shows, in one language. Every text goes
 * through `localize`: the wanted language when the text has it, else the hunt's default.
 */
import type {
  DeriveRule,
  FindingLink,
  Hunt,
  HuntLanguage,
  HuntSearch,
  HuntStep,
  Question,
  TimeRange,
} from '../types';
import {
  DEFAULT_LANGUAGE,
  type DeriveFile,
  type HuntFile,
  type LinkFile,
  type QuestionFile,
  type RangeFile,
  type Text,
} from './file-types';
import type { Path } from './schema-check';
import { forEachText } from './text-fields';

/** The one resolver of translated text: `language` if the text has it, else `fallback`. */
export function localize(text: Text, language: string, fallback: string): string {
  if (typeof text === 'string') return text;
  if (Object.hasOwn(text, language)) return text[language];
  // A language with a region (pt-BR) may fall back on its base (pt) before the default.
  const base = language.split('-')[0];
  if (Object.hasOwn(text, base)) return text[base];
  return Object.hasOwn(text, fallback) ? text[fallback] : (Object.values(text)[0] ?? '');
}

/** The hunt's languages: its default, then each translation with the share of texts it covers. */
export function huntLanguages(hunt: HuntFile): HuntLanguage[] {
  const main = hunt.language ?? DEFAULT_LANGUAGE;
  const counts = new Map<string, number>();
  let total = 0;
  forEachText(hunt, (text) => {
    total++;
    if (typeof text === 'string') return;
    for (const code of Object.keys(text)) {
      if (code !== main) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  });
  const others = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [{ code: main, share: 1 }, ...others.map(([code, n]) => ({ code, share: n / total }))];
}

function deriveRule(d: DeriveFile): DeriveRule {
  const where = d.where ? { where: d.where } : {};
  if (d.rowCount) return { rowCount: true, ...where };
  if (d.field !== undefined) {
    return d.row === undefined
      ? { field: d.field, ...where }
      : { field: d.field, row: d.row, ...where };
  }
  if (d.distinct !== undefined) return { distinct: d.distinct, ...where };
  if (d.sum !== undefined) return { sum: d.sum, ...where };
  return { valuesOf: d.valuesOf ?? '', ...where };
}

/** `lineOf` gives the line of a field in the file, when the hunt was read from one. */
export function resolveHunt(
  file: HuntFile,
  language: string,
  lineOf: (path: Path) => number | undefined = () => undefined,
): Hunt {
  const main = file.language ?? DEFAULT_LANGUAGE;
  const languages = huntLanguages(file);
  const shown = languages.some((l) => l.code === language) ? language : main;
  // A block scalar (`|`) ends with a line break, which no text or search means to keep.
  const tx = (text: Text) => localize(text, shown, main).trimEnd();
  const range = (r: RangeFile): TimeRange => ({
    label: tx(r.label),
    earliest: r.earliest,
    latest: r.latest,
  });
  const link = (l: LinkFile): FindingLink =>
    l.search === undefined ? { stepId: l.step } : { stepId: l.step, searchId: l.search };
  const accepted = (q: QuestionFile): string[] | undefined => {
    if (q.accept === undefined) return undefined;
    if (Array.isArray(q.accept)) return q.accept.map(String);
    // Spellings in the hunt's language stay right when the UI shows another.
    const byLanguage = q.accept as Readonly<Record<string, (string | number)[]>>;
    const lists = [byLanguage[main] ?? [], shown === main ? [] : (byLanguage[shown] ?? [])];
    return lists.flat().map(String);
  };
  const question = (q: QuestionFile, path: Path): Question => {
    const base = {
      id: q.id,
      prompt: tx(q.prompt),
      hints: q.hints.map(tx),
      explanation: tx(q.explanation),
      line: lineOf(path),
      ...(q.derive ? { derive: { search: q.derive.search, rule: deriveRule(q.derive) } } : {}),
    };
    switch (q.kind) {
      case 'choice':
        return {
          ...base,
          kind: 'choice',
          options: (q.options ?? []).map((o) => ({ id: o.id, label: tx(o.label) })),
          answer: String(q.answer),
        };
      case 'number':
        return { ...base, kind: 'number', answer: Number(q.answer), tolerance: q.tolerance };
      case 'value':
        return { ...base, kind: 'value', answer: String(q.answer), accept: accepted(q) };
      case 'set':
        return { ...base, kind: 'set', answer: (q.answer as (string | number)[]).map(String) };
    }
  };

  const steps: HuntStep[] = [];
  const sections = file.sections.map((section, si) => {
    for (const [ti, s] of section.steps.entries()) {
      const path: Path = ['sections', si, 'steps', ti];
      const searches: HuntSearch[] = (s.searches ?? []).map((x, i) => ({
        id: x.id,
        title: tx(x.title),
        spl: x.spl.trimEnd(),
        view: x.view,
        notice: tx(x.notice),
        line: lineOf([...path, 'searches', i]),
        ...(x.timeRange ? { timeRange: range(x.timeRange) } : {}),
        ...(x.split ? { split: x.split } : {}),
      }));
      steps.push({
        id: s.id,
        kind: section.kind,
        section: si,
        title: tx(s.title),
        narrative: tx(s.narrative),
        searches,
        questions: (s.questions ?? []).map((q, i) => question(q, [...path, 'questions', i])),
        line: lineOf(path),
        ...(s.timeRange ? { timeRange: range(s.timeRange) } : {}),
        ...(s.trainerNotes !== undefined ? { trainerNotes: tx(s.trainerNotes) } : {}),
      });
    }
    return {
      kind: section.kind,
      stepIds: section.steps.map((s) => s.id),
      ...(section.title !== undefined ? { title: tx(section.title) } : {}),
    };
  });

  const f = file.findings;
  return {
    id: file.id,
    ...(file.version !== undefined ? { version: String(file.version) } : {}),
    language: shown,
    defaultLanguage: main,
    languages,
    title: tx(file.title),
    summary: tx(file.summary),
    techniques: (file.techniques ?? []).map((t) => ({ id: t.id, name: tx(t.name) })),
    sourcetypes: file.data?.sourcetypes ?? [],
    lookups: (file.data?.lookups ?? []).map((l) => ({
      name: l.name,
      description: tx(l.description),
    })),
    timeZone: { id: file.timeZone.id, label: tx(file.timeZone.label) },
    timeRange: range(file.timeRange),
    sections,
    steps,
    macros: (file.macros ?? []).map((m) => ({
      name: m.name,
      args: m.args ?? [],
      definition: m.definition,
      iseval: m.iseval ?? false,
      ...(m.validation !== undefined ? { validation: m.validation } : {}),
      ...(m.errormsg !== undefined ? { errormsg: m.errormsg } : {}),
      ...(m.description !== undefined ? { description: tx(m.description) } : {}),
    })),
    ...(f
      ? {
          findings: {
            verdict: f.verdict,
            reasons: f.reasons.map(tx),
            learned: (f.learned ?? []).map((l) => ({ text: tx(l.text), links: l.links.map(link) })),
            diamond: {
              adversary: tx(f.diamond.adversary),
              capability: tx(f.diamond.capability),
              infrastructure: tx(f.diamond.infrastructure),
              victim: tx(f.diamond.victim),
            },
            operationalise: (f.operationalise ?? []).map((o) => ({ id: o.id, text: tx(o.text) })),
            indicators: (f.indicators ?? []).map((i) => ({ value: i.value, seen: link(i.seen) })),
          },
        }
      : {}),
  };
}

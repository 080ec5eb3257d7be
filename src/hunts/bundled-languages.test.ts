import { describe, expect, it } from 'vitest';
import { bundledHunts } from '../../scripts/hunts/bundled';
import { checkAnswer } from '../workbook/answers';
import type { Hunt } from './types';

// The bundled hunts are studied in English and in Japanese: every text has its Japanese, and
// what the learner's progress and the answers rest on (ids, searches, answers) is the same.

const en = bundledHunts('en');
const ja = bundledHunts('ja');
const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

/** Everything but the texts: ids, kinds, SPL, views, windows, answers and how they are derived. */
function skeleton(hunt: Hunt) {
  return {
    id: hunt.id,
    sections: hunt.sections.map((s) => s.kind),
    steps: hunt.steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      range: s.timeRange && [s.timeRange.earliest, s.timeRange.latest],
      searches: s.searches.map((x) => [x.id, x.spl, x.view, x.timeRange?.earliest, x.split]),
      questions: s.questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        answer: q.answer,
        options: q.kind === 'choice' ? q.options.map((o) => o.id) : undefined,
        derive: q.derive,
      })),
    })),
    verdict: hunt.findings?.verdict,
    indicators: hunt.findings?.indicators,
  };
}

/** Every text a learner or trainer reads, with where it is. */
function texts(hunt: Hunt): [string, string][] {
  const out: [string, string][] = [
    ['title', hunt.title],
    ['summary', hunt.summary],
  ];
  for (const s of hunt.steps) {
    out.push([`${s.id} title`, s.title], [`${s.id} narrative`, s.narrative]);
    if (s.trainerNotes) out.push([`${s.id} trainer notes`, s.trainerNotes]);
    for (const x of s.searches) out.push([`${x.id} title`, x.title], [`${x.id} notice`, x.notice]);
    for (const q of s.questions) {
      out.push([`${q.id} prompt`, q.prompt], [`${q.id} explanation`, q.explanation]);
      q.hints.forEach((h, i) => out.push([`${q.id} hint ${i + 1}`, h]));
      if (q.kind === 'choice') q.options.forEach((o) => out.push([`${q.id} ${o.id}`, o.label]));
    }
  }
  const f = hunt.findings;
  if (f) {
    f.reasons.forEach((r, i) => out.push([`reason ${i + 1}`, r]));
    f.learned.forEach((l, i) => out.push([`learned ${i + 1}`, l.text]));
    for (const [corner, text] of Object.entries(f.diamond)) out.push([corner, text]);
    for (const o of f.operationalise) out.push([o.id, o.text]);
  }
  return out;
}

describe.each(en.map((h, i) => [h.id, h, ja[i]] as const))('the %s hunt', (_, huntEn, huntJa) => {
  it('has every text in Japanese', () => {
    expect(huntJa.language).toBe('ja');
    expect(huntJa.languages.find((l) => l.code === 'ja')?.share).toBe(1);
    // A text with no Japanese at all was not translated, unless it is only a sourcetype's name
    // (a search titled `pan:threat`).
    const english = texts(huntJa).filter(
      ([, text]) => !JAPANESE.test(text) && !huntJa.sourcetypes.includes(text),
    );
    expect(english.map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });

  it('keeps ids, searches and answers the same in both languages', () => {
    expect(skeleton(huntJa)).toEqual(skeleton(huntEn));
  });

  it('checks every answer the same in both languages', () => {
    const questions = (h: Hunt) => h.steps.flatMap((s) => s.questions);
    const jaQuestions = questions(huntJa);
    questions(huntEn).forEach((q, i) => {
      const input = q.answer;
      expect(checkAnswer(q, input).verdict, q.id).toBe('right');
      expect(checkAnswer(jaQuestions[i], input).verdict, q.id).toBe('right');
      expect(checkAnswer(jaQuestions[i], 'nothing of the kind').verdict).not.toBe('right');
    });
  });
});

describe('value answers', () => {
  const question = (hunts: Hunt[], id: string) =>
    hunts.flatMap((h) => h.steps.flatMap((s) => s.questions)).find((q) => q.id === id)!;

  it('take the English spellings in Japanese too, and Japanese ones only there', () => {
    const dayEn = question(en, 'activity-starts');
    const dayJa = question(ja, 'activity-starts');
    expect(checkAnswer(dayJa, 'August 23').verdict).toBe('right');
    expect(checkAnswer(dayJa, '8月23日').verdict).toBe('right');
    expect(checkAnswer(dayEn, '8月23日').verdict).toBe('wrong');
    expect(checkAnswer(question(ja, 'mercury-burst-time'), '午前2時').verdict).toBe('right');
  });

  it('are not translated: a file name is right as the data writes it', () => {
    expect(
      checkAnswer(question(ja, 'cluster1-korean-document'), '나는_데이비드를_사랑한다.hwp').verdict,
    ).toBe('right');
  });
});

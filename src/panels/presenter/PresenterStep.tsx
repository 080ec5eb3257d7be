import { useEffect, useRef } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import type { Hunt, HuntStep } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { stepParts, type PresenterPart } from '../../store/presenter-parts';
import { searchWindowMs } from '../hunt/progress-figures';
import { SectionLabel } from '../hunt/SectionLabel';
import { SearchPanel } from '../search/SearchPanel';
import { PresenterFindings } from './PresenterFindings';
import { PresenterQuestion } from './PresenterQuestion';

interface PresenterStepProps {
  hunt: Hunt;
  step: HuntStep;
  /** How many of the step's parts are shown (a prefix, in reading order). */
  shown: number;
}

/**
 * One step as the room sees it: the narrative, then only the parts revealed so far. Hidden
 * parts are not rendered at all, so nothing can give them away (nor do later searches run
 * before the trainer gets to them). The trainer's notes are never here.
 */
export function PresenterStep({ hunt, step, shown }: PresenterStepProps) {
  const visible = stepParts(hunt, step).slice(0, shown);
  const article = useRef<HTMLElement>(null);
  const revealed = useRef({ stepId: step.id, shown });
  // A part revealed by a key is brought into view: on a projector the room cannot scroll.
  // Opening a step (or going back) leaves the page at its top.
  useEffect(() => {
    const before = revealed.current;
    revealed.current = { stepId: step.id, shown };
    if (before.stepId !== step.id || shown <= before.shown) return;
    const latest = article.current?.querySelectorAll('[data-part]');
    const target = latest?.[latest.length - 1];
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView?.({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }, [shown, step.id]);
  const has = (kind: Exclude<PresenterPart['kind'], 'findings'>, index: number) =>
    visible.some((p) => p.kind === kind && p.index === index);
  const findings = visible.flatMap((p) => (p.kind === 'findings' ? [p.section] : []));
  return (
    <article
      ref={article}
      className="presenter-step"
      aria-labelledby="presenter-step-title"
      data-step-id={step.id}
    >
      <p className="presenter-step__where">
        <SectionLabel hunt={hunt} index={step.section} />
      </p>
      <h1 id="presenter-step-title" tabIndex={-1} data-i18n-exempt="">
        {step.title}
      </h1>
      <Markdown text={step.narrative} className="presenter-step__narrative" />
      {step.timeRange && (
        <p className="presenter-step__range">
          {t('hunt.step.timeRange', { label: step.timeRange.label })}
        </p>
      )}
      {step.searches.map((search, i) => {
        if (!has('search', i)) return null;
        const { earliest, latest } = searchWindowMs(hunt, step, search);
        return (
          <section
            key={search.id}
            className="presenter-search"
            data-testid="presenter-search"
            data-search-id={search.id}
            data-part=""
            aria-labelledby={`presenter-search-${search.id}`}
          >
            <h2
              id={`presenter-search-${search.id}`}
              className="presenter-search__title"
              data-i18n-exempt=""
            >
              {search.title}
            </h2>
            <SearchPanel
              searchId={search.id}
              spl={search.spl}
              view={search.view}
              earliest={earliest}
              latest={latest}
              search={search}
              huntSourcetypes={hunt.sourcetypes}
              macros={hunt.macros}
            />
            {has('notice', i) && (
              <div className="presenter-notice" data-testid="presenter-notice" data-part="">
                <h3>{t('presenter.notice')}</h3>
                <Markdown text={search.notice} />
              </div>
            )}
          </section>
        );
      })}
      {step.questions.map((q, i) =>
        has('question', i) ? (
          <PresenterQuestion
            key={q.id}
            question={q}
            number={i + 1}
            answerShown={has('answer', i)}
          />
        ) : null,
      )}
      {step.kind === 'findings' && <PresenterFindings hunt={hunt} sections={findings} />}
    </article>
  );
}

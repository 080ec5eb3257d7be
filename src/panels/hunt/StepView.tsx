import { useEffect, useRef } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import type { Hunt, HuntStep, TimeRange } from '../../hunts/types';
import { formatRange } from '../../data/time/format-time';
import { useSettings } from '../../store/settings';
import { rangeMs } from './progress-figures';
import { t } from '../../i18n/messages';
import { useRoute } from '../../store/route';
import { FindingsPanel } from '../findings/FindingsPanel';
import { QuestionCard } from './QuestionCard';
import { StepNotes } from './StepNotes';
import { StepSearch } from './StepSearch';
import { SectionLabel } from './SectionLabel';

/** A step that zooms in says so, with the window in the user's zone (the label uses the hunt's). */
function StepRange({ range }: { range: TimeRange }) {
  const timeZone = useSettings((s) => s.timeZone);
  const { earliest, latest } = rangeMs(range);
  return (
    <p className="hunt-step__range" data-testid="hunt-step-range">
      {t('hunt.step.timeRange', { label: range.label })}
      <span className="hunt-muted">
        {t('hunt.step.timeRange.exact', { range: formatRange(earliest, latest - 1, timeZone) })}
      </span>
    </p>
  );
}

interface StepViewProps {
  hunt: Hunt;
  step: HuntStep;
  progress: HuntProgressRecord | null;
}

export function StepView({ hunt, step, progress }: StepViewProps) {
  const navigate = useRoute((s) => s.navigate);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const index = hunt.steps.indexOf(step);
  const previous = hunt.steps[index - 1];
  const next = hunt.steps[index + 1];

  // A new step is a new page for screen readers and keyboards: start reading at its title.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, []);

  const go = (stepId?: string) => navigate({ page: 'hunt', huntId: hunt.id, stepId, search: {} });

  return (
    <article className="hunt-step" aria-labelledby="hunt-step-title" data-step-id={step.id}>
      <p className="hunt-step__where">
        <SectionLabel hunt={hunt} index={step.section} /> ·{' '}
        {t('hunt.stepOf', { index: index + 1, count: hunt.steps.length })}
      </p>
      <h1 id="hunt-step-title" ref={headingRef} tabIndex={-1} data-i18n-exempt="">
        {step.title}
      </h1>
      <Markdown text={step.narrative} className="hunt-narrative" />
      {step.timeRange && <StepRange range={step.timeRange} />}

      {step.searches.length > 0 && (
        <section aria-label={t('hunt.searches')} className="hunt-searches">
          {step.searches.map((s) => (
            <StepSearch key={s.id} hunt={hunt} step={step} search={s} />
          ))}
        </section>
      )}

      {step.questions.length > 0 && (
        <section aria-labelledby="hunt-questions" className="hunt-questions">
          <h2 id="hunt-questions">{t('hunt.questions')}</h2>
          {/* Questions start from the stored answers, so they wait for them. */}
          {progress === null ? (
            <p className="hunt-muted">{t('hunt.loading')}</p>
          ) : (
            step.questions.map((q, i) => (
              <QuestionCard key={q.id} question={q} number={i + 1} progress={progress} />
            ))
          )}
        </section>
      )}

      <StepNotes stepId={step.id} progress={progress} />

      {step.kind === 'findings' && <FindingsPanel hunt={hunt} progress={progress} />}

      <nav className="hunt-pager" aria-label={t('hunt.steps')}>
        {previous ? (
          <button type="button" className="button" onClick={() => go(previous.id)}>
            ← {t('hunt.previous', { step: previous.title })}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => go()}>
            ← {t('hunt.overview')}
          </button>
        )}
        {next ? (
          <button type="button" className="button button--primary" onClick={() => go(next.id)}>
            {t('hunt.next', { step: next.title })} →
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => go()}>
            {t('hunt.finish')}
          </button>
        )}
      </nav>
    </article>
  );
}

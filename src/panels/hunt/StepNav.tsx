import { useState } from 'react';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import type { Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { useRoute } from '../../store/route';
import { stepMark, stepsBySection, type StepMark } from './progress-figures';
import { SectionLabel } from './SectionLabel';

interface StepNavProps {
  hunt: Hunt;
  currentStepId?: string;
  progress: HuntProgressRecord | null;
}

const MARK_SYMBOL: Record<StepMark, string> = { done: '✓', visited: '•', new: '' };

export function stepHref(huntId: string, stepId?: string): string {
  const hunt = `#/hunts/${encodeURIComponent(huntId)}`;
  return stepId ? `${hunt}/${encodeURIComponent(stepId)}` : hunt;
}

/** The hunt's steps grouped by section; on narrow screens it folds away behind a button. */
export function StepNav({ hunt, currentStepId, progress }: StepNavProps) {
  const navigate = useRoute((s) => s.navigate);
  const [open, setOpen] = useState(false);
  const go = (e: React.MouseEvent, stepId?: string) => {
    // Plain clicks go through the router so the page is not reloaded; modified clicks open tabs.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    setOpen(false);
    navigate({ page: 'hunt', huntId: hunt.id, stepId, search: {} });
  };
  return (
    <nav className={open ? 'step-nav step-nav--open' : 'step-nav'} aria-label={t('hunt.steps')}>
      <button
        type="button"
        className="button step-nav__toggle"
        aria-expanded={open}
        aria-controls="step-nav-list"
        onClick={() => setOpen((o) => !o)}
      >
        {t('hunt.steps.toggle')}
      </button>
      <div className="step-nav__body" id="step-nav-list">
        <a
          href={stepHref(hunt.id)}
          className="step-nav__overview"
          aria-current={currentStepId === undefined ? 'page' : undefined}
          onClick={(e) => go(e)}
        >
          {t('hunt.overview')}
        </a>
        {stepsBySection(hunt).map((group) => (
          <section key={group.index} className="step-nav__section">
            <h2 className="step-nav__heading">
              <SectionLabel hunt={hunt} index={group.index} />
            </h2>
            <ol className="step-nav__list">
              {group.steps.map((step) => {
                const mark = stepMark(step, progress);
                return (
                  <li key={step.id}>
                    <a
                      href={stepHref(hunt.id, step.id)}
                      className={`step-nav__link step-nav__link--${mark}`}
                      aria-current={step.id === currentStepId ? 'step' : undefined}
                      data-mark={mark}
                      onClick={(e) => go(e, step.id)}
                    >
                      <span className="step-nav__mark" aria-hidden="true">
                        {MARK_SYMBOL[mark]}
                      </span>
                      <span data-i18n-exempt="">{step.title}</span>
                      <span className="visually-hidden">, {t(`hunt.mark.${mark}`)}</span>
                    </a>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
    </nav>
  );
}

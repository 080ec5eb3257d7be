import { useEffect, useState } from 'react';
import type { HuntStep } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { useHunt } from '../../store/hunts';
import { shownIn, usePresenter } from '../../store/presenter';
import { hiddenParts, partKey, type PresenterPart } from '../../store/presenter-parts';
import { FINDINGS_TITLES } from './findings-titles';
import { TrainerNotes, useTrainerNotes } from './TrainerNotes';
import { usePresenterKeys } from './use-presenter-keys';
import './presenter.css';

function partLabel(step: HuntStep, part: PresenterPart): string {
  switch (part.kind) {
    case 'search':
      return t('presenter.speaker.part.search', { title: step.searches[part.index].title });
    case 'notice':
      return t('presenter.speaker.part.notice', { title: step.searches[part.index].title });
    case 'question':
      return t('presenter.speaker.part.question', { index: part.index + 1 });
    case 'answer':
      return t('presenter.speaker.part.answer', { index: part.index + 1 });
    case 'findings':
      return t('presenter.speaker.part.findings', { section: t(FINDINGS_TITLES[part.section]) });
  }
}

function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

function Clock({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className="speaker__clock">
      {t('presenter.speaker.clock')}{' '}
      <time data-testid="speaker-clock">{clockText(now - since)}</time>
    </p>
  );
}

interface SpeakerScreenProps {
  huntId: string;
  stepId?: string;
}

/**
 * The trainer's window: where the room is, the notes for it, what comes next and what is still
 * hidden. Moving or revealing here moves the presenter too.
 */
export function SpeakerScreen({ huntId, stepId }: SpeakerScreenProps) {
  const found = useHunt(huntId);
  const hunt = found ?? undefined;
  const state = usePresenter((s) => s.state);
  const notes = useTrainerNotes(huntId);
  const { connect, goTo, revealNext, revealAnswer } = usePresenter.getState();
  const startAt = hunt?.steps.find((s) => s.id === stepId)?.id ?? hunt?.steps[0]?.id;
  useEffect(() => {
    if (startAt) connect(huntId, startAt, 'speaker');
  }, [huntId, startAt, connect]);

  const step = hunt?.steps.find((s) => s.id === state?.stepId);
  const index = hunt && step ? hunt.steps.indexOf(step) : -1;
  const move = (by: number) => {
    const target = hunt?.steps[index + by];
    if (target) goTo(target.id);
  };
  usePresenterKeys({ next: () => move(1), previous: () => move(-1), revealNext, revealAnswer });

  // Translated here, not in the effect, so that a change of language renames the window.
  const windowTitle = step ? t('presenter.speaker.windowTitle', { step: step.title }) : undefined;
  useEffect(() => {
    if (windowTitle) document.title = windowTitle;
  }, [windowTitle]);

  if (found === undefined) {
    return (
      <main>
        <p className="hunt-message">{t('hunt.loadingHunt')}</p>
      </main>
    );
  }
  if (!hunt || !step || !state) {
    return (
      <main>
        <p role="alert" className="hunt-message">
          {t('hunt.notFound', { id: huntId })}
        </p>
      </main>
    );
  }
  const next = hunt.steps[index + 1];
  const hidden = hiddenParts(hunt, step, shownIn(state, hunt, step));
  return (
    <main className="speaker" data-testid="speaker">
      <header className="speaker__head">
        <h1 className="speaker__title">{t('presenter.speaker.title')}</h1>
        <Clock since={state.startedAt} />
      </header>
      <section className="speaker__now" aria-labelledby="speaker-now">
        <h2 id="speaker-now" className="speaker__label">
          {t('presenter.speaker.current')} ·{' '}
          {t('presenter.where', { index: index + 1, count: hunt.steps.length })}
        </h2>
        <p className="speaker__step" data-testid="speaker-step" data-i18n-exempt="">
          {step.title}
        </p>
      </section>
      <nav className="speaker__actions" aria-label={t('presenter.label')}>
        <button type="button" className="button" disabled={index === 0} onClick={() => move(-1)}>
          {t('presenter.speaker.previous')}
        </button>
        <button type="button" className="button" disabled={!next} onClick={() => move(1)}>
          {t('presenter.speaker.nextStep')}
        </button>
        <button type="button" className="button" disabled={!hidden.length} onClick={revealNext}>
          {t('presenter.speaker.revealNext')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!hidden.some((p) => p.kind === 'answer')}
          onClick={revealAnswer}
        >
          {t('presenter.speaker.revealAnswer')}
        </button>
      </nav>
      <p className="hunt-muted">{t('presenter.speaker.keys')}</p>
      <TrainerNotes key={step.id} step={step} notes={notes} />
      <section aria-labelledby="speaker-hidden">
        <h2 id="speaker-hidden" className="speaker__label">
          {t('presenter.speaker.hidden')}
        </h2>
        {hidden.length ? (
          <ul className="speaker__hidden" data-testid="speaker-hidden">
            {hidden.map((p) => (
              <li key={partKey(p)}>{partLabel(step, p)}</li>
            ))}
          </ul>
        ) : (
          <p className="hunt-muted">{t('presenter.speaker.noneHidden')}</p>
        )}
      </section>
      <section aria-labelledby="speaker-next">
        <h2 id="speaker-next" className="speaker__label">
          {t('presenter.speaker.next')}
        </h2>
        <p data-testid="speaker-next">
          {next ? <span data-i18n-exempt="">{next.title}</span> : t('presenter.speaker.last')}
        </p>
      </section>
    </main>
  );
}

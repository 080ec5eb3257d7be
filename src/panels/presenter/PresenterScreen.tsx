import { useEffect, useRef } from 'react';
import { ColorSchemeOverride } from '../../components/theme/color-scheme';
import { t } from '../../i18n/messages';
import { useHunt } from '../../store/hunts';
import { shownIn, usePresenter } from '../../store/presenter';
import { stepParts } from '../../store/presenter-parts';
import { formatHash } from '../../store/route-hash';
import { useRoute } from '../../store/route';
import { useSettings } from '../../store/settings';
import { enterFullscreen, exitFullscreen, useFullscreen } from './fullscreen';
import { PresenterStep } from './PresenterStep';
import { usePresenterKeys } from './use-presenter-keys';
import './presenter.css';

interface PresenterScreenProps {
  huntId: string;
  stepId: string;
}

const SPEAKER_WINDOW = 'hunting-workbook-speaker';

/**
 * The room's screen: one step at a time in large type, its parts revealed in order by the
 * trainer. Where it is (step and reveals) is shared with the speaker window.
 */
export function PresenterScreen({ huntId, stepId }: PresenterScreenProps) {
  const found = useHunt(huntId);
  const hunt = found ?? undefined;
  const step = hunt?.steps.find((s) => s.id === stepId);
  const navigate = useRoute((s) => s.navigate);
  const state = usePresenter((s) => s.state);
  const { connect, goTo, revealNext, revealAnswer } = usePresenter.getState();

  // The address says which step is shown; a move made in the speaker window changes it.
  useEffect(() => {
    if (step) connect(huntId, step.id, 'presenter');
  }, [huntId, step, connect]);
  const sharedStep = state?.huntId === huntId ? state.stepId : undefined;
  useEffect(() => {
    if (sharedStep && sharedStep !== stepId) {
      navigate({ page: 'present', huntId, stepId: sharedStep, search: {} });
    }
    // Only a change of the shared step moves the page, never a change of the address alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sharedStep]);

  // Larger type everywhere, the search panels included (they size in rem).
  useEffect(() => {
    document.documentElement.classList.add('presenter-mode');
    return () => document.documentElement.classList.remove('presenter-mode');
  }, []);

  // Projector colours (light, high contrast) whatever the app's theme: on the root, so the
  // whole page and anything it opens (the keys dialog) take them.
  const projector = useSettings((s) => s.projector);
  const setProjector = useSettings((s) => s.setProjector);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter-projector', projector);
    return () => document.documentElement.classList.remove('presenter-projector');
  }, [projector]);

  useEffect(() => {
    document.getElementById('presenter-step-title')?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [stepId]);

  const index = hunt && step ? hunt.steps.indexOf(step) : -1;
  const leave = () => {
    exitFullscreen();
    navigate({ page: 'hunt', huntId, stepId: step?.id ?? stepId, search: {} });
  };
  const move = (by: number) => {
    const target = hunt?.steps[index + by];
    if (target) goTo(target.id);
  };
  // In full screen the browser keeps Esc for itself and leaves full screen: that leaves
  // presenter mode as well, as Esc does in a window. Opening the speaker window may take the
  // page out of full screen too, which is no reason to stop presenting.
  const full = useFullscreen();
  const wasFull = useRef(false);
  const speakerOpenedAt = useRef(0);
  const leaveRef = useRef(leave);
  useEffect(() => {
    leaveRef.current = leave;
  });
  useEffect(() => {
    if (full) wasFull.current = true;
    else if (wasFull.current) {
      wasFull.current = false;
      if (Date.now() - speakerOpenedAt.current > 2000) leaveRef.current();
    }
  }, [full]);

  usePresenterKeys({
    next: () => move(1),
    previous: () => move(-1),
    revealNext,
    revealAnswer,
    leave,
  });

  if (found === undefined) {
    return (
      <div className="presenter">
        <p className="hunt-message">{t('hunt.loadingHunt')}</p>
      </div>
    );
  }
  if (!hunt || !step) {
    return (
      <div className="presenter">
        <p role="alert" className="hunt-message">
          {t('presenter.noStep', { id: stepId })}
        </p>
        <button type="button" className="button" onClick={leave}>
          {t('presenter.leave')}
        </button>
      </div>
    );
  }

  const shown = shownIn(state?.huntId === huntId ? state : null, hunt, step);
  const hidden = stepParts(hunt, step).length - shown;
  const openSpeaker = () => {
    speakerOpenedAt.current = Date.now();
    const url = formatHash({ page: 'speaker', huntId, stepId: step.id });
    window.open(url, SPEAKER_WINDOW, 'popup,width=760,height=720');
  };

  return (
    <section className="presenter" aria-label={t('presenter.label')}>
      <div className="presenter__bar">
        <span className="presenter__status" data-testid="presenter-status" aria-live="polite">
          {t('presenter.where', { index: index + 1, count: hunt.steps.length })} ·{' '}
          {hidden > 0 ? t('presenter.hidden', { count: hidden }) : t('presenter.allShown')}
        </span>
        <span className="presenter__hint">{t('presenter.keysHint')}</span>
        <label className="presenter__projector" title={t('theme.projector.title')}>
          <input
            type="checkbox"
            checked={projector}
            data-testid="presenter-projector"
            onChange={(e) => setProjector(e.target.checked)}
          />
          {t('theme.projector')}
        </label>
        {!full && (
          <button type="button" className="button presenter__button" onClick={enterFullscreen}>
            {t('presenter.fullscreen')}
          </button>
        )}
        <button type="button" className="button presenter__button" onClick={openSpeaker}>
          {t('presenter.speaker')}
        </button>
        <button type="button" className="button presenter__button" onClick={leave}>
          {t('presenter.leave')}
        </button>
      </div>
      <ColorSchemeOverride.Provider value={projector ? 'light' : null}>
        <PresenterStep key={step.id} hunt={hunt} step={step} shown={shown} />
      </ColorSchemeOverride.Provider>
    </section>
  );
}

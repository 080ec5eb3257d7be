import { useEffect } from 'react';
import { t } from '../../i18n/messages';
import { useHunt, useHunts } from '../../store/hunts';
import { AuthorBar } from '../library/AuthorBar';
import { useProgress } from '../../store/progress';
import { useRoute } from '../../store/route';
import { visitStep } from '../../data/progress/changes';
import { PresentButton } from '../presenter/PresentButton';
import { HuntOverview } from './HuntOverview';
import { StepNav } from './StepNav';
import { StepView } from './StepView';
import './hunt.css';

interface HuntScreenProps {
  huntId: string;
  /** Absent: the hunt's overview. */
  stepId?: string;
}

export function HuntScreen({ huntId, stepId }: HuntScreenProps) {
  const found = useHunt(huntId);
  const draft = useHunts((s) => s.draft?.id === huntId);
  const hunt = found ?? undefined;
  const load = useProgress((s) => s.load);
  const progress = useProgress((s) => (s.huntId === huntId ? s.progress : null));
  const apply = useProgress((s) => s.apply);
  const error = useProgress((s) => s.error);
  const navigate = useRoute((s) => s.navigate);

  useEffect(() => {
    void load(huntId);
  }, [huntId, load]);

  const step = hunt?.steps.find((s) => s.id === stepId);
  const loaded = progress !== null;
  useEffect(() => {
    if (step && loaded) apply(visitStep(step.id));
  }, [step, loaded, apply]);

  if (found === undefined) return <p className="hunt-message">{t('hunt.loadingHunt')}</p>;
  if (!hunt) {
    return (
      <p role="alert" className="hunt-message">
        {t('hunt.notFound', { id: huntId })}
      </p>
    );
  }

  return (
    <div className="hunt">
      <StepNav hunt={hunt} currentStepId={step?.id} progress={progress} />
      <div className="hunt__content">
        {draft && <AuthorBar />}
        {hunt.steps.length > 0 && (
          <PresentButton huntId={hunt.id} stepId={step?.id ?? hunt.steps[0].id} />
        )}
        {error && (
          <p role="alert" className="hunt-message hunt-message--error">
            {t('hunt.storageError', { message: error })}
          </p>
        )}
        {stepId === undefined ? (
          <HuntOverview hunt={hunt} progress={progress} />
        ) : step ? (
          <StepView key={step.id} hunt={hunt} step={step} progress={progress} />
        ) : (
          <div className="hunt-message" role="alert">
            <p>{t('hunt.stepNotFound', { id: stepId })}</p>
            <button
              type="button"
              className="button"
              onClick={() => navigate({ page: 'hunt', huntId, search: {} })}
            >
              {t('hunt.backToOverview')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

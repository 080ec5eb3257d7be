import { useId } from 'react';
import { t } from '../../i18n/messages';
import { useDatasets } from '../../store/datasets';
import { useImports } from '../../store/imports';
import { loadedSample, useSample } from '../../store/sample';

/** Loads the workshop sample on request, at any time; says so when it is there already. */
export function SampleOffer() {
  const headingId = useId();
  const status = useSample((s) => s.status);
  const error = useSample((s) => s.error);
  const alreadyLoaded = useSample((s) => s.alreadyLoaded);
  const load = useSample((s) => s.load);
  const importing = useImports((s) => s.session.phase === 'running');
  const datasetIds = useSample((s) => s.datasetIds);
  // The note is about now: once the sample is deleted, it no longer applies.
  const present = useDatasets((s) => loadedSample(s.datasets, datasetIds) !== undefined);

  return (
    <section className="card sample-offer" aria-labelledby={headingId} data-testid="sample-offer">
      <div className="sample-offer__text">
        <h2 id={headingId}>{t('sample.heading')}</h2>
        <p className="muted">{t('sample.intro')}</p>
      </div>
      <button
        type="button"
        className="button"
        disabled={importing || status === 'fetching'}
        onClick={() => void load()}
      >
        {t('sample.load')}
      </button>
      {status === 'fetching' && (
        <p className="sample-offer__note" role="status">
          {t('sample.fetching')}
        </p>
      )}
      {status === 'failed' && (
        <p className="sample-offer__note dataset__error" role="alert">
          {t('sample.failed', { message: error ?? '' })}
        </p>
      )}
      {alreadyLoaded !== null && present && status === 'idle' && (
        <p className="sample-offer__note" role="status" data-testid="sample-already-loaded">
          {t('sample.alreadyLoaded', { name: alreadyLoaded })}
        </p>
      )}
    </section>
  );
}

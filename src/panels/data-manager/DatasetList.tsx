import { useId } from 'react';
import { t } from '../../i18n/messages';
import { useDatasets } from '../../store/datasets';
import { DatasetRow } from './DatasetRow';
import { EmptyState } from './EmptyState';
import { StorageUsage } from './StorageUsage';

export function DatasetList() {
  const headingId = useId();
  const { datasets, status, error } = useDatasets();

  return (
    <section className="dataset-list" aria-labelledby={headingId}>
      <div className="dataset-list__head">
        <h2 id={headingId}>{t('datasets.heading')}</h2>
        {status === 'ready' && datasets.length > 0 && (
          <span className="muted">{t('datasets.count', { count: datasets.length })}</span>
        )}
        <StorageUsage />
      </div>
      {status === 'loading' && <p className="muted">{t('datasets.loading')}</p>}
      {status === 'error' && (
        <p role="alert" className="dataset__error">
          {t('datasets.loadFailed', { message: error ?? '' })}
        </p>
      )}
      {status === 'ready' && datasets.length === 0 && <EmptyState />}
      {datasets.length > 0 && (
        <ul className="dataset-list__items">
          {datasets.map((ds) => (
            <DatasetRow key={ds.id} dataset={ds} />
          ))}
        </ul>
      )}
    </section>
  );
}

import { useState } from 'react';
import { InlineConfirm } from '../../components/InlineConfirm';
import type { DatasetRecord } from '../../data/db/schema-types';
import { formatRange, formatSecond } from '../../data/time/format-time';
import { t } from '../../i18n/messages';
import { formatBytes, formatRelativeTime } from '../../i18n/units';
import { useDatasets } from '../../store/datasets';
import { useSettings } from '../../store/settings';
import { CountList } from './CountList';
import { FileNotes } from './FileNotes';
import { FileTable } from './FileTable';
import { messageOf } from '../../engine';

export function DatasetRow({ dataset: ds }: { dataset: DatasetRecord }) {
  const timeZone = useSettings((s) => s.timeZone);
  const remove = useDatasets((s) => s.remove);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const headingId = `dataset-${ds.id}`;
  const hasRange = Number.isFinite(ds.minTime) && Number.isFinite(ds.maxTime);
  const hostCount = Object.keys(ds.hosts).length + (ds.hostsRest?.values ?? 0);

  const onDelete = async () => {
    setDeleteError(null);
    try {
      await remove(ds.id);
    } catch (err) {
      const message = messageOf(err);
      setDeleteError(t('dataset.deleteFailed', { name: ds.name, message }));
    }
  };

  return (
    <li
      className="card dataset"
      data-testid="dataset-row"
      data-dataset-name={ds.name}
      aria-labelledby={headingId}
    >
      <div className="dataset__head">
        <h3 id={headingId} className="dataset__name" translate="no">
          {ds.name}
        </h3>
        <span className="dataset__count" data-testid="dataset-event-count">
          {t('dataset.events', { count: ds.eventCount })}
        </span>
        <span className="dataset__actions">
          <InlineConfirm
            label={t('dataset.delete')}
            question={t('dataset.confirmDelete', { name: ds.name })}
            confirmLabel={t('dataset.confirmDelete.yes')}
            cancelLabel={t('dataset.confirmDelete.no')}
            onConfirm={onDelete}
          />
        </span>
      </div>
      {deleteError && (
        <p role="alert" className="dataset__error">
          {deleteError}
        </p>
      )}
      <dl className="dataset__facts">
        <div>
          <dt>{t('dataset.timeRange')}</dt>
          <dd data-testid="dataset-time-range">
            {hasRange ? formatRange(ds.minTime, ds.maxTime, timeZone) : t('dataset.timeRange.none')}
          </dd>
        </div>
        <div>
          <dt>{t('dataset.indexes')}</dt>
          <dd data-testid="dataset-indexes" translate="no">
            {ds.indexes.join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('dataset.sourcetypes')}</dt>
          <dd>
            <CountList
              counts={ds.sourcetypes}
              rest={ds.sourcetypesRest}
              label={t('dataset.sourcetypes')}
            />
          </dd>
        </div>
        <div>
          <dt>{t('dataset.hosts')}</dt>
          <dd>
            <span className="dataset__host-count">
              {t('dataset.hostsCount', { count: hostCount })}
            </span>
            <CountList counts={ds.hosts} rest={ds.hostsRest} label={t('dataset.hosts')} />
          </dd>
        </div>
        <div>
          <dt>{t('dataset.inputSize')}</dt>
          <dd>{formatBytes(ds.bytes)}</dd>
        </div>
        <div>
          <dt>{t('dataset.importedAt')}</dt>
          <dd>
            <span className="dataset__when">{formatSecond(ds.importedAt, timeZone)}</span>{' '}
            <span className="muted">· {formatRelativeTime(ds.importedAt)}</span>
          </dd>
        </div>
        <div className="dataset__files">
          <dt>{t('dataset.files')}</dt>
          <dd>
            <FileTable files={ds.files} />
            <FileNotes files={ds.files} />
          </dd>
        </div>
        {ds.skipped > 0 && (
          <div>
            <dt>{t('dataset.skipped')}</dt>
            <dd>{t('summary.skipped', { count: ds.skipped })}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

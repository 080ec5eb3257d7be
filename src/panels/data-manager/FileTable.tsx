import type { DatasetFile } from '../../data/db/schema-types';
import type { TimeRule } from '../../data/time/time-rule';
import { formatNumber, t } from '../../i18n/messages';
import { formatBytes } from '../../i18n/units';

export function FileTable({ files }: { files: readonly DatasetFile[] }) {
  return (
    <table className="file-table">
      <thead>
        <tr>
          <th scope="col">{t('dataset.file.name')}</th>
          <th scope="col">{t('dataset.file.format')}</th>
          <th scope="col">{t('dataset.file.time')}</th>
          <th scope="col" className="num">
            {t('dataset.file.events')}
          </th>
          <th scope="col" className="num">
            {t('dataset.file.skipped')}
          </th>
          <th scope="col" className="num">
            {t('dataset.file.size')}
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((f, i) => (
          <tr key={`${i}:${f.name}`}>
            <td className="file-table__name" translate="no">
              {f.name}
            </td>
            <td translate="no">{f.format}</td>
            <td data-testid="dataset-file-time">{timeText(f.time)}</td>
            <td className="num">{formatNumber(f.events)}</td>
            <td className="num">{formatNumber(f.skipped)}</td>
            <td className="num">{formatBytes(f.bytes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function timeText(rule: TimeRule | undefined): string {
  if (!rule) return t('dataset.file.timeAuto');
  return t('dataset.file.timeRule', {
    field: rule.field,
    format: rule.format ?? 'auto',
    zone: rule.tz ?? 'UTC',
  });
}

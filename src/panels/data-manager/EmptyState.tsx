import { t } from '../../i18n/messages';

export function EmptyState() {
  return (
    <div className="card empty-state" data-testid="datasets-empty">
      <h3>{t('empty.heading')}</h3>
      <p>{t('empty.what')}</p>
      <h4>{t('empty.howHeading')}</h4>
      <ol>
        <li>{t('empty.how1')}</li>
        <li>{t('empty.how2')}</li>
        <li>{t('empty.how3')}</li>
      </ol>
    </div>
  );
}

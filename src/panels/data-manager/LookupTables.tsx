import { useId } from 'react';
import { t } from '../../i18n/messages';
import { LookupImport } from './LookupImport';
import { LookupList } from './LookupList';

/** The data manager's "Lookup tables" section. */
export function LookupTables() {
  const headingId = useId();
  return (
    <section className="card lookup-tables" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('assets.lookups.title')}</h2>
      <p className="muted">{t('assets.lookups.intro')}</p>
      <LookupImport />
      <LookupList />
    </section>
  );
}

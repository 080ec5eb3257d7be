import { ConfirmDelete } from '../../components/ConfirmDelete';
import { getDb } from '../../data/db/db';
import { deleteLookup } from '../../data/lookups/lookup-store';
import type { LookupSummary } from '../../data/lookups/lookup-summary';
import { OUTPUTLOOKUP_ORIGIN } from '../../data/lookups/lookup-source';
import { SAMPLE_ORIGIN } from '../../data/lookups/sample-lookup';
import { formatSecond } from '../../data/time/format-time';
import { t } from '../../i18n/messages';
import { useSettings } from '../../store/settings';
import { useLookupTables } from '../../store/lookups-live';

/** The stored lookup tables, each with its size, where it came from, and a delete. */
export function LookupList() {
  const { tables, loaded } = useLookupTables();
  if (!loaded) return null;
  if (tables.length === 0) return <p className="muted">{t('assets.lookups.none')}</p>;
  return (
    <table className="file-table lookup-list" data-testid="lookup-list">
      <thead>
        <tr>
          <th scope="col">{t('assets.lookups.name')}</th>
          <th scope="col">{t('assets.lookups.rows')}</th>
          <th scope="col">{t('assets.lookups.columns')}</th>
          <th scope="col">{t('assets.lookups.origin')}</th>
          <th scope="col">{t('assets.lookups.date')}</th>
          <th scope="col">{t('assets.lookups.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {tables.map((table) => (
          <LookupRow key={table.name} table={table} />
        ))}
      </tbody>
    </table>
  );
}

function LookupRow({ table }: { table: LookupSummary }) {
  const timeZone = useSettings((s) => s.timeZone);
  return (
    <tr data-testid="lookup-row" data-lookup-name={table.name}>
      <th scope="row" translate="no">
        {table.name}
      </th>
      <td data-testid="lookup-rows">{table.rowCount}</td>
      <td className="lookup-list__columns" translate="no">
        {columnList(table.fields)}
      </td>
      <td data-testid="lookup-origin">
        {table.origin === SAMPLE_ORIGIN ? (
          t('assets.lookups.origin.sample')
        ) : table.origin === OUTPUTLOOKUP_ORIGIN ? (
          t('assets.lookups.origin.outputlookup')
        ) : (
          <span translate="no">{table.origin}</span>
        )}
      </td>
      <td>{formatSecond(table.importedAt, timeZone)}</td>
      <td>
        <ConfirmDelete
          label={t('assets.lookups.delete')}
          question={t('assets.lookups.confirmDelete', { name: table.name })}
          confirmLabel={t('assets.lookups.confirmDelete.yes')}
          cancelLabel={t('assets.lookups.confirmDelete.no')}
          onDelete={() => deleteLookup(getDb(), table.name)}
          failed={(message) => t('assets.lookups.deleteFailed', { name: table.name, message })}
        />
      </td>
    </tr>
  );
}

/** Columns shown by name; a table thousands of columns wide lists the first few and a count. */
const SHOWN_COLUMNS = 30;

function columnList(fields: readonly string[]): string {
  if (fields.length <= SHOWN_COLUMNS) return fields.join(', ');
  const shown = fields.slice(0, SHOWN_COLUMNS).join(', ');
  return t('assets.lookups.moreColumns', { shown, count: fields.length - SHOWN_COLUMNS });
}

import { FileImport } from '../../components/FileImport';
import { importLookup } from '../../data/lookups/lookup-client';
import type { LookupImportResult } from '../../data/lookups/lookup-store';
import { t } from '../../i18n/messages';

/**
 * Picks a CSV lookup file. A file named like a stored table replaces it at once, as copying a
 * newer lookup file over the old one does in Splunk; the outcome says it was replaced, and a
 * refused file never touches the stored table.
 */
export function LookupImport() {
  return (
    <FileImport
      label={t('assets.lookups.import')}
      accept=".csv,text/csv"
      hint={t('assets.lookups.replaceNote')}
      testId="lookup-import"
      store={importLookup}
      busy={(name) => t('assets.lookups.importing', { name })}
      done={(result) => <Done result={result} />}
      failed={(message) => t('assets.lookups.failed', { message })}
    />
  );
}

function Done({ result }: { result: LookupImportResult }) {
  const { name, rows, replaced, encoding, invalidChars } = result;
  return (
    <>
      {t(replaced ? 'assets.lookups.replaced' : 'assets.lookups.imported', { name, count: rows })}
      {invalidChars > 0 && (
        <> {t('import.fileReplaced', { file: name, count: invalidChars, encoding })}</>
      )}
    </>
  );
}

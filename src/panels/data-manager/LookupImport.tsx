import { useId, useRef, useState, type ChangeEvent } from 'react';
import { importLookup } from '../../data/lookups/lookup-client';
import type { LookupImportResult } from '../../data/lookups/lookup-store';
import { t } from '../../i18n/messages';
import { messageOf } from '../../engine';

type Outcome =
  | { kind: 'busy'; name: string }
  | { kind: 'done'; result: LookupImportResult }
  | { kind: 'failed'; message: string };

/**
 * Picks a CSV lookup file. A file named like a stored table replaces it at once, as copying a
 * newer lookup file over the old one does in Splunk; the outcome says it was replaced, and a
 * refused file never touches the stored table.
 */
export function LookupImport() {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'busy', name: file.name });
    try {
      setOutcome({ kind: 'done', result: await importLookup(file) });
    } catch (err) {
      setOutcome({ kind: 'failed', message: messageOf(err) });
    } finally {
      // The same file can be picked again after it was fixed.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="lookup-import">
      <div className="field">
        <label htmlFor={inputId}>{t('assets.lookups.import')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={hintId}
          disabled={outcome?.kind === 'busy'}
          onChange={(e) => void onChange(e)}
        />
        <span id={hintId} className="field__hint">
          {t('assets.lookups.replaceNote')}
        </span>
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'busy' && (
          <p className="muted">{t('assets.lookups.importing', { name: outcome.name })}</p>
        )}
        {outcome?.kind === 'done' && <Done result={outcome.result} />}
      </div>
      {outcome?.kind === 'failed' && (
        <p className="notice notice--error" role="alert" data-testid="lookup-import-error">
          {t('assets.lookups.failed', { message: outcome.message })}
        </p>
      )}
    </div>
  );
}

function Done({ result }: { result: LookupImportResult }) {
  const { name, rows, replaced, encoding, invalidChars } = result;
  return (
    <p className="notice notice--success" data-testid="lookup-import-done">
      {t(replaced ? 'assets.lookups.replaced' : 'assets.lookups.imported', { name, count: rows })}
      {invalidChars > 0 && (
        <> {t('import.fileReplaced', { file: name, count: invalidChars, encoding })}</>
      )}
    </p>
  );
}

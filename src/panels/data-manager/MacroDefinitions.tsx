import { useId, useRef, useState, type ChangeEvent } from 'react';
import { InlineConfirm } from '../../components/InlineConfirm';
import { getDb } from '../../data/db/db';
import type { MacroRecord } from '../../data/db/schema-types';
import { deleteMacro, importMacrosFile } from '../../data/macros/macro-store';
import { t } from '../../i18n/messages';
import { useStoredMacros } from '../search/macros-live';
import { messageOf } from '../../engine';

type Outcome =
  | { kind: 'busy'; name: string }
  | { kind: 'done'; name: string; added: number; replaced: number }
  | { kind: 'failed'; message: string };

/** The data manager's "Search macros" section: import a macros.conf, list, delete. */
export function MacroDefinitions() {
  const headingId = useId();
  return (
    <section className="card lookup-tables" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('macros.title')}</h2>
      <p className="muted">{t('macros.intro')}</p>
      <MacroImport />
      <MacroList />
    </section>
  );
}

/** A refused file (a bad line, named) never touches the stored macros. */
function MacroImport() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'busy', name: file.name });
    try {
      const r = await importMacrosFile(getDb(), file);
      setOutcome({ kind: 'done', name: file.name, ...r });
    } catch (err) {
      setOutcome({ kind: 'failed', message: messageOf(err) });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className="lookup-import">
      <div className="field">
        <label htmlFor={inputId}>{t('macros.import')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".conf,.txt,text/plain"
          data-testid="macros-file"
          disabled={outcome?.kind === 'busy'}
          onChange={(e) => void onChange(e)}
        />
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'busy' && (
          <p className="muted">{t('macros.importing', { name: outcome.name })}</p>
        )}
        {outcome?.kind === 'done' && (
          <p className="notice notice--success" data-testid="macros-import-done">
            {t('macros.imported', outcome)}
          </p>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <p className="notice notice--error" role="alert" data-testid="macros-import-error">
          {t('macros.failed', { message: outcome.message })}
        </p>
      )}
    </div>
  );
}

function MacroList() {
  const { macros, loaded } = useStoredMacros();
  if (!loaded) return null;
  if (macros.length === 0) return <p className="muted">{t('macros.none')}</p>;
  return (
    <table className="file-table lookup-list" data-testid="macro-list">
      <thead>
        <tr>
          <th scope="col">{t('macros.name')}</th>
          <th scope="col">{t('macros.args')}</th>
          <th scope="col">{t('macros.definition')}</th>
          <th scope="col">{t('macros.origin')}</th>
          <th scope="col">{t('macros.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {macros.map((m) => (
          <MacroRow key={m.key} macro={m} />
        ))}
      </tbody>
    </table>
  );
}

function MacroRow({ macro }: { macro: MacroRecord }) {
  const [error, setError] = useState<string | null>(null);
  const onDelete = async () => {
    setError(null);
    try {
      await deleteMacro(getDb(), macro.key);
    } catch (err) {
      const message = messageOf(err);
      setError(t('macros.deleteFailed', { name: macro.key, message }));
    }
  };
  return (
    <tr data-testid="macro-row" data-macro-key={macro.key}>
      <th scope="row">
        <code>{macro.key}</code>
      </th>
      <td>{macro.args.join(', ')}</td>
      <td>
        <pre className="macro-list__definition">{macro.definition}</pre>
        {macro.iseval && <span className="muted">{t('macros.iseval')}</span>}
      </td>
      <td>{t('macros.originLine', { file: macro.origin, line: macro.line })}</td>
      <td>
        <InlineConfirm
          label={t('macros.delete')}
          question={t('macros.confirmDelete', { name: macro.key })}
          confirmLabel={t('macros.confirmDelete.yes')}
          cancelLabel={t('macros.confirmDelete.no')}
          onConfirm={onDelete}
        />
        {error && (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}

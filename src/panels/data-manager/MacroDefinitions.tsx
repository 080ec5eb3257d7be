import { useId } from 'react';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { FileImport } from '../../components/FileImport';
import { getDb } from '../../data/db/db';
import type { MacroRecord } from '../../data/db/schema-types';
import { deleteMacro, importMacrosFile } from '../../data/macros/macro-store';
import { t } from '../../i18n/messages';
import { useStoredMacros } from '../../store/macros-live';

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
  return (
    <FileImport
      label={t('macros.import')}
      accept=".conf,.txt,text/plain"
      testId="macros-import"
      inputTestId="macros-file"
      store={(file) => importMacrosFile(getDb(), file)}
      busy={(name) => t('macros.importing', { name })}
      done={(counts, name) => t('macros.imported', { name, ...counts })}
      failed={(message) => t('macros.failed', { message })}
    />
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
        <ConfirmDelete
          label={t('macros.delete')}
          question={t('macros.confirmDelete', { name: macro.key })}
          confirmLabel={t('macros.confirmDelete.yes')}
          cancelLabel={t('macros.confirmDelete.no')}
          onDelete={() => deleteMacro(getDb(), macro.key)}
          failed={(message) => t('macros.deleteFailed', { name: macro.key, message })}
        />
      </td>
    </tr>
  );
}

import { useId, useState } from 'react';
import { DropZone } from '../../components/DropZone';
import { t } from '../../i18n/messages';
import { DEFAULT_INDEX, indexNameProblem } from '../../data/index-name';
import { useImports } from '../../store/imports';
import { defaultDatasetName } from './dataset-name';

// The extensions only steer the file dialog; the importer sniffs content, so anything the
// user drops or picks with "All files" is still tried.
const ACCEPT = '.csv,.json,.jsonl,.ndjson,.log,.gz,.txt,text/csv,application/json,application/gzip';

export function ImportPicker() {
  const nameId = useId();
  const hintId = useId();
  const indexId = useId();
  const [name, setName] = useState('');
  const [index, setIndex] = useState(DEFAULT_INDEX);
  const session = useImports((s) => s.session);
  const prepare = useImports((s) => s.prepare);
  const running =
    session.phase === 'running' || session.phase === 'checking' || session.phase === 'choosing';
  const indexProblem = indexNameProblem(index);
  const blocked = running || indexProblem !== null;

  const importFiles = (list: FileList) => {
    const files = Array.from(list);
    if (files.length === 0) return;
    // A name typed beforehand wins; otherwise the import starts at once under the default,
    // so the common case is one click. The field is freed for the next import.
    prepare(files, name.trim() || defaultDatasetName(files), index);
    setName('');
  };

  return (
    <section className="card import-picker" aria-labelledby={`${nameId}-heading`}>
      <h2 id={`${nameId}-heading`}>{t('import.heading')}</h2>
      <p className="muted">{t('import.intro')}</p>
      <div className="import-picker__row">
        <div className="field">
          <label htmlFor={nameId}>{t('import.datasetName')}</label>
          <input
            id={nameId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            value={running && 'name' in session ? session.name : name}
            disabled={running}
            onChange={(e) => setName(e.target.value)}
          />
          <span id={hintId} className="field__hint">
            {t('import.datasetName.hint')}
          </span>
        </div>
        <div className="field import-picker__index">
          <label htmlFor={indexId}>{t('import.index')}</label>
          <input
            id={indexId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${indexId}-hint`}
            aria-invalid={indexProblem !== null}
            value={index}
            disabled={running}
            onChange={(e) => setIndex(e.target.value.trim())}
          />
          <span
            id={`${indexId}-hint`}
            className={indexProblem ? 'field__hint field__hint--error' : 'field__hint'}
            role={indexProblem ? 'alert' : undefined}
          >
            {indexProblem ? t(`import.index.${indexProblem}`) : t('import.index.hint')}
          </span>
        </div>
        <DropZone
          chooseLabel={t('import.chooseFiles')}
          dropHere={t('import.dropHere')}
          dropActive={t('import.dropActive')}
          accept={ACCEPT}
          multiple
          disabled={blocked}
          inputTestId="import-files"
          onFiles={importFiles}
        >
          <span className="drop-zone__formats muted">{t('import.formats')}</span>
        </DropZone>
      </div>
    </section>
  );
}

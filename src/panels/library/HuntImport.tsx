import { useId, useState } from 'react';
import { DropZone } from '../../components/DropZone';
import { formatSecond } from '../../data/time/format-time';
import { MAX_HUNT_FILE_BYTES } from '../../hunts/format/parse';
import { t } from '../../i18n/messages';
import { formatBytes } from '../../i18n/units';
import { confirmHuntImport, importHuntFile, type HuntImportState } from '../../store/hunt-import';
import { useSettings } from '../../store/settings';
import { ProblemList } from './ProblemList';

function Outcome({
  state,
  onAnswer,
}: {
  state: HuntImportState;
  onAnswer: (replace: boolean) => void;
}) {
  const timeZone = useSettings((s) => s.timeZone);
  switch (state.phase) {
    case 'idle':
      return null;
    case 'checking':
      return <p>{t('library.import.checking', { file: state.file })}</p>;
    case 'failed':
      return (
        <p className="hunt-message hunt-message--error">
          {state.tooLarge
            ? t('library.import.tooLarge', {
                file: state.file,
                size: formatBytes(MAX_HUNT_FILE_BYTES),
              })
            : t('library.import.failed', { file: state.file, message: state.message })}
        </p>
      );
    case 'refused':
      return (
        <div className="hunt-import__refused">
          <p className="hunt-message hunt-message--error">
            {t('library.import.refused', { file: state.file, count: state.problems.length })}
          </p>
          <ProblemList problems={state.problems} />
        </div>
      );
    case 'confirm': {
      const current =
        state.current.origin === 'bundled'
          ? t('library.import.replace.bundled')
          : t('library.import.replace.imported', {
              date: formatSecond(state.current.importedAt ?? 0, timeZone),
            });
      const title = state.current.parsed.hunt ? state.current.id : state.current.fileName;
      return (
        <div
          className="hunt-import__confirm"
          role="group"
          aria-label={t('library.import.replace.yes')}
        >
          <p>
            {t('library.import.replace.question', {
              title,
              current,
              file: state.entry.fileName,
            })}
          </p>
          <p>
            {state.lost.answers + state.lost.notes === 0
              ? t('library.import.replace.keeps')
              : t('library.import.replace.loses', state.lost)}
          </p>
          <div className="hunt-actions">
            <button type="button" className="button button--primary" onClick={() => onAnswer(true)}>
              {t('library.import.replace.yes')}
            </button>
            <button type="button" className="button" onClick={() => onAnswer(false)}>
              {t('library.import.replace.no')}
            </button>
          </div>
        </div>
      );
    }
    case 'done':
      return (
        <p>
          {state.outcome === 'imported'
            ? t('library.import.done', { title: state.title })
            : state.outcome === 'same'
              ? t('library.import.same', { title: state.title })
              : t('library.import.replace.kept', { title: state.title })}
        </p>
      );
  }
}

/** Import a hunt file by choosing or dropping it; one file at a time, checked whole. */
export function HuntImport() {
  const id = useId();
  const [state, setState] = useState<HuntImportState>({ phase: 'idle' });
  const busy = state.phase === 'checking';

  const start = async (files: FileList) => {
    const file = files[0];
    if (!file) return;
    setState({ phase: 'checking', file: file.name });
    setState(await importHuntFile(file));
  };

  return (
    <section className="card hunt-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('library.import.heading')}</h2>
      <p className="hunt-muted">{t('library.import.intro')}</p>
      <DropZone
        chooseLabel={t('library.import.choose')}
        dropHere={t('library.import.dropHere')}
        dropActive={t('library.import.dropActive')}
        accept=".yaml,.yml,application/yaml,text/yaml"
        disabled={busy}
        testId="hunt-drop-zone"
        inputTestId="hunt-file-input"
        onFiles={(files) => void start(files)}
      />
      <div role="status" aria-live="polite" className="hunt-import__outcome">
        <Outcome
          state={state}
          onAnswer={async (replace) => {
            if (state.phase === 'confirm') setState(await confirmHuntImport(state, replace));
          }}
        />
      </div>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import { loadTrainerNotes, saveTrainerNote } from '../../data/db/trainer-notes';
import type { HuntStep } from '../../hunts/types';
import { TextEditForm } from '../../components/TextEditForm';
import { t } from '../../i18n/messages';
import { dataMap, messageOf } from '../../engine';

/** The trainer's own notes of a hunt, read once from this browser's storage. */
export function useTrainerNotes(huntId: string) {
  const [notes, setNotes] = useState(() => dataMap<string>());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadTrainerNotes(huntId)
      .then((n) => live && setNotes(n))
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [huntId]);
  const save = (stepId: string, text: string | null) => {
    setNotes((n) => {
      const next = Object.assign(dataMap<string>(), n);
      if (text === null) delete next[stepId];
      else next[stepId] = text;
      return next;
    });
    saveTrainerNote(huntId, stepId, text).catch((err: unknown) => setError(messageOf(err)));
  };
  return { notes, error, save };
}

/**
 * A step's trainer notes: the trainer's own when they wrote some, else the hunt's. Editing
 * starts from what is shown; the hunt's notes come back when the trainer's are dropped.
 */
export function TrainerNotes({
  step,
  notes: { notes, error, save },
}: {
  step: HuntStep;
  notes: ReturnType<typeof useTrainerNotes>;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const own = notes[step.id];
  const text = own ?? step.trainerNotes ?? '';
  const fieldId = `trainer-notes-${step.id}`;
  return (
    <section className="speaker-notes" aria-labelledby="speaker-notes-heading">
      <h2 id="speaker-notes-heading">{t('presenter.notes')}</h2>
      {error && (
        <p role="alert" className="hunt-message hunt-message--error">
          {t('presenter.notes.error', { message: error })}
        </p>
      )}
      {draft === null ? (
        <>
          <div data-testid="trainer-notes">
            {text ? (
              <Markdown text={text} className="speaker-notes__text" />
            ) : (
              <p className="hunt-muted">{t('presenter.notes.none')}</p>
            )}
          </div>
          {own !== undefined && <p className="hunt-muted">{t('presenter.notes.yours')}</p>}
          <span className="hunt-actions">
            <button type="button" className="button" onClick={() => setDraft(text)}>
              {t('presenter.notes.edit')}
            </button>
            {own !== undefined && step.trainerNotes !== undefined && (
              <button type="button" className="button" onClick={() => save(step.id, null)}>
                {t('presenter.notes.restore')}
              </button>
            )}
          </span>
        </>
      ) : (
        <TextEditForm
          id={fieldId}
          label={t('presenter.notes.label')}
          value={draft}
          rows={8}
          className="speaker-notes__field"
          saveLabel={t('presenter.notes.save')}
          cancelLabel={t('presenter.notes.cancel')}
          onChange={setDraft}
          onSave={(text) => {
            save(step.id, text);
            setDraft(null);
          }}
          onCancel={() => setDraft(null)}
        />
      )}
    </section>
  );
}

import { useState } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import { saveNote } from '../../data/progress/changes';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { t } from '../../i18n/messages';
import { useProgress } from '../../store/progress';

/** A learner's own notes for a step: edited as Markdown text, shown rendered. */
export function StepNotes({
  stepId,
  progress,
}: {
  stepId: string;
  progress: HuntProgressRecord | null;
}) {
  const apply = useProgress((s) => s.apply);
  const saved = progress?.notes[stepId] ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const fieldId = `hunt-notes-${stepId}`;
  return (
    <section className="card hunt-card hunt-notes" aria-labelledby="hunt-notes-heading">
      <h2 id="hunt-notes-heading">{t('hunt.notes')}</h2>
      {draft === null ? (
        <>
          {saved ? (
            <Markdown text={saved} className="hunt-notes__text" />
          ) : (
            <p className="hunt-muted">{t('hunt.notes.empty')}</p>
          )}
          <button
            type="button"
            className="button"
            disabled={!progress}
            onClick={() => setDraft(saved)}
          >
            {t('hunt.notes.edit')}
          </button>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            apply(saveNote(stepId, draft));
            setDraft(null);
          }}
        >
          <label htmlFor={fieldId}>{t('hunt.notes.label')}</label>
          <textarea
            id={fieldId}
            className="hunt-notes__field"
            rows={5}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
          />
          <span className="hunt-actions">
            <button type="submit" className="button button--primary">
              {t('hunt.notes.save')}
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              {t('hunt.notes.cancel')}
            </button>
          </span>
        </form>
      )}
    </section>
  );
}

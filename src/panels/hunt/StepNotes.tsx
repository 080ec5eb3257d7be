import { useState } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import { saveNote } from '../../data/progress/changes';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { TextEditForm } from '../../components/TextEditForm';
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
        <TextEditForm
          id={fieldId}
          label={t('hunt.notes.label')}
          value={draft}
          rows={5}
          className="hunt-notes__field"
          saveLabel={t('hunt.notes.save')}
          cancelLabel={t('hunt.notes.cancel')}
          onChange={setDraft}
          onSave={(text) => {
            apply(saveNote(stepId, text));
            setDraft(null);
          }}
          onCancel={() => setDraft(null)}
        />
      )}
    </section>
  );
}

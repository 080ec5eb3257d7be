import { useState } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import type { FindingsRecord } from '../../data/db/schema-types';
import { setReasons, setVerdict } from '../../data/progress/findings-changes';
import { TextEditForm } from '../../components/TextEditForm';
import { t } from '../../i18n/messages';
import { useProgress } from '../../store/progress';

const VERDICTS = ['confirmed', 'refuted', 'open'] as const;

export function VerdictCard({
  findings,
  initial,
}: {
  findings: FindingsRecord;
  initial: FindingsRecord;
}) {
  const apply = useProgress((s) => s.apply);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <section className="card hunt-card findings-card" aria-labelledby="findings-verdict">
      <h2 id="findings-verdict">{t('findings.verdict')}</h2>
      <fieldset className="findings-verdict">
        <legend className="visually-hidden">{t('findings.verdict')}</legend>
        {VERDICTS.map((v) => (
          <label key={v} className={`findings-verdict__option findings-verdict--${v}`}>
            <input
              type="radio"
              name="findings-verdict"
              value={v}
              checked={findings.verdict === v}
              onChange={() => apply(setVerdict(initial, v))}
            />
            {t(`findings.verdict.${v}`)}
          </label>
        ))}
      </fieldset>
      <h3>{t('findings.reasons')}</h3>
      {draft === null ? (
        <>
          <ul className="findings-reasons">
            {findings.reasons.map((r, i) => (
              <li key={i}>
                <Markdown text={r} inline />
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => setDraft(findings.reasons.join('\n'))}
          >
            {t('findings.edit')}
          </button>
        </>
      ) : (
        <TextEditForm
          id="findings-reasons-field"
          label={t('findings.reasons.label')}
          value={draft}
          rows={5}
          className="findings-field"
          saveLabel={t('findings.save')}
          cancelLabel={t('findings.cancel')}
          onChange={setDraft}
          onSave={(text) => {
            apply(setReasons(initial, text.split('\n')));
            setDraft(null);
          }}
          onCancel={() => setDraft(null)}
        />
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { FindingsRecord } from '../../data/db/schema-types';
import { resetDiamond, setDiamond } from '../../data/progress/findings-changes';
import { t } from '../../i18n/messages';
import { useProgress } from '../../store/progress';

export const CORNERS = ['adversary', 'capability', 'infrastructure', 'victim'] as const;
type Corner = (typeof CORNERS)[number];

/** How long typing must pause before a corner is saved. */
const SAVE_AFTER_MS = 500;

/**
 * One corner, edited in place. It saves shortly after typing pauses and when the field loses
 * focus, so that closing the tab right after typing keeps the text. A stored value that changes
 * from elsewhere (a reset, an import) replaces the draft; the echo of its own save does not.
 */
function CornerField({
  corner,
  value,
  initial,
}: {
  corner: Corner;
  value: string;
  initial: FindingsRecord;
}) {
  const apply = useProgress((s) => s.apply);
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  const [saved, setSaved] = useState(value);
  if (value !== stored) {
    setStored(value);
    if (value !== saved) setDraft(value);
  }
  const save = (text: string) => {
    if (text === value) return;
    setSaved(text);
    apply(setDiamond(initial, corner, text));
  };
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => save(draft), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  });
  const id = `findings-diamond-${corner}`;
  return (
    <div className={`findings-diamond__corner findings-diamond__corner--${corner}`}>
      <label htmlFor={id}>{t(`findings.diamond.${corner}`)}</label>
      <textarea
        id={id}
        className="findings-field"
        rows={4}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => save(draft)}
      />
    </div>
  );
}

export function DiamondCard({
  findings,
  initial,
}: {
  findings: FindingsRecord;
  initial: FindingsRecord;
}) {
  const apply = useProgress((s) => s.apply);
  return (
    <section className="card hunt-card findings-card" aria-labelledby="findings-diamond">
      <h2 id="findings-diamond">{t('findings.diamond')}</h2>
      <div className="findings-diamond">
        {CORNERS.map((c) => (
          <CornerField key={c} corner={c} value={findings.diamond[c]} initial={initial} />
        ))}
      </div>
      <button type="button" className="button" onClick={() => apply(resetDiamond(initial))}>
        {t('findings.diamond.reset')}
      </button>
    </section>
  );
}

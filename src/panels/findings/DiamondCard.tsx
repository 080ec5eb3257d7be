import { useState } from 'react';
import type { FindingsRecord } from '../../data/db/schema-types';
import { resetDiamond, setDiamond } from '../../data/progress/findings-changes';
import { t } from '../../i18n/messages';
import { useProgress } from '../../store/progress';

const CORNERS = ['adversary', 'capability', 'infrastructure', 'victim'] as const;
type Corner = (typeof CORNERS)[number];

/** One corner, edited in place and saved when the field loses focus. */
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
        onBlur={() => {
          if (draft !== value) apply(setDiamond(initial, corner, draft));
        }}
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
          // A new stored value (a reset, an import) starts the field again from it.
          <CornerField
            key={`${c}:${findings.diamond[c]}`}
            corner={c}
            value={findings.diamond[c]}
            initial={initial}
          />
        ))}
      </div>
      <button type="button" className="button" onClick={() => apply(resetDiamond(initial))}>
        {t('findings.diamond.reset')}
      </button>
    </section>
  );
}

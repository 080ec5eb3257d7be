import { useMemo, useState } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { removePin } from '../../data/progress/findings-changes';
import type { Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { useProgress } from '../../store/progress';
import { useSettings } from '../../store/settings';
import {
  currentFindings,
  initialFindings,
  linkLabel,
  notesInOrder,
} from '../../workbook/report/model';
import { validPins } from '../../workbook/report/pins';
import { ChecklistCard } from './ChecklistCard';
import { DiamondCard } from './DiamondCard';
import { ExportBar } from './ExportBar';
import { IndicatorsCard } from './IndicatorsCard';
import { LearnedCard } from './LearnedCard';
import { PinView } from './PinView';
import { useHuntIndicators } from './use-hunt-indicators';
import { VerdictCard } from './VerdictCard';
import './findings.css';

/** The findings of a hunt: the hunt's conclusions, the learner's edits, pins, notes and exports. */
export function FindingsPanel({
  hunt,
  progress,
}: {
  hunt: Hunt;
  progress: HuntProgressRecord | null;
}) {
  const apply = useProgress((s) => s.apply);
  const tz = useSettings((s) => s.timeZone);
  const [defanged, setDefanged] = useState(false);
  const initial = useMemo(() => initialFindings(hunt), [hunt]);
  const findings = currentFindings(hunt, progress);
  const pins = useMemo(() => validPins(progress?.pins), [progress?.pins]);
  const notes = notesInOrder(hunt, progress);
  const { indicators, ready, error } = useHuntIndicators(hunt, progress);

  if (progress === null) return <p className="hunt-muted">{t('hunt.loading')}</p>;
  return (
    <section className="findings" id="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading" className="findings__heading">
        {t('findings.heading')}
      </h2>
      <p className="hunt-muted">{t('findings.intro')}</p>
      <VerdictCard findings={findings} initial={initial} />
      <LearnedCard hunt={hunt} />
      <DiamondCard findings={findings} initial={initial} />
      <IndicatorsCard
        indicators={indicators}
        ready={ready}
        error={error}
        defanged={defanged}
        onDefang={setDefanged}
      />
      <ChecklistCard findings={findings} initial={initial} />
      <section className="card hunt-card findings-card" aria-labelledby="findings-pins">
        <h2 id="findings-pins">{t('findings.pins')}</h2>
        {pins.length === 0 ? (
          <p className="hunt-muted">{t('findings.pins.none')}</p>
        ) : (
          <ul className="findings-pins">
            {pins.map((pin) => (
              <PinView
                key={pin.id}
                pin={pin}
                where={linkLabel(hunt, pin)}
                tz={tz}
                onRemove={() => apply(removePin(pin.id))}
              />
            ))}
          </ul>
        )}
      </section>
      <section className="card hunt-card findings-card" aria-labelledby="findings-notes">
        <h2 id="findings-notes">{t('findings.notes')}</h2>
        {notes.length === 0 ? (
          <p className="hunt-muted">{t('findings.notes.none')}</p>
        ) : (
          notes.map((note) => (
            <div key={note.stepId} className="findings-note" data-step-id={note.stepId}>
              <h3 data-i18n-exempt="">{note.step}</h3>
              <Markdown text={note.text} />
            </div>
          ))
        )}
      </section>
      <ExportBar
        hunt={hunt}
        progress={progress}
        indicators={ready ? indicators : null}
        defanged={defanged}
      />
    </section>
  );
}

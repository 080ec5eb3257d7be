import { useEffect, useState } from 'react';
import { storedLookupNames } from '../../data/progress/lookupNames';
import type { Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { useDatasets } from '../../store/datasets';
import { Markdown } from '../../components/markdown/Markdown';

function Presence({ present }: { present: boolean }) {
  return (
    <span
      className={present ? 'presence presence--present' : 'presence presence--missing'}
      data-testid="presence"
    >
      {present ? `✓ ${t('hunt.present')}` : `✗ ${t('hunt.missing')}`}
    </span>
  );
}

/** The sourcetypes and lookups a hunt needs, each checked against what is stored. */
export function DataNeeded({ hunt }: { hunt: Hunt }) {
  const datasets = useDatasets((s) => s.datasets);
  const [lookups, setLookups] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    storedLookupNames().then(
      (names) => live && setLookups(names),
      () => live && setLookups([]),
    );
    return () => {
      live = false;
    };
    // Lookups arrive with imports, so a change of datasets is the cue to look again.
  }, [datasets]);

  const stored = new Set(
    datasets.flatMap((ds) => Object.keys(ds.sourcetypes).filter((st) => ds.sourcetypes[st] > 0)),
  );
  const lookupSet = new Set((lookups ?? []).map((n) => n.toLowerCase()));

  return (
    <section className="card hunt-card" aria-labelledby="hunt-data-needed">
      <h2 id="hunt-data-needed">{t('hunt.dataNeeded')}</h2>
      <h3>{t('hunt.sourcetypes')}</h3>
      <ul className="data-needed" data-testid="hunt-sourcetypes">
        {hunt.sourcetypes.map((st) => (
          <li key={st} data-name={st}>
            <code>{st}</code> <Presence present={stored.has(st)} />
          </li>
        ))}
      </ul>
      {hunt.lookups.length > 0 && (
        <>
          <h3>{t('hunt.lookups')}</h3>
          <ul className="data-needed" data-testid="hunt-lookups">
            {hunt.lookups.map((l) => (
              <li key={l.name} data-name={l.name}>
                <code>{l.name}</code>{' '}
                {lookups !== null && <Presence present={lookupSet.has(l.name.toLowerCase())} />}
                <Markdown text={l.description} className="data-needed__note" />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import type { Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { Markdown } from '../../components/markdown/Markdown';
import { useDataPresence } from './use-data-presence';

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
  const { sourcetypes: stored, lookups } = useDataPresence();

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
                {lookups !== null && <Presence present={lookups.has(l.name.toLowerCase())} />}
                <Markdown text={l.description} className="data-needed__note" />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { exportAllProgress } from '../../data/progress/import-export';
import { t } from '../../i18n/messages';
import { useHunts, useVisibleHunts } from '../../store/hunts';
import { useDataPresence } from '../hunt/use-data-presence';
import { HuntCard } from './HuntCard';
import { HuntImport } from './HuntImport';
import './library.css';

/** The Hunts screen: every installed hunt, import, and the way into author mode. */
export function HuntLibrary() {
  const ready = useHunts((s) => s.status === 'ready');
  const error = useHunts((s) => s.error);
  const hunts = useVisibleHunts();
  const presence = useDataPresence();
  const [progress, setProgress] = useState<Map<string, HuntProgressRecord>>(new Map());
  const [status, setStatus] = useState('');
  useEffect(() => {
    let live = true;
    exportAllProgress().then(
      (all) => live && setProgress(new Map(all.map((p) => [p.huntId, p]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [hunts]);

  return (
    <article className="library" aria-labelledby="library-title">
      <h1 id="library-title" tabIndex={-1}>
        {t('library.heading')}
      </h1>
      <p className="hunt-lead">{t('library.intro')}</p>
      {error && (
        <p role="alert" className="hunt-message hunt-message--error">
          {t('library.loadFailed', { message: error })}
        </p>
      )}
      {!ready ? (
        <p className="hunt-message">{t('library.loading')}</p>
      ) : hunts.length === 0 ? (
        <p className="hunt-message">{t('library.empty')}</p>
      ) : (
        <ul className="library__list" aria-label={t('library.count', { count: hunts.length })}>
          {hunts.map((entry) => (
            <HuntCard
              key={entry.id}
              entry={entry}
              progress={progress.get(entry.id)}
              presence={presence}
              onRemoved={setStatus}
            />
          ))}
        </ul>
      )}
      <p role="status" className="library__status">
        {status}
      </p>
      <HuntImport />
      <p className="library__author">
        <a href="#/author">{t('author.heading')}</a> — {t('author.open')}
      </p>
    </article>
  );
}

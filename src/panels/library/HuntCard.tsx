import { dataMap, messageOf } from '../../engine';
import { useEffect, useId, useState } from 'react';
import { InlineConfirm } from '../../components/InlineConfirm';
import { Markdown } from '../../components/markdown/Markdown';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { loadTrainerNotes } from '../../data/db/trainer-notes';
import { formatSecond } from '../../data/time/format-time';
import { withTrainerNotes } from '../../hunts/format/edit';
import type { Hunt } from '../../hunts/types';
import { getLocale, t } from '../../i18n/messages';
import { huntOf, useHunts, type HuntEntry } from '../../store/hunts';
import { useSettings } from '../../store/settings';
import { download } from '../findings/download';
import { stepHref } from '../hunt/StepNav';
import { huntFigures } from '../hunt/progress-figures';
import type { DataPresence } from '../hunt/use-data-presence';
import { ProblemList } from './ProblemList';

function languageName(code: string): string {
  // The app's own languages are named by the catalogue, any other by the browser.
  if (code === 'en') return t('library.language.en');
  if (code === 'ja') return t('library.language.ja');
  try {
    return new Intl.DisplayNames([getLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Languages({ hunt }: { hunt: Hunt }) {
  return (
    <>
      {hunt.languages
        .map((l) =>
          l.share >= 1
            ? languageName(l.code)
            : t('library.language.partial', {
                language: languageName(l.code),
                percent: Math.max(1, Math.floor(l.share * 100)),
              }),
        )
        .join(t('library.language.separator'))}
    </>
  );
}

function DataState({ hunt, presence }: { hunt: Hunt; presence: DataPresence }) {
  const missing = hunt.sourcetypes.filter((st) => !presence.sourcetypes.has(st));
  const lookups = presence.lookups;
  const missingLookups = lookups
    ? hunt.lookups.filter((l) => !lookups.has(l.name.toLowerCase()))
    : [];
  return (
    <span data-testid="library-data">
      {missing.length === 0
        ? t('library.data.allPresent', { count: hunt.sourcetypes.length })
        : t('library.data.missing', { names: missing.join(', ') })}
      {missingLookups.length > 0 && (
        <>
          {' '}
          ·{' '}
          {t('library.data.lookupsMissing', {
            names: missingLookups.map((l) => l.name).join(', '),
          })}
        </>
      )}
    </span>
  );
}

function ExportButton({ entry }: { entry: HuntEntry }) {
  const [notes, setNotes] = useState<Record<string, string>>(dataMap);
  const [withNotes, setWithNotes] = useState(false);
  const checkId = useId();
  useEffect(() => {
    let live = true;
    loadTrainerNotes(entry.id).then(
      (n) => live && setNotes(n),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [entry.id]);
  const count = Object.keys(notes).length;
  const save = () => {
    const text =
      withNotes && count > 0 ? withTrainerNotes(entry.text, notes, getLocale()) : entry.text;
    download(text, entry.fileName, 'application/yaml');
  };
  return (
    <span className="hunt-card__export">
      <button type="button" className="button" onClick={save}>
        {t('library.export')}
      </button>
      {count > 0 && (
        <label htmlFor={checkId} className="hunt-card__notes">
          <input
            id={checkId}
            type="checkbox"
            checked={withNotes}
            onChange={(e) => setWithNotes(e.target.checked)}
          />{' '}
          {t('library.export.notes', { count })}
        </label>
      )}
    </span>
  );
}

interface HuntCardProps {
  entry: HuntEntry;
  progress: HuntProgressRecord | undefined;
  presence: DataPresence;
  onRemoved: (message: string) => void;
}

/** One hunt of the library: what it is, what it needs, how far the learner got, and actions. */
export function HuntCard({ entry, progress, presence, onRemoved }: HuntCardProps) {
  const timeZone = useSettings((s) => s.timeZone);
  const remove = useHunts((s) => s.remove);
  const hunt = huntOf(entry);
  const headingId = useId();
  const title = hunt?.title ?? entry.fileName;
  const figures = hunt ? huntFigures(hunt, progress ?? null) : null;
  const origin =
    entry.origin === 'imported'
      ? t('library.origin.imported', { date: formatSecond(entry.importedAt ?? 0, timeZone) })
      : t(`library.origin.${entry.origin}`);

  return (
    <li className="card hunt-card library-card" aria-labelledby={headingId} data-hunt-id={entry.id}>
      <h2 id={headingId} data-i18n-exempt="">
        {hunt ? <a href={stepHref(hunt.id)}>{title}</a> : title}
      </h2>
      <p className="hunt-muted library-card__origin">
        {origin}
        {hunt?.version !== undefined && <> · {t('library.version', { version: hunt.version })}</>}
      </p>
      {hunt ? (
        <>
          <Markdown text={hunt.summary} className="library-card__summary" />
          <dl className="hunt-facts library-card__facts">
            <dt>{t('library.techniques')}</dt>
            <dd data-i18n-exempt="">
              {hunt.techniques.map((x) => `${x.id} ${x.name}`).join(' · ')}
            </dd>
            <dt>{t('library.languages')}</dt>
            <dd>
              <Languages hunt={hunt} />
            </dd>
            <dt>{t('library.data')}</dt>
            <dd>
              <DataState hunt={hunt} presence={presence} />
            </dd>
            <dt>{t('library.progress')}</dt>
            <dd data-testid="library-progress">
              {figures && (figures.right > 0 || figures.visited > 0)
                ? t('library.progress.figures', figures)
                : t('library.progress.none')}
            </dd>
          </dl>
        </>
      ) : (
        <>
          <p className="hunt-message hunt-message--error">{t('library.broken')}</p>
          <ProblemList problems={entry.parsed.problems} />
        </>
      )}
      <div className="hunt-actions">
        {hunt && (
          <a className="button button--primary" href={stepHref(hunt.id)}>
            {t('library.open')}
          </a>
        )}
        <ExportButton entry={entry} />
        {entry.origin === 'imported' && (
          <InlineConfirm
            label={t('library.remove')}
            question={t('library.remove.question', { title })}
            confirmLabel={t('library.remove.yes')}
            cancelLabel={t('library.remove.no')}
            onConfirm={async () => {
              try {
                await remove(entry.id);
                onRemoved(t('library.removed', { title }));
              } catch (err) {
                const message = messageOf(err);
                onRemoved(t('library.removeFailed', { title, message }));
              }
            }}
          />
        )}
      </div>
    </li>
  );
}

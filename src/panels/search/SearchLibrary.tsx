import { useMemo, useState } from 'react';
import { formatTime } from '../../data/time/format-time';
import { t } from '../../i18n/messages';
import { InlineConfirm } from '../../components/InlineConfirm';
import { useSettings } from '../../store/settings';
import {
  exportSaved,
  parseSavedFile,
  SavedFileError,
  useSearchLibrary,
  type SavedSearch,
  type SearchRecord,
} from '../../store/search-library';
import type { SearchView } from '../../hunts/types';
import { download } from '../findings/download';

interface SearchLibraryProps {
  /** Runs a search from the history or the saved ones on this page. */
  onRun(search: SearchRecord & { view?: SearchView }): void;
}

function rangeLabel(s: SearchRecord, tz: string): string {
  if (s.earliest === undefined && s.latest === undefined) return t('searches.allTime');
  const at = (ms?: number) => (ms === undefined ? '…' : formatTime(ms, tz).slice(0, -4));
  return `${at(s.earliest)} – ${at(s.latest)}`;
}

/** The search page's history and saved searches, as Splunk keeps them beside the search bar. */
export function SearchLibrary({ onRun }: SearchLibraryProps) {
  return (
    <div className="search-library">
      <SavedSearches onRun={onRun} />
      <SearchHistory onRun={onRun} />
    </div>
  );
}

function SearchHistory({ onRun }: SearchLibraryProps) {
  const history = useSearchLibrary((s) => s.history);
  const clear = useSearchLibrary((s) => s.clearHistory);
  const tz = useSettings((s) => s.timeZone);
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f === '' ? history : history.filter((h) => h.query.toLowerCase().includes(f));
  }, [history, filter]);
  return (
    <details className="search-library__section" data-testid="search-history">
      <summary>{t('searches.history.heading')}</summary>
      {history.length === 0 ? (
        <p className="muted">{t('searches.history.empty')}</p>
      ) : (
        <>
          <div className="search-library__tools">
            <input
              type="search"
              aria-label={t('searches.history.filter')}
              placeholder={t('searches.history.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
            <InlineConfirm
              label={t('searches.history.clear')}
              question={t('searches.history.clearQuestion')}
              confirmLabel={t('searches.history.clearConfirm')}
              cancelLabel={t('searches.save.cancel')}
              onConfirm={clear}
            />
          </div>
          {shown.length === 0 && <p className="muted">{t('searches.history.none')}</p>}
          <ul className="search-library__list">
            {shown.map((h) => (
              <li key={`${h.at}-${h.query}`} data-testid="history-entry">
                <button type="button" className="button" onClick={() => onRun(h)}>
                  {t('searches.run')}
                </button>
                <code className="search-library__query">{h.query}</code>
                <span className="muted">
                  {rangeLabel(h, tz)} · {formatTime(h.at, tz).slice(0, -4)} ·{' '}
                  {t('searches.history.results', { count: h.count })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

function SavedSearches({ onRun }: SearchLibraryProps) {
  const saved = useSearchLibrary((s) => s.saved);
  const importSaved = useSearchLibrary((s) => s.importSaved);
  const [note, setNote] = useState<{ ok: boolean; text: string }>();
  const onFile = async (file: File) => {
    try {
      const { added, replaced } = importSaved(parseSavedFile(await file.text()));
      setNote({
        ok: true,
        text: t('searches.saved.imported', { file: file.name, added, replaced }),
      });
    } catch (err) {
      if (!(err instanceof SavedFileError)) throw err;
      const text =
        err.problem === 'entry'
          ? t('searches.saved.error.entry', {
              file: file.name,
              entry: err.entry ?? 0,
              field: err.field ?? '',
            })
          : t(`searches.saved.error.${err.problem}`, { file: file.name });
      setNote({ ok: false, text });
    }
  };
  return (
    <details className="search-library__section" data-testid="saved-searches">
      <summary>{t('searches.saved.heading')}</summary>
      <div className="search-library__tools">
        <button
          type="button"
          className="button"
          disabled={saved.length === 0}
          onClick={() => download(exportSaved(saved), 'saved-searches.json', 'application/json')}
        >
          {t('searches.saved.export')}
        </button>
        <label className="search-library__import">
          {t('searches.saved.import')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void onFile(file);
            }}
          />
        </label>
      </div>
      {note && (
        <p role={note.ok ? 'status' : 'alert'} data-testid="saved-import-note">
          {note.text}
        </p>
      )}
      {saved.length === 0 ? (
        <p className="muted">{t('searches.saved.empty')}</p>
      ) : (
        <ul className="search-library__list">
          {saved.map((s) => (
            <SavedRow key={s.id} search={s} onRun={onRun} />
          ))}
        </ul>
      )}
    </details>
  );
}

function SavedRow({ search, onRun }: { search: SavedSearch } & SearchLibraryProps) {
  const rename = useSearchLibrary((s) => s.rename);
  const remove = useSearchLibrary((s) => s.remove);
  const tz = useSettings((s) => s.timeZone);
  const [name, setName] = useState<string>();
  return (
    <li data-testid="saved-search" data-name={search.name}>
      <button type="button" className="button button--primary" onClick={() => onRun(search)}>
        {t('searches.run')}
      </button>
      {name === undefined ? (
        <strong>{search.name}</strong>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() !== '') rename(search.id, name.trim());
            setName(undefined);
          }}
        >
          <input
            aria-label={t('searches.saved.renameLabel')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button">
            {t('searches.save.confirm')}
          </button>
        </form>
      )}
      <code className="search-library__query">{search.query}</code>
      <span className="muted">
        {rangeLabel(search, tz)}
        {search.view !== undefined && ` · ${t(`search.view.${search.view}`)}`}
      </span>
      {name === undefined && (
        <button type="button" className="button" onClick={() => setName(search.name)}>
          {t('searches.saved.rename')}
        </button>
      )}
      <InlineConfirm
        label={t('searches.saved.delete')}
        question={t('searches.saved.deleteQuestion', { name: search.name })}
        confirmLabel={t('searches.saved.delete')}
        cancelLabel={t('searches.save.cancel')}
        onConfirm={() => remove(search.id)}
      />
    </li>
  );
}

import { useState } from 'react';
import type { SearchView } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { useSearchLibrary } from '../../store/search-library';

interface SaveSearchProps {
  query: string;
  earliest?: number;
  latest?: number;
  view: SearchView;
  /** The name offered first (a step's title). */
  suggestedName?: string;
}

/** "Save search": asks for a name in place, then keeps the search with its time range and view. */
export function SaveSearch({ query, earliest, latest, view, suggestedName }: SaveSearchProps) {
  const [name, setName] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const save = useSearchLibrary((s) => s.save);
  if (name === undefined) {
    return (
      <>
        <button
          type="button"
          className="button"
          onClick={() => {
            setSaved(undefined);
            setName(suggestedName ?? '');
          }}
        >
          {t('searches.save')}
        </button>
        {saved !== undefined && (
          <span role="status" className="muted" data-testid="search-saved">
            {t('searches.save.done', { name: saved })}
          </span>
        )}
      </>
    );
  }
  return (
    <form
      className="save-search"
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = name.trim();
        if (trimmed === '') return;
        save({ name: trimmed, query, earliest, latest, view });
        setSaved(trimmed);
        setName(undefined);
      }}
    >
      <input
        aria-label={t('searches.save.name')}
        value={name}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setName(undefined);
        }}
      />
      <button type="submit" className="button button--primary" disabled={name.trim() === ''}>
        {t('searches.save.confirm')}
      </button>
      <button type="button" className="button" onClick={() => setName(undefined)}>
        {t('searches.save.cancel')}
      </button>
    </form>
  );
}

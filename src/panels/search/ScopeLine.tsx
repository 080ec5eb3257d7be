import { useId } from 'react';
import type { DatasetRecord } from '../../data/db/schema-types';
import { t } from '../../i18n/messages';
import { indexesOf, type SearchScope } from './scope';

interface ScopeLineProps {
  datasets: readonly DatasetRecord[];
  scope: SearchScope;
  /** A hunt step's search: its default is the dataset holding the hunt's data. */
  hunt: boolean;
  /** A new choice of datasets; undefined returns to the default. */
  onChoose(ids: string[] | undefined): void;
}

/** Datasets' names in a sentence, quoted and separated as the language writes them. */
export const names = (list: readonly DatasetRecord[]) =>
  list.map((d) => t('scope.name', { name: d.name })).join(t('scope.nameSeparator'));

/** Which datasets (and so which indexes) a search covers, and a way to narrow or widen it. */
export function ScopeLine({ datasets, scope, hunt, onChoose }: ScopeLineProps) {
  const id = useId();
  const covered = datasets.filter((d) => scope.ids.includes(d.id));
  const indexes = indexesOf(covered);
  let what: string;
  if (!scope.chosen && !hunt) {
    what =
      datasets.length === 1
        ? t('scope.only', { name: names(datasets) })
        : t('scope.all', { count: datasets.length });
  } else if (!scope.chosen && hunt && scope.leftOut.length + covered.length > 1) {
    what = t('scope.hunt', { names: names(covered) });
  } else {
    what = t('scope.some', { count: covered.length, names: names(covered) });
  }
  const toggle = (ds: DatasetRecord, on: boolean) => {
    const next = on ? [...scope.ids, ds.id] : scope.ids.filter((x) => x !== ds.id);
    // Kept in the datasets' own order, so the same choice is the same address.
    onChoose(datasets.filter((d) => next.includes(d.id)).map((d) => d.id));
  };
  return (
    <div className="search-scope" data-testid="search-scope">
      <p className="search-scope__summary" data-testid="search-scope-summary">
        {t('scope.label', { what })}
        {indexes.length > 0 && (
          <>
            {' · '}
            <span data-testid="search-scope-indexes">
              {t('scope.indexes', { count: indexes.length, indexes: indexes.join(', ') })}
            </span>
          </>
        )}
      </p>
      <details className="search-scope__choose">
        <summary>{t('scope.choose')}</summary>
        <fieldset>
          <legend>{t('scope.chooseLegend')}</legend>
          {datasets.map((ds) => {
            const on = scope.ids.includes(ds.id);
            return (
              <label key={ds.id} className="search-scope__dataset">
                <input
                  type="checkbox"
                  checked={on}
                  // The last dataset stays: a search over nothing would only look broken.
                  disabled={on && scope.ids.length === 1}
                  onChange={(e) => toggle(ds, e.currentTarget.checked)}
                  aria-describedby={`${id}-${ds.id}`}
                />{' '}
                <span translate="no">{ds.name}</span>{' '}
                <span id={`${id}-${ds.id}`} className="muted">
                  (<span translate="no">{ds.indexes.join(', ')}</span>;{' '}
                  {t('scope.datasetEvents', { count: ds.eventCount })})
                </span>
              </label>
            );
          })}
          {scope.chosen && (
            <button type="button" className="button" onClick={() => onChoose(undefined)}>
              {t('scope.default')}
            </button>
          )}
        </fieldset>
      </details>
      {scope.leftOut.length > 0 && (
        <p className="search-scope__left-out" role="note" data-testid="search-scope-left-out">
          {t('scope.leftOut', { names: names(scope.leftOut) })}
        </p>
      )}
    </div>
  );
}

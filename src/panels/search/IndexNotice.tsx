import { useMemo } from 'react';
import type { DatasetRecord } from '../../data/db/schema-types';
import { t } from '../../i18n/messages';
import { missingIndexes, namedIndexes } from './index-notice';
import { indexesOf } from './scope';
import { names } from './ScopeLine';

interface IndexNoticeProps {
  query: string;
  datasets: readonly DatasetRecord[];
  /** The datasets the search covers. */
  ids: readonly string[];
}

/**
 * Says when the base search names an index that the datasets it covers do not have, rather than
 * leaving the user with an empty result: which indexes there are, or which dataset has it.
 */
export function IndexNotice({ query, datasets, ids }: IndexNoticeProps) {
  const named = useMemo(() => namedIndexes(query), [query]);
  if (named.length === 0 || datasets.length === 0) return null;
  const covered = datasets.filter((d) => ids.includes(d.id));
  const missing = missingIndexes(named, indexesOf(covered));
  if (missing.length === 0) return null;
  const all = indexesOf(datasets);
  return (
    <ul className="search-panel__index-notice" role="status" data-testid="index-notice">
      {missing.map((index) => {
        const holders = datasets.filter(
          (d) => !ids.includes(d.id) && missingIndexes([index], d.indexes).length === 0,
        );
        return (
          <li key={index}>
            {holders.length > 0
              ? t('scope.indexOutside', { index, names: names(holders) })
              : t('scope.noIndex', { index, indexes: all.join(', ') })}
          </li>
        );
      })}
    </ul>
  );
}

import { useState } from 'react';
import type { TallyRest } from '../../data/db/schema-types';
import { t } from '../../i18n/messages';

/** Entries shown before "Show all". */
const TOP = 3;

/**
 * Values with their event counts, most frequent first; the long tail behind a toggle, and what
 * the dataset record only counts (`rest`) as one line.
 */
export function CountList({
  counts,
  rest,
  label,
}: {
  counts: Record<string, number>;
  rest?: TallyRest | null;
  label: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (entries.length === 0) return <span className="muted">—</span>;
  const restLine = rest ? (
    <p className="count-list__rest" data-testid="count-list-rest">
      {t('dataset.rest', { count: rest.values, events: rest.events })}
    </p>
  ) : null;
  const shown = expanded ? entries : entries.slice(0, TOP);
  return (
    <>
      <ul className="count-list" aria-label={label}>
        {shown.map(([name, count]) => (
          <li key={name}>{t('dataset.entryCount', { name, count })}</li>
        ))}
      </ul>
      {entries.length > TOP && (
        <button
          type="button"
          className="button button--link"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('dataset.showFewer') : t('dataset.showAll', { count: entries.length })}
        </button>
      )}
      {restLine}
    </>
  );
}

import type { MouseEvent } from 'react';
import { t } from '../../../i18n/messages';
import { EnrichedValue } from '../../assets/EnrichedValue';

interface FilterValueProps {
  field: string;
  value: string;
  onFilter(field: string, value: string, exclude: boolean): void;
}

/** A field's value that adds itself to the search: a click includes, Alt/Shift or `≠` excludes. */
export function FilterValue({ field, value, onFilter }: FilterValueProps) {
  const add = (e: MouseEvent) => onFilter(field, value, e.altKey || e.shiftKey);
  return (
    <span className="filter-value">
      <button
        type="button"
        className="filter-value__add"
        title={t('results.events.addFilter', { field, value })}
        onClick={add}
      >
        <span translate="no">
          <EnrichedValue field={field} value={value} />
        </span>
      </button>
      <button
        type="button"
        className="filter-value__exclude"
        aria-label={t('results.events.excludeLabel', { field, value })}
        title={t('results.events.excludeLabel', { field, value })}
        onClick={() => onFilter(field, value, true)}
      >
        ≠
      </button>
    </span>
  );
}

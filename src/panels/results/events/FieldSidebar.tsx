import { useState } from 'react';
import {
  fetchFieldValues,
  type FieldSummary,
  type FieldValueCount,
} from '../../../data/search/client';
import { formatNumber, t } from '../../../i18n/messages';
import { useEventDisplay } from '../../../store/event-display';
import { FilterValue } from './FilterValue';
import { NumericStats } from './NumericStats';
/** A field in at least this share of the events is "interesting", as in Splunk. */
export const INTERESTING_SHARE = 0.2;
const MORE_VALUES = 100;

interface FieldSidebarProps {
  fields: FieldSummary[];
  total: number;
  /** The worker's kept result, for values beyond the top list; absent when rows are all here. */
  resultId?: number;
  onFilter(field: string, value: string, exclude: boolean): void;
  /** Runs a search built on the current one (top values, rare values, by time). */
  onSearch(query: string): void;
  /** The query as run, for those searches. */
  query: string;
}

/** A field name as a command argument: quoted when it is not a plain word. */
const fieldArg = (name: string) =>
  /^[A-Za-z_][\w.:-]*$/.test(name) ? name : `"${name.replace(/["\\]/g, '\\$&')}"`;

/** Splunk's one-click searches on a field, built on the search shown. */
export function fieldSearches(query: string, field: string) {
  const base = query.trim() === '' ? '*' : query.trim();
  const f = fieldArg(field);
  return {
    top: `${base} | top limit=20 ${f}`,
    byTime: `${base} | timechart count by ${f} limit=10`,
    rare: `${base} | rare limit=20 ${f}`,
  };
}

function percent(part: number, total: number): string {
  if (total === 0) return '0';
  const p = (part / total) * 100;
  return formatNumber(p, p > 0 && p < 10 && p !== Math.round(p) ? 1 : 0);
}

/** Selected, interesting and (on demand) all fields, each opening its values with exact counts. */
export function FieldSidebar(props: FieldSidebarProps) {
  const { fields, total, resultId, onFilter } = props;
  const [open, setOpen] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const chosen = useEventDisplay((s) => s.selected);
  const toggleField = useEventDisplay((s) => s.toggleField);
  const selected = chosen
    .map((name) => fields.find((f) => f.name === name))
    .filter((f): f is FieldSummary => f !== undefined);
  const rest = fields.filter((f) => !chosen.includes(f.name));
  const interesting = rest.filter((f) => f.count >= total * INTERESTING_SHARE);
  const others = rest.filter((f) => f.count < total * INTERESTING_SHARE);

  const list = (items: FieldSummary[]) => (
    <ul className="field-list">
      {items.map((f) => (
        <li key={f.name} className="field-list__item">
          <button
            type="button"
            className="button button--small field-list__select"
            aria-pressed={chosen.includes(f.name)}
            aria-label={t('results.fields.select', { field: f.name })}
            onClick={() => toggleField(f.name)}
          >
            <span aria-hidden="true">{chosen.includes(f.name) ? '−' : '+'}</span>
          </button>
          <button
            type="button"
            className="field-list__field"
            aria-expanded={open === f.name}
            aria-label={t('results.fields.summary', {
              field: f.name,
              distinct: f.distinct,
              percent: percent(f.count, total),
            })}
            onClick={() => setOpen(open === f.name ? null : f.name)}
          >
            <span className="field-list__name" translate="no">
              {f.name}
            </span>
            <span className="field-list__distinct">
              {formatNumber(f.distinct)}
              <span className="field-list__coverage"> · {percent(f.count, total)}%</span>
            </span>
          </button>
          {open === f.name && (
            <FieldValues
              field={f}
              total={total}
              resultId={resultId}
              onFilter={onFilter}
              onClose={() => setOpen(null)}
              searches={fieldSearches(props.query, f.name)}
              onSearch={props.onSearch}
            />
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <aside className="field-sidebar" aria-label={t('results.fields.heading')}>
      <h3>{t('results.fields.selected')}</h3>
      {list(selected)}
      <h3>{t('results.fields.interesting')}</h3>
      {list(interesting)}
      {others.length > 0 && (
        <button
          type="button"
          className="button button--small field-sidebar__all"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? t('results.fields.hideAll')
            : t('results.fields.all', { count: others.length })}
        </button>
      )}
      {showAll && list(others)}
    </aside>
  );
}

interface FieldValuesProps {
  field: FieldSummary;
  total: number;
  resultId?: number;
  onFilter(field: string, value: string, exclude: boolean): void;
  onClose(): void;
  searches: ReturnType<typeof fieldSearches>;
  onSearch(query: string): void;
}

function FieldValues(props: FieldValuesProps) {
  const { field, total, resultId, onFilter, onClose, searches, onSearch } = props;
  const [more, setMore] = useState<FieldValueCount[] | 'loading' | Error | null>(null);
  const values = Array.isArray(more) ? more : field.top;
  const loadMore = () => {
    if (resultId === undefined) return;
    setMore('loading');
    fetchFieldValues(resultId, field.name, MORE_VALUES).then(setMore, (e: unknown) =>
      setMore(e instanceof Error ? e : new Error(String(e))),
    );
  };
  const headingId = `field-values-${field.name}`;
  return (
    <section className="field-values" aria-labelledby={headingId}>
      <div className="field-values__head">
        <h4 id={headingId}>{t('results.fields.topValues', { field: field.name })}</h4>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('results.fields.close')}
        </button>
      </div>
      <p className="field-values__meta">
        {t('results.fields.distinct', { count: field.distinct })} ·{' '}
        {t('results.fields.coverage', { percent: percent(field.count, total) })}
      </p>
      {field.numeric && <NumericStats field={field.name} stats={field.numeric} />}
      <div className="field-values__searches">
        <button
          type="button"
          className="button button--small"
          onClick={() => onSearch(searches.top)}
        >
          {t('results.fields.searchTop')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => onSearch(searches.byTime)}
        >
          {t('results.fields.searchByTime')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => onSearch(searches.rare)}
        >
          {t('results.fields.searchRare')}
        </button>
      </div>
      <table className="field-values__table">
        <thead>
          <tr>
            <th scope="col">{t('results.events.value')}</th>
            <th scope="col">#</th>
            <th scope="col">%</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={v.value}>
              <td>
                <FilterValue field={field.name} value={v.value} onFilter={onFilter} />
              </td>
              {/* The count alone, as Splunk's field summary gives it: the events with the field
                  are in the line above, and "n of total" left no room for the value. */}
              <td className="num">{formatNumber(v.count)}</td>
              <td className="num">{percent(v.count, total)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-values__hint">{t('results.fields.hint')}</p>
      {field.distinct > field.top.length && !Array.isArray(more) && resultId !== undefined && (
        <button
          type="button"
          className="button button--small"
          onClick={loadMore}
          disabled={more === 'loading'}
        >
          {more === 'loading'
            ? t('results.fields.moreLoading')
            : t('results.fields.more', { count: Math.min(MORE_VALUES, field.distinct) })}
        </button>
      )}
      {more instanceof Error && (
        <p role="alert">{t('results.fields.moreFailed', { message: more.message })}</p>
      )}
    </section>
  );
}

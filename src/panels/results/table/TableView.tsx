import { useMemo, useState } from 'react';
import { formatCell } from '../../../engine';
import { Sparkline } from './Sparkline';
import { sparklinePoints } from './sparkline';
import { t } from '../../../i18n/messages';
import { EnrichedValue } from '../../assets/EnrichedValue';
import type { ResultViewProps } from '../types';
import { toCsv } from '../../../workbook/csv';
import { CSV_BOM } from '../../findings/download';
import { isNumericColumn, sortRows, type SortDir } from './sort-rows';
import { cellClass, cellTexts, sharedOffset } from './cells';
import './table.css';

// A page of rows keeps the DOM small however long the result is.
const PAGE_SIZE = 100;

function Cell({ texts, field }: { texts: string[]; field: string }) {
  const points = sparklinePoints(texts);
  if (points) return <Sparkline points={points} />;
  if (texts.length > 1) {
    return (
      <ul className="results-table__mv">
        {texts.map((text, i) => (
          <li key={i}>
            <EnrichedValue field={field} value={text} />
          </li>
        ))}
      </ul>
    );
  }
  return texts.length ? <EnrichedValue field={field} value={texts[0]} /> : null;
}

function download(text: string, name: string) {
  // The byte order mark lets a spreadsheet on a Japanese Windows read CJK text as UTF-8.
  const url = URL.createObjectURL(new Blob([CSV_BOM, text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Statistics and `table` results: sortable columns, pages of rows, CSV export. */
export function TableView({ result, tz }: ResultViewProps) {
  const [sort, setSort] = useState<{ field: string; dir: SortDir } | null>(null);
  const [page, setPage] = useState(0);
  const fields = result.fields;
  const rows = useMemo(
    () => (sort ? sortRows(result.rows, sort.field, sort.dir) : result.rows),
    [result.rows, sort],
  );
  const numeric = useMemo(
    // Times are numbers underneath but read as text, left-aligned.
    () => new Set(fields.filter((f) => f !== '_time' && isNumericColumn(result.rows, f))),
    [fields, result.rows],
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const offset = sharedOffset(shown, tz);

  const toggle = (field: string) => {
    setSort((s) =>
      s?.field === field
        ? { field, dir: s.dir === 'ascending' ? 'descending' : 'ascending' }
        : { field, dir: numeric.has(field) ? 'descending' : 'ascending' },
    );
    setPage(0);
  };
  // Exported as values, in the order shown; formats (fieldformat) are for display only.
  const exportCsv = () => download(toCsv(fields, rows), 'results.csv');

  if (result.rows.length === 0) return <p className="muted">{t('search.table.empty')}</p>;
  return (
    <div className="results-table">
      <div className="results-table__tools">
        <button type="button" className="button" onClick={exportCsv}>
          {t('search.table.export')}
        </button>
        {pages > 1 && (
          <div className="results-table__pager">
            <button
              type="button"
              className="button"
              disabled={current === 0}
              onClick={() => setPage(current - 1)}
            >
              {t('search.table.prev')}
            </button>
            <span>
              {t('search.table.rows', {
                from: current * PAGE_SIZE + 1,
                to: current * PAGE_SIZE + shown.length,
                total: rows.length,
              })}
            </span>
            <button
              type="button"
              className="button"
              disabled={current >= pages - 1}
              onClick={() => setPage(current + 1)}
            >
              {t('search.table.next')}
            </button>
          </div>
        )}
      </div>
      <div className="results-table__scroll">
        <table aria-label={t('search.table.label')}>
          <thead>
            <tr>
              {fields.map((f) => (
                <th
                  key={f}
                  scope="col"
                  aria-sort={sort?.field === f ? sort.dir : 'none'}
                  className={numeric.has(f) ? 'num' : undefined}
                >
                  <button
                    type="button"
                    className="results-table__sort"
                    title={t('search.table.sortBy', { field: f })}
                    onClick={() => toggle(f)}
                  >
                    <span translate="no">{f === '_time' && offset ? `${f} (${offset})` : f}</span>
                    <span aria-hidden="true">
                      {sort?.field === f ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody translate="no">
            {shown.map((row, i) => (
              <tr key={current * PAGE_SIZE + i}>
                {fields.map((f) => {
                  const texts = cellTexts(formatCell(result, row, f), f, tz, offset !== undefined);
                  return (
                    <td key={f} className={cellClass(texts, f, numeric.has(f)) || undefined}>
                      <Cell texts={texts} field={f} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

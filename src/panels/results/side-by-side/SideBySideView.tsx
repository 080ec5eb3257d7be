import { useId, useMemo, useState } from 'react';
import { formatCell, type Row } from '../../../engine';
import { formatTime, zoneOffsetLabel } from '../../../data/time/format-time';
import { t } from '../../../i18n/messages';
import type { ResultViewProps } from '../types';
import {
  compareByField,
  compareBySuffix,
  groupValues,
  inferSplit,
  splittableFields,
  valueText,
  type CellText,
  type ColumnPair,
  type Comparison,
} from './compare';
import './side-by-side.css';

/**
 * Two sessions row by row in two groups of columns, differing cells marked, and how many rows
 * are identical. The hunt's `split` says how to find the sessions; otherwise a field with two
 * values is used, or the user picks one.
 */
export function SideBySideView({ result, tz, search }: ResultViewProps) {
  const id = useId();
  const split = search?.split ?? inferSplit(result);
  const [chosenField, setChosenField] = useState<string | null>(null);
  const field = chosenField ?? (split && 'field' in split ? split.field : null);
  const suffix = !chosenField && split && 'suffix' in split ? split.suffix : null;
  const values = useMemo(() => (field ? groupValues(result, field) : []), [result, field]);
  const [picked, setPicked] = useState<{ field: string; left: string; right: string } | null>(null);
  const left = picked?.field === field && values.includes(picked.left) ? picked.left : values[0];
  const right = picked?.field === field && values.includes(picked.right) ? picked.right : values[1];

  const text: CellText = useMemo(() => (row, f) => valueText(formatCell(result, row, f)), [result]);
  const comparison = useMemo<Comparison | null>(() => {
    if (suffix) return compareBySuffix(result, suffix, text);
    if (field && left !== undefined && right !== undefined) {
      return compareByField(result, field, left, right, text);
    }
    return null;
  }, [result, suffix, field, left, right, text]);

  const fields = splittableFields(result);
  const fieldSelect = (!suffix || !search?.split) && (
    <label>
      {t('chart.sbs.splitBy')}{' '}
      <select
        value={field ?? ''}
        onChange={(e) => setChosenField(e.target.value || null)}
        id={`${id}-field`}
      >
        {!field && <option value="">{t('chart.sbs.chooseField')}</option>}
        {fields.map((f) => (
          <option key={f} value={f} translate="no">
            {f}
          </option>
        ))}
      </select>
    </label>
  );

  function pickSide(side: 'left' | 'right', value: string) {
    if (!field || left === undefined || right === undefined) return;
    setPicked({ field, left, right, [side]: value });
  }

  const valueSelect = (side: 'left' | 'right', current: string | undefined) => (
    <label>
      {side === 'left' ? t('chart.sbs.leftSession') : t('chart.sbs.rightSession')}{' '}
      <select value={current ?? ''} onChange={(e) => pickSide(side, e.target.value)}>
        {values.map((v) => (
          <option key={v} value={v} translate="no">
            {v}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="sbs" aria-label={t('chart.sbs.label')}>
      <div className="sbs-controls">
        {fieldSelect}
        {field && values.length >= 2 && (
          <>
            {valueSelect('left', left)}
            {valueSelect('right', right)}
          </>
        )}
      </div>
      {!comparison ? (
        <p role="status">
          {field ? t('chart.sbs.needTwoValues', { field }) : t('chart.sbs.askField')}
        </p>
      ) : (
        <ComparisonTable comparison={comparison} tz={tz} text={text} />
      )}
    </section>
  );
}

function ComparisonTable({
  comparison: c,
  tz,
  text,
}: {
  comparison: Comparison;
  tz: string;
  text: CellText;
}) {
  const total = c.rows.length;
  const firstTime = c.rows.find((r) => r.left?._time != null)?.left?._time;
  const offset = typeof firstTime === 'number' ? zoneOffsetLabel(firstTime * 1000, tz) : '';
  const leftPairs = c.pairs.filter((p) => p.left && !p.isKey);
  const rightPairs = c.pairs.filter((p) => p.right && !p.isKey);
  const allSame = c.identical === total && c.leftCount === c.rightCount;

  const cell = (row: Row | null, p: ColumnPair, side: 'left' | 'right', i: number, k: number) => {
    const f = side === 'left' ? p.left : p.right;
    const differs = c.rows[i].differs[c.pairs.indexOf(p)];
    const content = row && f ? cellText(row, f, tz, text) : '';
    return (
      <td
        key={`${side}-${k}`}
        className={[
          differs ? 'sbs-diff' : '',
          k === 0 && side === 'right' ? 'sbs-divider' : '',
          p.compared ? '' : 'sbs-muted',
          p.isTime ? 'sbs-time' : '',
        ].join(' ')}
      >
        {content}
        {differs && <span className="visually-hidden"> {t('chart.sbs.differs')}</span>}
      </td>
    );
  };

  return (
    <>
      <p className={allSame ? 'sbs-summary sbs-same' : 'sbs-summary sbs-different'} role="status">
        {t('chart.sbs.summary', { identical: c.identical, count: total })}
        {c.leftCount !== c.rightCount &&
          ' ' + t('chart.sbs.counts', { left: c.leftCount, right: c.rightCount })}
      </p>
      <div className="sbs-scroll" tabIndex={0} aria-label={t('chart.sbs.tableLabel')}>
        <table className="sbs-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                #
              </th>
              <th scope="colgroup" colSpan={leftPairs.length}>
                {c.leftLabel ? <span translate="no">{c.leftLabel}</span> : t('chart.sbs.leftGroup')}
              </th>
              <th scope="colgroup" colSpan={rightPairs.length} className="sbs-divider">
                {c.rightLabel ? (
                  <span translate="no">{c.rightLabel}</span>
                ) : (
                  t('chart.sbs.rightGroup')
                )}
              </th>
            </tr>
            <tr translate="no">
              {leftPairs.map((p) => (
                <th scope="col" key={`l-${p.name}`}>
                  {header(p.left as string, offset)}
                </th>
              ))}
              {rightPairs.map((p, k) => (
                <th scope="col" key={`r-${p.name}`} className={k === 0 ? 'sbs-divider' : ''}>
                  {header(p.right as string, offset)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody translate="no">
            {c.rows.map((r, i) => (
              <tr key={i} className={r.identical ? '' : 'sbs-row-diff'}>
                <th scope="row">{i + 1}</th>
                {leftPairs.map((p, k) => cell(r.left, p, 'left', i, k))}
                {rightPairs.map((p, k) => cell(r.right, p, 'right', i, k))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function header(field: string, offset: string): string {
  return field === '_time' && offset ? `${field} (${offset})` : field;
}

/** `_time` (epoch seconds) shows in the user's zone; every other cell as the search shows it. */
function cellText(row: Row, field: string, tz: string, text: CellText): string {
  const v = row[field];
  if (field === '_time' && typeof v === 'number') return formatTime(v * 1000, tz).slice(0, -4);
  return text(row, field);
}

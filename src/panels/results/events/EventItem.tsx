import { forwardRef, useMemo, type MouseEvent } from 'react';
import type { Row, Value } from '../../../engine';
import { isSynthesizedRaw } from '../../../data/normalize';
import { formatTime, zoneOffsetLabel } from '../../../data/time/format-time';
import { t } from '../../../i18n/messages';
import { EnrichedValue } from '../../assets/EnrichedValue';
import { PinEventButton } from '../../findings/PinButtons';
import { FilterValue } from './FilterValue';
import { splitHighlights } from './highlight';
import { prettyRaw } from './pretty';

interface EventItemProps {
  row: Row;
  tz: string;
  /** The user's selected fields: those beyond host and sourcetype show under the time. */
  selectedFields?: readonly string[];
  terms: readonly string[];
  expanded: boolean;
  selected: boolean;
  onToggle(): void;
  onSelect(): void;
  onFilter(field: string, value: string, exclude: boolean): void;
  onContext(row: Row): void;
}

function text(value: Value | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('\n') : String(value);
}

function valuesOf(value: Value | undefined): string[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** Highlighted text as spans: log data stays text, never markup. */
export function Highlighted({ value, terms }: { value: string; terms: readonly string[] }) {
  return (
    <>
      {splitHighlights(value, terms).map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

/** One event: time, host, sourcetype and highlighted `_raw`; expanded, its fields and raw laid out. */
export const EventItem = forwardRef<HTMLButtonElement, EventItemProps>(function EventItem(
  { row, tz, terms, expanded, selected, onToggle, onSelect, onFilter, onContext, selectedFields },
  toggleRef,
) {
  const ms = typeof row._time === 'number' ? row._time * 1000 : NaN;
  const time = Number.isFinite(ms) ? formatTime(ms, tz) : '';
  const zone = Number.isFinite(ms) ? zoneOffsetLabel(ms, tz) : '';
  const raw = text(row._raw);
  const fields = Object.keys(row)
    .filter((k) => !k.startsWith('_'))
    .sort();
  const onHeadClick = (e: MouseEvent) => {
    // Selecting text to copy it must not fold the event.
    if (window.getSelection()?.toString()) return;
    if ((e.target as HTMLElement).closest('button') && e.target !== e.currentTarget) return;
    onSelect();
    onToggle();
  };
  // Laid out once per event: the list re-renders every item whenever one opens or closes.
  const pretty = useMemo(() => (expanded ? prettyRaw(raw) : null), [expanded, raw]);
  return (
    <li
      className={`event${selected ? ' event--selected' : ''}${expanded ? ' event--expanded' : ''}`}
      data-testid="event"
    >
      <div className="event__head" onClick={onHeadClick}>
        <button
          ref={toggleRef}
          type="button"
          className="event__toggle"
          aria-expanded={expanded}
          aria-label={t('results.events.expand', { time: `${time} ${zone}` })}
          onClick={() => {
            onSelect();
            onToggle();
          }}
          onFocus={onSelect}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
        <div className="event__time">
          <span>{time}</span> <span className="event__zone">{zone}</span>
        </div>
        <div className="event__body">
          <div className="event__meta">
            {valuesOf(row.host).map((h) => (
              <span key={h} className="event__host" translate="no">
                <EnrichedValue field="host" value={h} />
              </span>
            ))}
            <span className="event__sourcetype" translate="no">
              {text(row.sourcetype)}
            </span>
            {row._raw !== undefined && (
              // Context means the events around this one: a result row that is no event has none.
              <button type="button" className="event__context" onClick={() => onContext(row)}>
                {t('results.events.context')}
              </button>
            )}
            <PinEventButton row={row} />
          </div>
          {(selectedFields ?? [])
            .filter((f) => f !== 'host' && f !== 'sourcetype' && row[f] !== undefined)
            .map((f) => (
              <span key={f} className="event__selected" data-field={f} translate="no">
                <span className="event__selected-name" translate="no">
                  {f}
                </span>
                ={text(row[f])}
              </span>
            ))}
          <pre className="event__raw">
            <Highlighted value={raw} terms={terms} />
          </pre>
        </div>
      </div>
      {expanded && pretty && (
        <div className="event__details">
          <table className="event__fields">
            <caption>{t('results.events.fields')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.events.field')}</th>
                <th scope="col">{t('results.events.value')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((name) => (
                <tr key={name}>
                  <th scope="row" translate="no">
                    {name}
                  </th>
                  <td>
                    {valuesOf(row[name]).map((v, i) => (
                      <FilterValue key={i} field={name} value={v} onFilter={onFilter} />
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4 className="event__raw-heading">
            {isSynthesizedRaw(raw, row)
              ? t('results.events.rawBuilt')
              : t('results.events.raw', { format: t(`results.events.format.${pretty.format}`) })}
          </h4>
          <pre className="event__pretty" data-format={pretty.format}>
            <Highlighted value={pretty.text} terms={terms} />
          </pre>
          {pretty.rest !== '' && (
            <>
              <p className="event__pretty-cut" data-testid="pretty-cut">
                {t('results.events.prettyCut')}
              </p>
              <pre className="event__pretty event__pretty--rest">
                <Highlighted value={pretty.rest} terms={terms} />
              </pre>
            </>
          )}
        </div>
      )}
    </li>
  );
});

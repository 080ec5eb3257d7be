import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { zoneOffsetLabel } from '../../data/time/format-time';
import { t, type MessageKey } from '../../i18n/messages';
import {
  ALL_TIME_END,
  fromLocalInput,
  openBounds,
  rangeLabel,
  toLocalInput,
  type Range,
} from './time-range';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const RELATIVE: Array<[MessageKey, number]> = [
  ['search.time.last15m', 15 * MINUTE],
  ['search.time.last60m', 60 * MINUTE],
  ['search.time.last4h', 4 * HOUR],
  ['search.time.last24h', DAY],
  ['search.time.last7d', 7 * DAY],
  ['search.time.last30d', 30 * DAY],
];

interface TimeRangePickerProps {
  /** The range in effect. */
  value: Range;
  /** The step's own range, offered as a preset when it has one. */
  defaults: Range;
  /** Latest event time over the loaded data (epoch ms), for "around the data" presets. */
  dataMaxTime?: number;
  tz: string;
  /** `undefined` bounds: back to the defaults. */
  onChange(range: Range): void;
}

export function TimeRangePicker({
  value,
  defaults,
  dataMaxTime,
  tz,
  onChange,
}: TimeRangePickerProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const formId = useId();
  const label = rangeLabel(value, tz, t('search.time.allTime'));
  const open = openBounds(value);
  // Like any menu, the picker closes when the user clicks or taps elsewhere.
  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      const el = details.current;
      if (el?.open && e.target instanceof Node && !el.contains(e.target)) el.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [invalid, setInvalid] = useState(false);
  const choose = (range: Range) => {
    if (details.current) details.current.open = false;
    onChange(range);
  };
  const onToggle = () => {
    if (!details.current?.open) return;
    // Start the absolute inputs from the range in effect, or from the data's last day.
    const end = open.latest ?? (dataMaxTime !== undefined ? dataMaxTime + 1 : Date.now());
    setFrom(toLocalInput(open.earliest ?? end - DAY, tz));
    setTo(toLocalInput(end, tz));
    setInvalid(false);
  };
  const applyAbsolute = (e: FormEvent) => {
    e.preventDefault();
    const earliest = fromLocalInput(from, tz);
    const latest = fromLocalInput(to, tz);
    const bad = earliest === undefined || latest === undefined || latest <= earliest;
    setInvalid(bad);
    if (!bad) choose({ earliest, latest });
  };
  const hasDefault = defaults.earliest !== undefined || defaults.latest !== undefined;
  const offsetAt = fromLocalInput(from, tz) ?? Date.now();
  const offset = zoneOffsetLabel(offsetAt, tz);
  const data =
    dataMaxTime !== undefined && Number.isFinite(dataMaxTime) ? dataMaxTime + 1 : undefined;
  return (
    <details
      className="time-picker"
      ref={details}
      onToggle={onToggle}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && details.current?.open) {
          // Esc closes the picker only; the key goes no further (an overlay, an event).
          e.stopPropagation();
          details.current.open = false;
          details.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="button" aria-label={`${t('search.time.label')}: ${label}`}>
        <span data-testid="time-range-label">{label}</span>
      </summary>
      <div className="time-picker__panel">
        <fieldset>
          <legend>{t('search.time.presets')}</legend>
          <div className="time-picker__presets">
            <button
              type="button"
              className="button"
              onClick={() => choose({ earliest: 0, latest: ALL_TIME_END })}
            >
              {t('search.time.allTime')}
            </button>
            {hasDefault && (
              <button
                type="button"
                className="button"
                onClick={() => choose({ earliest: undefined, latest: undefined })}
              >
                {t('search.time.default')}
              </button>
            )}
            {data !== undefined && (
              <>
                <button
                  type="button"
                  className="button"
                  onClick={() => choose({ earliest: data - DAY, latest: data })}
                >
                  {t('search.time.dataLast24h')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => choose({ earliest: data - 7 * DAY, latest: data })}
                >
                  {t('search.time.dataLast7d')}
                </button>
              </>
            )}
            {RELATIVE.map(([key, span]) => (
              <button
                key={key}
                type="button"
                className="button"
                onClick={() => choose({ earliest: Date.now() - span, latest: ALL_TIME_END })}
              >
                {t(key)}
              </button>
            ))}
          </div>
        </fieldset>
        <form onSubmit={applyAbsolute}>
          <fieldset>
            <legend>{t('search.time.absolute')}</legend>
            {/* Text, not datetime-local: the browser would write the date in its own language,
                not the app's; this is the form every time in the app (and in Splunk) takes. */}
            <label>
              {t('search.time.from', { offset })}
              <input
                type="text"
                className="time-picker__input"
                spellCheck={false}
                autoComplete="off"
                aria-describedby={`${formId}-format`}
                aria-invalid={invalid || undefined}
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
            </label>
            <label>
              {t('search.time.to', { offset })}
              <input
                type="text"
                className="time-picker__input"
                spellCheck={false}
                autoComplete="off"
                aria-describedby={`${formId}-format`}
                aria-invalid={invalid || undefined}
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
            </label>
            <button type="submit" className="button button--primary">
              {t('search.time.apply')}
            </button>
            <p
              id={`${formId}-format`}
              className={
                invalid ? 'time-picker__format time-picker__format--bad' : 'time-picker__format'
              }
              role={invalid ? 'alert' : undefined}
            >
              {t(invalid ? 'search.time.invalid' : 'search.time.format')}
            </p>
          </fieldset>
        </form>
      </div>
    </details>
  );
}

import type { Row, Value } from '../../../engine';
import { formatTime } from '../../../data/time/format-time';
import { t } from '../../../i18n/messages';
import { Highlighted } from './EventItem';

function text(value: Value | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('\n') : String(value);
}

function timeOf(row: Row, tz: string): string {
  const ms = typeof row._time === 'number' ? row._time * 1000 : NaN;
  return Number.isFinite(ms) ? formatTime(ms, tz) : '';
}

/** Raw: each event's `_raw` text only, dense, as Splunk's Raw layout. */
export function RawEvents({
  rows,
  start,
  terms,
}: {
  rows: Row[];
  start: number;
  terms: readonly string[];
}) {
  return (
    <ol className="events-raw" start={start} data-testid="events-raw">
      {rows.map((row, i) => (
        <li key={start + i}>
          <pre>
            <Highlighted value={text(row._raw)} terms={terms} />
          </pre>
        </li>
      ))}
    </ol>
  );
}

/** Table: the time and the selected fields as columns, one event per row. */
export function EventsTable({ rows, tz, fields }: { rows: Row[]; tz: string; fields: string[] }) {
  return (
    <div className="events-table">
      <table data-testid="events-table">
        <thead>
          <tr>
            <th scope="col">{t('results.events.time')}</th>
            {fields.map((f) => (
              <th key={f} scope="col" translate="no">
                {f}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td className="events-table__time">{timeOf(row, tz)}</td>
              {fields.map((f) => (
                <td key={f}>{text(row[f])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

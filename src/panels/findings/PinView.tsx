import type { Pin } from '../../data/db/schema-types';
import { t } from '../../i18n/messages';
import { rangeText } from '../../workbook/report/markdown';
import { isPngDataUrl } from '../../workbook/report/pins';

/** `dataColumns`: the columns are field names, not the interface's words. */
function SnapshotTable({
  columns,
  rows,
  dataColumns,
}: {
  columns: string[];
  rows: string[][];
  dataColumns: boolean;
}) {
  return (
    <div className="findings-scroll">
      <table className="findings-table">
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" translate={dataColumns ? 'no' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody translate="no">
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((_, j) => (
                <td key={j}>{r[j] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A pinned result or event as it was when pinned; everything in it is shown as text. */
export function PinView({
  pin,
  where,
  tz,
  onRemove,
}: {
  pin: Pin;
  where: string;
  tz: string;
  onRemove(): void;
}) {
  const s = pin.snapshot;
  const range = rangeText(pin.earliest, pin.latest, tz);
  return (
    <li className="findings-pin" data-testid="findings-pin" data-kind={pin.kind}>
      <div className="findings-pin__head">
        <h3>
          <span data-i18n-exempt="">{pin.title}</span>{' '}
          <span className="hunt-muted">({t(`findings.report.kind.${pin.kind}`)})</span>
        </h3>
        <button type="button" className="button" onClick={onRemove}>
          {t('findings.pins.remove')}
        </button>
      </div>
      <p className="hunt-muted">
        {where}
        {range && ` · ${range}`}
      </p>
      <pre className="findings-spl">{pin.spl}</pre>
      {s.image && isPngDataUrl(s.image) && (
        <img
          className="findings-pin__image"
          src={s.image}
          alt={t('findings.pins.chartImage', { title: pin.title })}
        />
      )}
      {s.time && <p className="findings-pin__time">{s.time}</p>}
      {s.raw !== undefined && <pre className="findings-pin__raw">{s.raw}</pre>}
      {s.fields && s.fields.length > 0 && (
        <SnapshotTable
          columns={[t('results.events.field'), t('results.events.value')]}
          rows={s.fields}
          dataColumns={false}
        />
      )}
      {s.columns && s.rows && (
        <details className="findings-pin__data" open={pin.kind === 'table'}>
          <summary>{t('chart.data.show', { count: s.rows.length })}</summary>
          <SnapshotTable columns={s.columns} rows={s.rows} dataColumns />
        </details>
      )}
      {s.rows && s.totalRows !== undefined && s.totalRows > s.rows.length && (
        <p className="hunt-muted">
          {t('findings.pins.truncated', { shown: s.rows.length, total: s.totalRows })}
        </p>
      )}
    </li>
  );
}

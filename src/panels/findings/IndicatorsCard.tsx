import type { Indicator } from '../../workbook/indicators';
import { defang } from '../../workbook/indicators';
import { t } from '../../i18n/messages';

export function IndicatorsCard({
  indicators,
  ready,
  error,
  defanged,
  onDefang,
}: {
  indicators: Indicator[];
  ready: boolean;
  error?: string;
  defanged: boolean;
  onDefang(on: boolean): void;
}) {
  return (
    <section className="card hunt-card findings-card" aria-labelledby="findings-indicators">
      <h2 id="findings-indicators">{t('findings.indicators')}</h2>
      <p className="hunt-muted">{t('findings.indicators.count', { count: indicators.length })}</p>
      <label className="findings-defang">
        <input type="checkbox" checked={defanged} onChange={(e) => onDefang(e.target.checked)} />{' '}
        {t('findings.indicators.defang')}
      </label>
      {error !== undefined && (
        <p role="alert" className="hunt-message hunt-message--error">
          {t('findings.indicators.failed', { message: error })}
        </p>
      )}
      {!ready ? (
        <p className="hunt-muted" role="status">
          {t('findings.indicators.gathering')}
        </p>
      ) : indicators.length === 0 ? (
        <p className="hunt-muted">{t('findings.indicators.none')}</p>
      ) : (
        <div className="findings-scroll">
          <table className="findings-table" data-testid="findings-indicators">
            <thead>
              <tr>
                <th scope="col">{t('findings.indicators.kind')}</th>
                <th scope="col">{t('findings.indicators.value')}</th>
                <th scope="col">{t('findings.indicators.seen')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => (
                <tr key={`${i.kind}:${i.value}`}>
                  <td className="findings-kind" translate="no">
                    {i.kind}
                  </td>
                  <td className="findings-indicator" translate="no">
                    {defanged ? defang(i.value, i.kind) : i.value}
                  </td>
                  <td>
                    <ul className="findings-seen" data-i18n-exempt="">
                      {i.seen.map((s, n) => (
                        <li key={n}>{s.label}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

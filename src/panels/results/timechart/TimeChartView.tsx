import { useId, useMemo, useState } from 'react';
import type { ChartMode } from '../../../charts/chart-types';
import { TimeAxisChart } from '../../../charts/TimeAxisChart';
import { ZoomControls } from '../../../charts/ZoomControls';
import { t } from '../../../i18n/messages';
import type { ResultViewProps } from '../types';
import { timeSeriesOf } from './series';

/** A `timechart` result as stacked columns or lines; drag across it to zoom. */
export function TimeChartView({ result, tz, actions }: ResultViewProps) {
  const data = useMemo(() => timeSeriesOf(result), [result]);
  const [mode, setMode] = useState<ChartMode>('columns');
  // A step may show several time charts; each needs its own radio group.
  const radioName = useId();

  if (!data) {
    return (
      <p className="chart-empty" role="status">
        {t('chart.notTimeSeries')}
      </p>
    );
  }

  return (
    <section className="timechart-view" aria-label={t('chart.timechart.label')}>
      <div className="chart-toolbar">
        <fieldset className="chart-legend">
          <legend className="visually-hidden">{t('chart.mode')}</legend>
          {(['columns', 'lines'] as const).map((m) => (
            <label key={m} className="chart-legend-item">
              <input
                type="radio"
                name={radioName}
                value={m}
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              {m === 'columns' ? t('chart.mode.columns') : t('chart.mode.lines')}
            </label>
          ))}
        </fieldset>
        <ZoomControls onZoomOut={actions.zoomOut} onReset={actions.resetZoom} />
      </div>
      <TimeAxisChart
        label={t('chart.timechart.summary', {
          count: data.buckets.length,
          series: data.series.map((s) => s.name).join(', '),
        })}
        buckets={data.buckets}
        series={data.series}
        mode={mode}
        tz={tz}
        onZoom={actions.zoomTo}
        legend
      />
    </section>
  );
}

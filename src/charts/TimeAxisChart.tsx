import { useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useColorScheme } from '../components/theme/color-scheme';
import { zoneOffsetLabel } from '../data/time/format-time';
import { formatNumber, t } from '../i18n/messages';
import { useLanguage } from '../store/settings';
import { setReportOption } from './chart-image';
import { CHART_COLOURS } from './chart-theme';
import { seriesLook, swatchBackground } from './series-look';
import type { TimeAxisChartProps } from './chart-types';
import { echarts } from './echarts';
import { timeChartOption } from './time-chart-option';
import { axisLabel, fullLabel } from './time-labels';
import { snapToBuckets } from './zoom-range';
import './charts.css';

/** Below this many pixels a press is a click (for the tooltip), not a drag. */
const MIN_DRAG_PX = 4;

interface Drag {
  from: number;
  to: number;
}

/**
 * Columns or lines over a time axis, in the analyst's zone. Pressing on the plot and dragging
 * across it zooms to the dragged buckets; a table under the chart holds the same numbers and a
 * zoom button per bucket for keyboards and screen readers.
 */
export function TimeAxisChart({
  label,
  buckets,
  series,
  mode,
  tz,
  onZoom,
  height = 260,
  legend = false,
}: TimeAxisChartProps) {
  const chartRef = useRef<ReactEChartsCore>(null);
  const language = useLanguage();
  const colours = CHART_COLOURS[useColorScheme()];
  const palette = colours.palette;
  const [drag, setDrag] = useState<Drag | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => series.filter((s) => !hidden.has(s.name)), [series, hidden]);
  const span = buckets.length > 0 ? buckets[0].end - buckets[0].start : 0;
  const axisName =
    buckets.length > 0
      ? t('chart.axis.time', { offset: zoneOffsetLabel(buckets[0].start, tz) })
      : undefined;

  const input = useMemo(
    () => ({ buckets, series, shown, mode, tz, language, axisName }),
    [buckets, series, shown, mode, tz, language, axisName],
  );
  const option = useMemo(() => timeChartOption(input, colours), [input, colours]);

  // A pin draws this chart again for the report, in the light theme (chart-image.ts).
  useEffect(() => {
    const holder = chartRef.current?.ele;
    if (!holder) return;
    setReportOption(holder, () => timeChartOption(input, CHART_COLOURS.light));
    return () => setReportOption(holder, null);
  }, [input]);

  // Read by the window listeners of a drag, which outlive the render that added them.
  const latest = useRef({ buckets, onZoom });
  useEffect(() => {
    latest.current = { buckets, onZoom };
  }, [buckets, onZoom]);

  // Listeners go on window for the length of a drag, so releasing outside the chart still ends
  // it; they are added at once, not in an effect, so no early move or release is missed.
  function startDrag(e: ReactMouseEvent<HTMLDivElement>) {
    if (e.button !== 0 || buckets.length === 0) return;
    const chart = chartRef.current?.getEchartsInstance();
    const wrapper = e.currentTarget;
    const xOf = (ev: { clientX: number }) => ev.clientX - wrapper.getBoundingClientRect().left;
    const from = xOf(e);
    const y = e.clientY - wrapper.getBoundingClientRect().top;
    if (!chart || !chart.containPixel('grid', [from, y])) return;
    e.preventDefault();
    setDrag({ from, to: from });
    const move = (ev: MouseEvent) => setDrag({ from, to: xOf(ev) });
    const up = (ev: MouseEvent) => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      setDrag(null);
      const to = xOf(ev);
      if (Math.abs(to - from) < MIN_DRAG_PX) return;
      const a = Number(chart.convertFromPixel({ xAxisIndex: 0 }, from));
      const b = Number(chart.convertFromPixel({ xAxisIndex: 0 }, to));
      const range = snapToBuckets(latest.current.buckets, a, b);
      if (range) latest.current.onZoom(range.earliest, range.latest);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  }

  function toggle(name: string) {
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  }

  return (
    <figure className="chart" aria-label={label}>
      {legend && series.length > 0 && (
        <fieldset className="chart-legend">
          <legend className="visually-hidden">{t('chart.legend')}</legend>
          {series.map((s, i) => {
            const look = seriesLook(i, palette);
            return (
              <label key={s.name} className="chart-legend-item">
                <input
                  type="checkbox"
                  checked={!hidden.has(s.name)}
                  onChange={() => toggle(s.name)}
                />
                <span
                  className="chart-swatch"
                  aria-hidden="true"
                  data-pattern={look.pattern}
                  style={{ background: swatchBackground(look, colours.background) }}
                />
                <span translate="no">{s.name}</span>
              </label>
            );
          })}
        </fieldset>
      )}
      <div className="chart-plot" onMouseDown={startDrag} data-testid="chart-plot">
        <ReactEChartsCore
          ref={chartRef}
          echarts={echarts}
          option={option}
          notMerge
          style={{ height }}
          opts={{ renderer: 'canvas' }}
        />
        {drag && Math.abs(drag.to - drag.from) >= 1 && (
          <div
            className="chart-selection"
            data-testid="chart-selection"
            aria-hidden="true"
            style={{ left: Math.min(drag.from, drag.to), width: Math.abs(drag.to - drag.from) }}
          />
        )}
      </div>
      <p className="chart-hint">{t('chart.dragHint')}</p>
      <details className="chart-data">
        <summary>{t('chart.data.show', { count: buckets.length })}</summary>
        <table>
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.data.time')}</th>
              {shown.map((s) => (
                <th scope="col" key={s.name} translate="no">
                  {s.name}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('chart.data.zoom')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b, i) => (
              <tr key={b.start}>
                <th scope="row">{fullLabel(b.start, tz)}</th>
                {shown.map((s) => (
                  <td key={s.name}>{formatNumber(s.values[i] ?? 0)}</td>
                ))}
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onZoom(b.start, b.end)}
                  >
                    {t('chart.data.zoomTo', { time: axisLabel(b.start, tz, span) })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

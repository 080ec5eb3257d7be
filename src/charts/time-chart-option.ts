import { formatNumber } from '../i18n/messages';
import type { Language } from '../i18n/languages';
import type { ChartColours } from './chart-theme';
import type { ChartMode, ChartSeries } from './chart-types';
import { echartsLook, seriesLook } from './series-look';
import { axisLabel, fullLabel } from './time-labels';
import type { BucketEdges } from './zoom-range';

export interface TimeChartInput {
  buckets: BucketEdges[];
  /** Every series, for their colours; `shown` is what the legend left on. */
  series: ChartSeries[];
  shown: ChartSeries[];
  mode: ChartMode;
  tz: string;
  language: Language;
  /** The time axis's name (with the zone's offset), if any. */
  axisName?: string;
}

/**
 * The echarts option of a time chart in one scheme's colours: the chart on screen draws it in
 * the app's theme, a pinned picture in the light one (the report is a light document).
 */
export function timeChartOption(input: TimeChartInput, colours: ChartColours) {
  const { buckets, series, shown, mode, tz, language, axisName } = input;
  const palette = colours.palette;
  const span = buckets.length > 0 ? buckets[0].end - buckets[0].start : 0;
  return {
    animation: false,
    color: [...palette],
    backgroundColor: colours.background,
    textStyle: { color: colours.text },
    grid: { left: 56, right: 24, top: 16, bottom: 48 },
    tooltip: {
      trigger: 'axis',
      backgroundColor: colours.tooltip.background,
      borderColor: colours.tooltip.border,
      textStyle: { color: colours.tooltip.text },
      // Canvas text, not HTML: series names come from log data.
      renderMode: 'richText',
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : [params]) as {
          dataIndex: number;
          seriesName: string;
          value: number;
        }[];
        if (list.length === 0) return '';
        const bucket = buckets[list[0].dataIndex];
        const head = bucket ? fullLabel(bucket.start, tz, language) : '';
        return [head, ...list.map((p) => `${p.seriesName}: ${formatNumber(p.value)}`)].join('\n');
      },
    },
    xAxis: {
      type: 'category',
      name: axisName,
      nameLocation: 'middle',
      nameGap: 30,
      nameTextStyle: { color: colours.text },
      data: buckets.map((b) => axisLabel(b.start, tz, span, language)),
      axisLabel: { fontSize: 13, color: colours.text },
      axisLine: { lineStyle: { color: colours.axis } },
      axisTick: { lineStyle: { color: colours.axis } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { fontSize: 13, color: colours.text },
      splitLine: { lineStyle: { color: colours.grid } },
    },
    series: shown.map((s) => ({
      name: s.name,
      ...echartsLook(seriesLook(series.indexOf(s), palette), colours.background),
      type: mode === 'lines' ? 'line' : 'bar',
      stack: mode === 'columns' ? 'total' : undefined,
      data: s.values,
      showSymbol: buckets.length <= 60,
      barCategoryGap: '10%',
    })),
  };
}

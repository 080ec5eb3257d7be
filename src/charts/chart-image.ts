import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './echarts';

type ReportOption = () => EChartsCoreOption;

/** What each chart on screen would draw in a report: its option in the light theme. */
const reportOptions = new WeakMap<Element, ReportOption>();

/**
 * Called by a chart with the element that holds it, so a pin can draw it for the report; the
 * function is asked only when a chart is pinned.
 */
export function setReportOption(holder: Element, option: ReportOption | null): void {
  if (option) reportOptions.set(holder, option);
  else reportOptions.delete(holder);
}

/** Draws `option` on a canvas of its own, off the page, as a PNG data URL. */
function render(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(document.createElement('div'), undefined, {
    renderer: 'canvas',
    width,
    height,
  });
  try {
    chart.setOption(option);
    return chart.getDataURL({ type: 'png', pixelRatio: 2 });
  } finally {
    chart.dispose();
  }
}

/**
 * The first chart drawn inside `container` as a PNG data URL, or null when there is none. The
 * report is one light document whatever the app's theme, so the chart is drawn again in the
 * light theme, at its size on screen (twice the screen's pixels, so it stays sharp).
 */
export function chartImage(container: HTMLElement): string | null {
  for (const el of container.querySelectorAll<HTMLElement>('.echarts-for-react')) {
    const chart = echarts.getInstanceByDom(el);
    if (!chart) continue;
    const option = reportOptions.get(el);
    return option
      ? render(option(), chart.getWidth(), chart.getHeight())
      : chart.getDataURL({ type: 'png', pixelRatio: 2 });
  }
  return null;
}

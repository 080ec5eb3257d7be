import { echarts } from './echarts';

/**
 * The first chart drawn inside `container` as a PNG data URL (on the chart's own background, so
 * a chart drawn in the dark theme stays readable in a light report; twice the screen's pixels so
 * it stays sharp), or null when there is none.
 */
export function chartImage(container: HTMLElement): string | null {
  for (const el of container.querySelectorAll<HTMLElement>('.echarts-for-react')) {
    const chart = echarts.getInstanceByDom(el);
    if (chart) return chart.getDataURL({ type: 'png', pixelRatio: 2 });
  }
  return null;
}

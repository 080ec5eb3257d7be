import { echarts } from './echarts';

/**
 * The first chart drawn inside `container` as a PNG data URL (white background, twice the
 * screen's pixels so it stays sharp in a report), or null when there is none.
 */
export function chartImage(container: HTMLElement): string | null {
  for (const el of container.querySelectorAll<HTMLElement>('.echarts-for-react')) {
    const chart = echarts.getInstanceByDom(el);
    if (chart) return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  }
  return null;
}

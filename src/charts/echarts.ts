/**
 * The one place echarts is set up. Only the chart types and components the workbook draws are
 * registered, so the bundle carries no more of echarts than it uses; the canvas renderer needs
 * no fonts or images from elsewhere.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };

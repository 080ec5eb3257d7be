import type { BucketEdges } from './zoom-range';

/** One line or stack of columns: a value per bucket (0 for an empty bucket). */
export interface ChartSeries {
  name: string;
  values: number[];
}

export type ChartMode = 'columns' | 'lines';

export interface TimeAxisChartProps {
  /** Accessible name of the chart. */
  label: string;
  buckets: BucketEdges[];
  series: ChartSeries[];
  mode: ChartMode;
  tz: string;
  /** Called with the dragged-over range snapped to bucket edges, epoch ms. */
  onZoom(earliest: number, latest: number): void;
  /** Pixels; the histogram is shorter than a time chart. */
  height?: number;
  /** Whether to draw a legend (series can be shown and hidden from it). */
  legend?: boolean;
}

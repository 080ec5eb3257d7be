import { useMemo } from 'react';
import { t } from '../i18n/messages';
import { TimeAxisChart } from './TimeAxisChart';

export interface HistogramBucket {
  /** Bucket start and end, epoch ms (end exclusive). */
  start: number;
  end: number;
  count: number;
}

export interface TimeHistogramProps {
  buckets: HistogramBucket[];
  tz: string;
  /** Called with the dragged-over range, epoch ms. */
  onZoom(earliest: number, latest: number): void;
}

/** Events over time above the events list; drag across it to zoom to those buckets. */
export function TimeHistogram({ buckets, tz, onZoom }: TimeHistogramProps) {
  const name = t('chart.histogram.series');
  const series = useMemo(() => [{ name, values: buckets.map((b) => b.count) }], [buckets, name]);
  return (
    <TimeAxisChart
      label={t('chart.histogram.label')}
      buckets={buckets}
      series={series}
      mode="columns"
      tz={tz}
      onZoom={onZoom}
      height={140}
    />
  );
}

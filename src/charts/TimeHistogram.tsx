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

// Placeholder until the chart is built.
export function TimeHistogram({ buckets }: TimeHistogramProps) {
  return <p>{buckets.length} buckets</p>;
}

import { t } from '../../../i18n/messages';
import { sparklinePolyline } from './sparkline';

const WIDTH = 100;
const HEIGHT = 20;

/** A small line of a sparkline cell, with its range said for screen readers and on hover. */
export function Sparkline({ points }: { points: number[] }) {
  const label = t('search.table.sparkline', {
    count: points.length,
    min: Math.min(...points),
    max: Math.max(...points),
  });
  return (
    <svg
      className="results-table__sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      data-testid="sparkline"
    >
      <title>{label}</title>
      <polyline
        points={sparklinePolyline(points, WIDTH, HEIGHT)}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}

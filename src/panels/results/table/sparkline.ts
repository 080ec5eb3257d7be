import { SPARKLINE_MARK } from '../../../engine';

/** The points of a cell that holds a sparkline (Splunk's marker first), or null. */
export function sparklinePoints(texts: readonly string[]): number[] | null {
  if (texts.length < 2 || texts[0] !== SPARKLINE_MARK) return null;
  return texts.slice(1).map((t) => {
    const n = Number(t);
    return Number.isFinite(n) ? n : 0;
  });
}

/**
 * SVG polyline coordinates for the points in a width x height box (a flat line at the bottom
 * when every point is equal). Numbers only: nothing from the data reaches the markup as text.
 */
export function sparklinePolyline(
  values: readonly number[],
  width: number,
  height: number,
): string {
  // One point (every event in one bucket) is drawn as a flat line, not an invisible dot.
  const points = values.length === 1 ? [values[0], values[0]] : values;
  const min = Math.min(...points);
  const max = Math.max(...points);
  const span = max - min;
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  return points
    .map((v, i) => {
      const y = span === 0 ? height - 1 : height - 1 - ((v - min) / span) * (height - 2);
      return `${(i * step).toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

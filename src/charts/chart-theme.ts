import type { ColorScheme } from '../store/theme-choice';

export interface ChartColours {
  /** Series colours, in order; the legend's swatches use the same. */
  palette: readonly string[];
  /** The plot's background (the card it sits on), also the background of a pinned picture. */
  background: string;
  /** Axis labels and names. */
  text: string;
  /** Axis lines and ticks. */
  axis: string;
  /** Horizontal grid lines. */
  grid: string;
  tooltip: { background: string; border: string; text: string };
}

/**
 * The charts' colours in each scheme; a canvas cannot read CSS variables, so these mirror
 * base.css (--surface, --text, --muted, --border). Series colours are dark enough to read on a
 * projector in light, light enough to read on the dark surface in dark, and ordered so
 * neighbours differ in lightness as well as hue.
 */
export const CHART_COLOURS: Record<ColorScheme, ChartColours> = {
  light: {
    palette: [
      '#2563eb',
      '#d97706',
      '#059669',
      '#dc2626',
      '#7c3aed',
      '#0891b2',
      '#be185d',
      '#4b5563',
    ],
    background: '#ffffff',
    text: '#1a2330',
    axis: '#4d5b6c',
    grid: '#d3dae3',
    tooltip: { background: '#ffffff', border: '#d3dae3', text: '#1a2330' },
  },
  dark: {
    palette: [
      '#60a5fa',
      '#fbbf24',
      '#34d399',
      '#f87171',
      '#c4b5fd',
      '#22d3ee',
      '#f9a8d4',
      '#cbd5e1',
    ],
    background: '#18202a',
    text: '#e3e8ee',
    axis: '#a6b2c0',
    grid: '#3a4758',
    tooltip: { background: '#18202a', border: '#3a4758', text: '#e3e8ee' },
  },
};

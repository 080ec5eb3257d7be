import type { Message } from '../message-types';

/** Texts of time charts, zoom, side-by-side comparison. Keys start with `chart.`. */
export const chartMessages = {
  'chart.axis.time': 'Time ({offset})',
  'chart.legend': 'Series shown',
  'chart.dragHint': 'Drag across the chart to zoom to those times.',
  'chart.data.show': {
    one: 'Show the data ({count} bucket)',
    other: 'Show the data ({count} buckets)',
  },
  'chart.data.time': 'Time',
  'chart.data.zoom': 'Zoom',
  'chart.data.zoomTo': 'Zoom to {time}',
  'chart.zoomOut': 'Zoom out',
  'chart.resetZoom': 'Reset zoom',
  'chart.histogram.label': 'Events over time',
  'chart.histogram.series': 'Events',
} satisfies Record<string, Message>;

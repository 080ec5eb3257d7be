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
  'chart.notTimeSeries':
    'This result has no _time column, so it cannot be drawn over time. Try the table view.',
  'chart.timechart.label': 'Time chart',
  'chart.timechart.summary': {
    one: 'Time chart of {series} over {count} time bucket',
    other: 'Time chart of {series} over {count} time buckets',
  },
  'chart.mode': 'Draw as',
  'chart.mode.columns': 'Stacked columns',
  'chart.mode.lines': 'Lines',
  'chart.sbs.label': 'Side-by-side comparison',
  'chart.sbs.tableLabel': 'The two sessions, row by row',
  'chart.sbs.splitBy': 'Compare by',
  'chart.sbs.chooseField': 'Choose a field…',
  'chart.sbs.leftSession': 'Left',
  'chart.sbs.rightSession': 'Right',
  'chart.sbs.askField':
    'Choose the field whose values name the two sessions to compare (for example src or flow_id).',
  'chart.sbs.needTwoValues': '{field} needs at least two values to compare.',
  'chart.sbs.leftGroup': 'First session',
  'chart.sbs.rightGroup': 'Second session',
  'chart.sbs.summary': {
    one: 'Identical: {identical} of {count} row',
    other: 'Identical: {identical} of {count} rows',
  },
  'chart.sbs.counts': 'The left has {left} rows, the right {right}.',
  'chart.sbs.differs': '(differs)',
} satisfies Record<string, Message>;

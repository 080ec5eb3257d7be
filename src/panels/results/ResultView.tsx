import type { SearchView } from '../../hunts/types';
import { EventsView } from './events/EventsView';
import { SideBySideView } from './side-by-side/SideBySideView';
import { TableView } from './table/TableView';
import { TimeChartView } from './timechart/TimeChartView';
import type { ResultViewProps } from './types';

/** Shows a result the way the chosen view reads best. `table` and `statistics` share a table. */
export function ResultView({ view, ...props }: ResultViewProps & { view: SearchView }) {
  switch (view) {
    case 'events':
      return <EventsView {...props} />;
    case 'table':
    case 'statistics':
      return <TableView {...props} />;
    case 'timechart':
      return <TimeChartView {...props} />;
    case 'side-by-side':
      return <SideBySideView {...props} />;
  }
}

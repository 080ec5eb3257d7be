import { useMemo, useRef } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import type { SearchView } from '../../hunts/types';
import { PinResultButton } from '../findings/PinButtons';
import { PinTargetContext } from '../findings/pin-context';
import { EventsView } from './events/EventsView';
import { resultKey } from './result-key';
import { SideBySideView } from './side-by-side/SideBySideView';
import { TableView } from './table/TableView';
import { TimeChartView } from './timechart/TimeChartView';
import type { ResultViewProps } from './types';

function ViewOf({ view, ...props }: ResultViewProps & { view: SearchView }) {
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

/**
 * Shows a result the way the chosen view reads best. `table` and `statistics` share a table. In
 * a hunt step, a whole result (or, in the events view, each event) can be pinned to the findings.
 */
export function ResultView(props: ResultViewProps & { view: SearchView }) {
  const { view, result, search, query, earliest, latest, tz, partial } = props;
  const container = useRef<HTMLDivElement>(null);
  const target = useMemo(
    () => ({ search, query, earliest, latest, tz }),
    [search, query, earliest, latest, tz],
  );
  return (
    <PinTargetContext.Provider value={target}>
      {view !== 'events' && !partial && (
        <PinResultButton result={result} chart={view === 'timechart'} container={container} />
      )}
      <div ref={container} className="result-view">
        {/* A view that fails on this result says so; the search bar and the other views stay. */}
        <ErrorBoundary area="view" resetKey={`${view}:${resultKey(result)}`}>
          <ViewOf {...props} />
        </ErrorBoundary>
      </div>
    </PinTargetContext.Provider>
  );
}
